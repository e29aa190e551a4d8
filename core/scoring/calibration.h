#pragma once

#include "core/scoring/figures.h"
#include "core/scoring/rolescores.h"

#include <optional>
#include <string>
#include <vector>

namespace hindsight::core {

// How two interviewers compare on the candidates both interviewed (submitted interviews only).
// Each interviewer's view of a candidate is the candidate's Breadth, Depth and archetype computed
// by the candidate formulas (Scorer::combine) from that interviewer's submitted interviews of it
// alone: breadth is their mean, depth(d) the mean over those with depth_i(d) > 0, D = 2.5 x max.
// An interviewer is a person, not a spelling: interviews group as InterviewerDirectory says (by
// e-mail when there is one, by name case-insensitively otherwise), each shown under the name
// they used last.
struct InterviewerPair
{
    std::string first; // display names (InterviewerDirectory), in that order: first < second
    std::string second;
    int candidatesInCommon = 0;
    double percentAgreement = 0.0; // 0-100, share of common candidates with the same archetype
    // Cohen's kappa on the implied archetypes. Empty when chance agreement is 1 (both gave every
    // common candidate one and the same archetype): kappa is 0/0 there, undefined, not perfect.
    std::optional<double> kappa;
    double meanBreadthDifference = 0.0; // mean of first's breadth - second's, signed
    double meanDepthDifference = 0.0;   // mean of first's depth - second's, signed
    // Whom first and second stand for: the e-mail each was grouped by, empty when by name.
    std::string firstEmail;
    std::string secondEmail;
};

class Calibration final
{
public:
    static constexpr int MinimumInCommon = 3;

    // Every pair of interviewers with at least MinimumInCommon candidates in common, ordered by
    // first then second (InterviewerDirectory::identities() order).
    static std::vector<InterviewerPair> pairs(const std::vector<ScoredCandidate> &candidates);

    // Cohen's kappa for two raters' labels of the same items (equal length, at least one item).
    // Empty when expected agreement is 1.
    static std::optional<double> cohensKappa(const std::vector<int> &first,
                                             const std::vector<int> &second);
};

} // namespace hindsight::core
