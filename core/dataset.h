#pragma once

#include "core/candidate.h"
#include "core/decision.h"
#include "core/interview.h"
#include "core/role.h"

#include <cstddef>
#include <vector>

namespace hindsight::core {

// A self-contained set of roles and candidates, as the interchange format carries it. Ids inside
// are ignored on import (the store assigns its own); candidates refer to roles by index.
struct Dataset
{
    struct CandidateEntry
    {
        Candidate candidate;
        std::size_t roleIndex = 0;
        std::vector<Interview> interviews;
        std::vector<Decision> decisions; // oldest first; the last is the current decision
    };

    std::vector<Role> roles;
    std::vector<CandidateEntry> candidates;
};

} // namespace hindsight::core
