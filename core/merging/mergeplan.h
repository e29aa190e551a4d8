#pragma once

#include "core/candidate.h"
#include "core/decision.h"
#include "core/merging/importreport.h"
#include "core/placementoverride.h"
#include "core/role.h"
#include "core/teammember.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace hindsight::core {

// What a store writes to import a dataset, decided by MergePlanner. Entities of the dataset are
// referred to by index; `held` is the row id of the entity already held, 0 for one to add.
struct MergePlan
{
    // One per dataset role, in order: add `role` (held 0), update the held role to `role`
    // (update), or use the held role as it is.
    struct RoleStep
    {
        Id held = 0;
        bool update = false;
        Role role;
        // An earlier role of the same file with the same title: this one is that one, as two roles
        // never share a title.
        std::optional<std::size_t> sameAs;
    };
    // A team member to add (held 0) or to update.
    struct TeamStep
    {
        std::size_t entry = 0; // index in Dataset::team
        Id held = 0;
        TeamMember member; // roleId is filled in by the store (RoleStep of entry's roleIndex)
    };
    // An interview (a version) to add.
    struct InterviewStep
    {
        std::size_t index = 0; // in the candidate entry's interviews
        Id candidate = 0;      // where it goes when not the step's candidate (a known interview)
        Id supersedes = 0;     // the held current version this newer one replaces
    };
    // One per dataset candidate, in order.
    struct CandidateStep
    {
        Id held = 0;
        bool update = false;
        Candidate candidate; // what to write when added or updated (roleId: see RoleStep)
        std::vector<InterviewStep> interviews;
        std::vector<std::size_t> decisions; // indexes of decisions to add
        std::vector<std::size_t> overrides; // indexes of placement overrides to add
    };

    std::vector<RoleStep> roles;
    std::vector<TeamStep> team;
    std::vector<CandidateStep> candidates;
    ImportReport report;
};

} // namespace hindsight::core
