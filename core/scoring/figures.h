#pragma once

#include "core/ids.h"
#include "core/regret.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::core {

// Plain results of the scoring formulas in DESIGN.md. Produced by Scorer, never stored.

enum class Archetype { Generalist, Specialist, TShaped, Developing };
enum class Risk { UnderDepth, UnderBreadth, OverSpecialization, GoodMatch };

std::string_view archetypeId(Archetype a); // "generalist", "specialist", "t-shaped", "developing"
std::string_view riskId(Risk r);           // "under-depth", "under-breadth", ...

struct LevelMix
{
    int product = 0;
    int domain = 0;
    int mixed = 0;
    int unclear = 0;

    int total() const { return product + domain + mixed + unclear; }
    int count(Regret::Level level) const;
    void add(Regret::Level level);
    // The most frequent levels (several on a tie, none without regrets).
    std::set<Regret::Level> modes() const;
    bool operator==(const LevelMix &) const = default;
};

struct InterviewFigures
{
    Id interviewId = 0;
    std::string interviewer;
    std::string interviewerEmail; // with the name, who the interviewer is (core::Interviewer)
    TimePoint startedAt{};
    double breadth = 0.0;                   // breadth_i
    std::set<std::string> layers;           // layers counted in breadth_i
    std::map<std::string, int> domainDepth; // depth_i(d) for every domain a regret was tagged with
    LevelMix mix;
};

struct CandidateFigures
{
    double breadth = 0.0; // B
    double depth = 0.0;   // D
    Archetype archetype = Archetype::Developing;
    std::map<std::string, double> domainDepth; // depth(d), only domains with depth(d) > 0
    std::string deepestDomain;                 // argmax depth(d), empty when D = 0
    LevelMix mix;                              // over submitted interviews
    int submittedInterviews = 0;
    int draftInterviews = 0;
    std::vector<InterviewFigures> interviews; // submitted ones only

    // Submitted interviews that probed `domain`: a regret of level domain or mixed names it, at any
    // depth (0 included). None means missing evidence, not a shallow candidate.
    int interviewsProbing(const std::string &domain) const;
};

struct RoleTarget
{
    double breadth = 0.0; // B_r
    double depth = 0.0;   // D_r
    Archetype archetype = Archetype::Developing;
};

struct Fit
{
    double breadthGap = 0.0;
    double depthGap = 0.0;
    std::string depthGapDomain; // the demanded domain with the largest shortfall
    double excess = 0.0;
    int score = 0;           // 0-100
    std::vector<Risk> risks; // GoodMatch alone when there is no risk

    // DESIGN.md "Missing evidence is not weakness": when every demanded domain whose shortfall alone
    // makes depth_gap >= 2.5 was probed by no submitted interview, those domains (ids, in the
    // role's demand order): the ones to ask about next. Empty when there is no under-depth or a
    // probed domain is among its causes. Changes no figure and no risk.
    std::vector<std::string> notProbed;

    bool underDepthNotProbed() const { return !notProbed.empty(); }
};

} // namespace hindsight::core
