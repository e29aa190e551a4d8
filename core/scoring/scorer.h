#pragma once

#include "core/interview.h"
#include "core/role.h"
#include "core/scoring/figures.h"

#include <cstddef>
#include <string>
#include <vector>

namespace hindsight::core {

// The scoring formulas of DESIGN.md, exactly. Stateless apart from |L|, the number of layers in
// the current taxonomy, which the breadth formula divides by.
class Scorer
{
public:
    static constexpr double Threshold = 5.0;  // archetype threshold on both axes
    static constexpr double DepthScale = 2.5; // depth 0-4 maps to 0-10
    static constexpr double RiskGap = 2.5;    // a gap this large is a risk
    static constexpr int MinBreadthDepth = 2; // a layer counts for breadth from this depth on

    explicit Scorer(std::size_t layerCount);

    InterviewFigures interview(const Interview &interview) const;
    // Drafts in `interviews` are counted but otherwise ignored.
    CandidateFigures candidate(const std::vector<Interview> &interviews) const;
    // The candidate formulas (B, depth(d), D, archetype, level mix) over figures of submitted
    // interviews: what candidate() computes once it has them. draftInterviews stays 0.
    static CandidateFigures combine(std::vector<InterviewFigures> submitted);
    static RoleTarget target(const Role &role);
    Fit fit(const Role &role, const CandidateFigures &candidate) const;

    static Archetype archetype(double breadth, double depth);

    // DESIGN.md: two submitted interviews differ by >= 2 in depth_i(d) for a domain both rated, by
    // >= 2.5 in breadth_i, or in their most frequent regret level (no shared mode on a tie).
    bool disagree(const InterviewFigures &a, const InterviewFigures &b) const;
    bool disagreement(const CandidateFigures &candidate) const;

    // Round half away from zero, after removing floating-point noise so that a value the formula
    // puts exactly on .5 (92.4999999) rounds as the formula means.
    static int roundHalfAway(double value);

private:
    // Fit::notProbed for a candidate with under-depth.
    static std::vector<std::string> notProbedCauses(const Role &role, const CandidateFigures &c);

    std::size_t m_layerCount;
};

} // namespace hindsight::core
