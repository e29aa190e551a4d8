#pragma once

#include "core/candidate.h"
#include "core/result.h"
#include "core/role.h"
#include "core/scoring/figures.h"

#include <vector>

namespace hindsight::core {

class Store;

// Every candidate of a role with the figures DESIGN.md defines, read in one pass over the store
// (one query for the interviews of the whole role, not one per candidate).
struct ScoredCandidate
{
    Candidate candidate;
    CandidateFigures figures;
    Fit fit;
    bool disagreement = false;
};

class RoleScores final
{
public:
    // Candidates in the store's order (by name).
    static Result<std::vector<ScoredCandidate>> compute(Store &store, const Role &role);
};

} // namespace hindsight::core
