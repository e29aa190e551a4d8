#pragma once

#include "core/dataset.h"
#include "core/error.h"
#include "core/merging/holdings.h"
#include "core/merging/mergeplan.h"

#include <map>
#include <string>
#include <tuple>
#include <utility>

namespace hindsight::core {

// The merge rules of DESIGN.md (Identity), apart from any storage: compares a dataset with what a
// store held before the import and decides, entity by entity, what to add, what to merge into what
// is held and what to skip, with the report of it. Importing the same dataset again after its plan
// was applied yields a plan that changes nothing.
//
// - A known UUID is the same entity. A role's or candidate's editable fields take the file's
//   values when its updatedAt is newer (merged), else the held ones stay (a differing value is a
//   conflict, reported). A submitted interview changes only by a newer version: an older or equal
//   one is skipped (equal versions with different content are a conflict).
// - A role without a known UUID whose title matches (case-insensitive) is that role; differing
//   fields are conflicts, the newer wins (a file without times is older).
// - A candidate without a known UUID whose e-mail matches one of the same role is that person;
//   else a name match in the role is reported as a possible duplicate and the candidate added.
//   Candidates of files without ids (v1) get a UUID derived from their role, name, e-mail and
//   interviews, so the same file names the same candidates again.
// - An interview without a known UUID matches one held by the same candidate, interviewer and
//   start; decisions and placement overrides without a known UUID match equal ones held (a
//   decision without a time: equal outcome and rationale); team members match by name in the role.
class MergePlanner final
{
public:
    MergePlanner(const Holdings &held, const Dataset &incoming);

    // Invalid, naming the entry, when a candidate or team member refers to a role the dataset
    // lacks: such a dataset cannot be planned.
    static Error check(const Dataset &dataset);

    MergePlan plan();

private:
    using Entity = ImportReport::Entity;

    void planRoles();
    void planTeam();
    void planCandidate(std::size_t index);
    // The candidate held under this identity (its own UUID or one merged into it), else 0.
    Id heldCandidate(const std::string &uuid) const;
    void planInterviews(const Dataset::CandidateEntry &entry, MergePlan::CandidateStep &step);
    void planDecisions(const Dataset::CandidateEntry &entry, MergePlan::CandidateStep &step);
    void planOverrides(const Dataset::CandidateEntry &entry, MergePlan::CandidateStep &step);
    // Compares the editable fields; takes the file's when `newer`; reports differing fields as
    // conflicts when `report`. Returns whether anything was taken.
    bool mergeRole(const Role &held, const Role &incoming, bool newer, bool report, Role &out);
    bool mergeCandidate(const Candidate &held, const Candidate &incoming, bool newer, bool report,
                        Candidate &out);
    void conflict(Entity entity, const std::string &subject, const std::string &field,
                  const std::string &held, const std::string &incoming, bool tookIncoming);
    static std::string derivedCandidateUuid(const Dataset::CandidateEntry &entry,
                                            const std::string &roleTitle, int occurrence);

    const Holdings &m_held;
    const Dataset &m_incoming;
    MergePlan m_plan;

    std::map<std::string, const Role *> m_roleByUuid;
    std::map<std::string, const Role *> m_roleByTitle; // folded title
    std::map<Id, const Role *> m_roleById;
    std::map<std::string, const Candidate *> m_candidateByUuid;
    std::map<Id, const Candidate *> m_candidateById;
    std::map<std::pair<Id, std::string>, const Candidate *> m_candidateByEmail; // role, folded
    std::multimap<std::pair<Id, std::string>, const Candidate *> m_candidateByName;
    std::map<std::string, std::vector<const Holdings::InterviewVersion *>> m_versionsByUuid;
    std::map<std::tuple<Id, std::string, std::int64_t>, const Holdings::InterviewVersion *>
        m_interviewByStart; // candidate, interviewer, start in ms
    std::map<Id, std::vector<const Decision *>> m_decisionsByCandidate;
    std::map<std::string, const Decision *> m_decisionByUuid;
    std::map<Id, std::vector<const PlacementOverride *>> m_overridesByCandidate;
    std::map<std::string, const PlacementOverride *> m_overrideByUuid;
    std::map<std::string, const TeamMember *> m_teamByUuid;
    std::map<std::pair<Id, std::string>, const TeamMember *> m_teamByName; // role, folded name
    // Occurrences of a derived candidate key within the file, so equal entries stay distinct.
    std::map<std::string, int> m_derivedKeys;
};

} // namespace hindsight::core
