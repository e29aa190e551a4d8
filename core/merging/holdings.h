#pragma once

#include "core/candidate.h"
#include "core/decision.h"
#include "core/placementoverride.h"
#include "core/role.h"
#include "core/teammember.h"

#include <map>
#include <string>
#include <vector>

namespace hindsight::core {

// What a database held before an import, as far as the merge rules look (DESIGN.md, Identity):
// the entities with their identities and editable fields, and of interviews only what identifies a
// version. A store reads it inside the import's transaction; MergePlanner compares a file with it,
// so entities of one file never match each other.
struct Holdings
{
    struct InterviewVersion
    {
        Id id = 0;
        Id candidateId = 0;
        std::string uuid;
        int version = 1;
        bool submitted = false;
        bool superseded = false;
        std::string interviewer;
        TimePoint startedAt{};
        std::string digest;
    };

    std::vector<Role> roles;
    std::vector<TeamMember> teamMembers;
    std::vector<Candidate> candidates;
    // The UUIDs of candidates merged into another (Candidate → Merge): a file that still names one
    // means the candidate it went into.
    std::map<std::string, Id> mergedCandidates;
    std::vector<InterviewVersion> interviews;
    std::vector<Decision> decisions;
    std::vector<PlacementOverride> overrides;
};

} // namespace hindsight::core
