#pragma once

#include "core/candidate.h"
#include "core/decision.h"
#include "core/interview.h"
#include "core/placementoverride.h"
#include "core/result.h"
#include "core/role.h"
#include "core/scoring/explanation.h"
#include "core/scoring/figures.h"
#include "core/taxonomy.h"

#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

// Everything a candidate summary prints, read from the store in one go: the figures and their
// explanation from submitted interviews, those interviews with their notes and probes, and the
// committee's decisions. Drafts are counted and nothing else of them is read: a summary leaves
// the room, an interviewer's unfinished judgement does not.
struct CandidateDossier
{
    core::Candidate candidate;
    core::Role role;
    core::Taxonomy taxonomy;
    core::RoleTarget target;
    core::CandidateFigures figures;
    core::Fit fit;
    core::Explanation explanation;
    std::vector<core::Interview> submitted; // oldest first, with notes and ticked probes
    int drafts = 0;
    std::vector<core::Decision> decisions;          // oldest first
    std::vector<core::PlacementOverride> overrides; // oldest first

    static core::Result<CandidateDossier> load(core::Store &store, core::Id candidateId);
};

} // namespace hindsight::ui
