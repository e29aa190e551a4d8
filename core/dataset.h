#pragma once

#include "core/candidate.h"
#include "core/decision.h"
#include "core/interview.h"
#include "core/placementoverride.h"
#include "core/role.h"
#include "core/teammember.h"

#include <cstddef>
#include <vector>

namespace hindsight::core {

// A self-contained set of roles and candidates, as the interchange format carries it. Row ids
// inside are ignored on import (the store assigns its own; UUIDs are kept); candidates and team
// members refer to roles by index.
struct Dataset
{
    struct CandidateEntry
    {
        Candidate candidate;
        std::size_t roleIndex = 0;
        std::vector<Interview> interviews;
        std::vector<Decision> decisions;          // oldest first; the last is the current decision
        std::vector<PlacementOverride> overrides; // oldest first
    };
    struct TeamEntry
    {
        TeamMember member;
        std::size_t roleIndex = 0;
    };
    std::vector<Role> roles;
    std::vector<TeamEntry> team; // the members of the teams the roles join
    std::vector<CandidateEntry> candidates;
};

} // namespace hindsight::core
