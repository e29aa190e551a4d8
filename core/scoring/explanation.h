#pragma once

#include "core/interview.h"
#include "core/regret.h"
#include "core/role.h"
#include "core/scoring/figures.h"

#include <string>
#include <vector>

namespace hindsight::core {

// Why a candidate sits where it does on the chart: the regrets behind each figure, as data. The ui
// turns it into translated sentences; toText() renders plain English for the command line.
struct Explanation
{
    struct RegretRef
    {
        Id interviewId = 0;
        Id regretId = 0;
        std::string interviewer;
        std::string decision; // the regret's decision text, as typed
        Regret::Level level = Regret::Level::Unclear;
        std::string domain;
        int depth = 0;
    };

    double breadth = 0.0;
    int submittedInterviews = 0;
    int draftInterviews = 0;
    std::vector<std::string> layersCovered; // union over submitted interviews, layer ids
    std::vector<RegretRef> breadthRegrets;  // regrets at depth >= 2 that touched layers

    double depth = 0.0;
    std::string deepestDomain;
    double deepestDomainDepth = 0.0;     // depth(d) on the 0-4 scale
    std::vector<RegretRef> depthRegrets; // per interview, the regret giving depth_i(d)

    Archetype archetype = Archetype::Developing;
    RoleTarget target;
    Fit fit;

    static Explanation build(const std::vector<Interview> &interviews, const CandidateFigures &c,
                             const Role &role, const RoleTarget &target, const Fit &fit);
    std::string toText() const;
};

} // namespace hindsight::core
