#include "core/storage/postgres/postgresstore.h"

#include "core/merging/mergeplanner.h"
#include "core/storage/postgres/pgrows.h"
#include "core/storage/postgres/pgtransaction.h"

// Whole datasets in and out: an import merges by the rules of MergePlanner in one transaction,
// announced as one Dataset change; an export reads one consistent snapshot. Row-level security
// decides what "held" means for this login: its own drafts and everyone's sealed interviews.

namespace hindsight::core {

using namespace postgres;

namespace {

// The first statement of a transaction: every later read sees the state of the first, as a
// SQLite transaction would (under READ COMMITTED each statement sees the newest commit).
constexpr const char *oneSnapshot = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";
constexpr const char *oneSnapshotReadOnly = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

} // namespace

Result<ImportReport> PostgresStore::importDataset(const Dataset &dataset, ImportMode mode)
{
    if (Error e = MergePlanner::check(dataset))
        return e;
    if (mode == ImportMode::DryRun) {
        if (Error e = ensureConnected())
            return e;
        // Planning only reads; the transaction is rolled back when it goes, so nothing can stay.
        PgTransaction tx(*m_connection);
        if (tx.beginError())
            return tx.beginError();
        if (Error e = m_connection->execScript(oneSnapshotReadOnly, "planning an import"))
            return e;
        auto held = readHoldings();
        if (!held)
            return held.error();
        return MergePlanner(*held, dataset).plan().report;
    }
    return runWrite<ImportReport>([&](Changes &changes) -> Result<ImportReport> {
        if (Error e = m_connection->execScript(oneSnapshot, "importing a dataset"))
            return e;
        auto held = readHoldings();
        if (!held)
            return held.error();
        const MergePlan plan = MergePlanner(*held, dataset).plan();
        if (Error e = applyMerge(plan, dataset))
            return e;
        // One change for the lot: views read everything again rather than hear thousands of ids.
        if (!plan.report.changesNothing())
            changes.push_back({Change::Kind::Dataset, 0});
        return plan.report;
    });
}

Result<Holdings> PostgresStore::readHoldings()
{
    Holdings held;
    auto roleList = roles();
    if (!roleList)
        return roleList.error();
    held.roles = std::move(*roleList);

    PgStatement team = m_connection->prepare(
        "SELECT id, role_id, name, breadth, depth, uuid FROM team_members");
    if (Error e = forEachRow(team, [&](const PgStatement &row) {
            held.teamMembers.push_back({row.columnInt64(0), row.columnInt64(1), row.columnText(2),
                                        row.columnDouble(3), row.columnDouble(4), row.columnText(5)});
        }))
        return e;
    auto candidateList = candidates();
    if (!candidateList)
        return candidateList.error();
    held.candidates = std::move(*candidateList);

    PgStatement merges = m_connection->prepare(
        "SELECT merged_uuid, candidate_id FROM candidate_merges");
    if (Error e = forEachRow(merges, [&](const PgStatement &row) {
            held.mergedCandidates[row.columnText(0)] = row.columnInt64(1);
        }))
        return e;

    // The view derives superseded_by from the sealed amendment (a sealed row never changes).
    PgStatement interviews = m_connection->prepare(
        "SELECT id, candidate_id, uuid, version, submitted, superseded_by IS NOT NULL, "
        "interviewer, started_at, digest FROM interview_versions");
    if (Error e = forEachRow(interviews, [&](const PgStatement &row) {
            held.interviews.push_back({row.columnInt64(0), row.columnInt64(1), row.columnText(2),
                                       row.columnInt(3), row.columnBool(4), row.columnBool(5),
                                       row.columnText(6), fromMs(row.columnInt64(7)),
                                       row.columnText(8)});
        }))
        return e;

    PgStatement decisions = m_connection->prepare(
        "SELECT id, candidate_id, outcome, rationale, decided_at, uuid FROM decisions");
    if (Error e = forEachRow(decisions, [&](const PgStatement &row) {
            Decision d;
            d.id = row.columnInt64(0);
            d.candidateId = row.columnInt64(1);
            d.outcome = Decision::outcomeFromId(row.columnText(2)).value_or(Decision::Outcome::Hold);
            d.rationale = row.columnText(3);
            d.decidedAt = fromMs(row.columnInt64(4));
            d.uuid = row.columnText(5);
            held.decisions.push_back(std::move(d));
        }))
        return e;

    PgStatement overrides = m_connection->prepare(
        "SELECT id, candidate_id, breadth, depth, reason, recorded_at, uuid "
        "FROM placement_overrides");
    if (Error e = forEachRow(overrides, [&](const PgStatement &row) {
            PlacementOverride o;
            o.id = row.columnInt64(0);
            o.candidateId = row.columnInt64(1);
            o.breadth = row.columnDouble(2);
            o.depth = row.columnDouble(3);
            o.reason = row.columnText(4);
            o.recordedAt = fromMs(row.columnInt64(5));
            o.uuid = row.columnText(6);
            held.overrides.push_back(std::move(o));
        }))
        return e;
    return held;
}

Status PostgresStore::applyMerge(const MergePlan &plan, const Dataset &dataset)
{
    std::vector<Id> roleIds(plan.roles.size());
    for (std::size_t i = 0; i < plan.roles.size(); ++i) {
        const MergePlan::RoleStep &step = plan.roles[i];
        if (step.sameAs) {
            roleIds[i] = roleIds[*step.sameAs];
            continue;
        }
        if (step.held != 0 && !step.update) {
            roleIds[i] = step.held;
            continue;
        }
        Role role = step.role;
        role.id = step.held;
        auto id = writeRole(role, role.updatedAt);
        if (!id)
            return id.error();
        roleIds[i] = *id;
    }
    for (const MergePlan::TeamStep &step : plan.team) {
        TeamMember member = step.member;
        member.id = 0;
        member.roleId = roleIds.at(dataset.team.at(step.entry).roleIndex);
        if (auto id = insertTeamMember(member); !id)
            return id.error();
    }
    const TimePoint importedAt = now();
    for (std::size_t i = 0; i < plan.candidates.size(); ++i) {
        const MergePlan::CandidateStep &step = plan.candidates[i];
        const Dataset::CandidateEntry &entry = dataset.candidates.at(i);
        Id candidateId = step.held;
        if (step.held == 0 || step.update) {
            Candidate c = step.candidate;
            c.id = step.held;
            if (step.held == 0)
                c.roleId = roleIds.at(entry.roleIndex);
            // A file that does not say when the candidate was edited (v1): the import is the
            // activity retention counts.
            auto id = writeCandidate(c, c.updatedAt == TimePoint{} ? importedAt : c.updatedAt);
            if (!id)
                return id.error();
            candidateId = *id;
        }
        for (const MergePlan::InterviewStep &s : step.interviews) {
            Interview interview = entry.interviews.at(s.index);
            interview.candidateId = s.candidate != 0 ? s.candidate : candidateId;
            // A sealed row never changes here, so the newer version names the one it replaces
            // as it is inserted (writeInterview writes amends, NULL for 0), and the view
            // interview_versions marks the old one superseded. The file's own amends is a row id
            // of another database: never kept. The server lets only the author of the replaced
            // version add it (stamp_author): another's newer version fails with Forbidden.
            interview.amends = s.supersedes;
            auto id = writeInterview(interview);
            if (!id)
                return id.error();
        }
        for (std::size_t k : step.decisions) {
            Decision d = entry.decisions.at(k);
            d.candidateId = candidateId;
            if (d.decidedAt == TimePoint{})
                d.decidedAt = importedAt;
            if (auto id = writeDecision(d); !id)
                return id.error();
        }
        for (std::size_t k : step.overrides) {
            PlacementOverride o = entry.overrides.at(k);
            o.candidateId = candidateId;
            if (o.recordedAt == TimePoint{})
                o.recordedAt = importedAt;
            if (auto id = writePlacementOverride(o); !id)
                return id.error();
        }
    }
    return {};
}

Result<Dataset> PostgresStore::exportDataset(std::optional<Id> roleId)
{
    if (Error e = ensureConnected())
        return e;
    // One snapshot, so the export is consistent even while colleagues write; read only, so the
    // rollback when the transaction goes loses nothing.
    PgTransaction tx(*m_connection);
    if (tx.beginError())
        return tx.beginError();
    if (Error e = m_connection->execScript(oneSnapshotReadOnly, "exporting a dataset"))
        return e;
    return readDataset(roleId);
}

Result<Dataset> PostgresStore::readDataset(std::optional<Id> roleId)
{
    Dataset dataset;
    auto allRoles = roles();
    if (!allRoles)
        return allRoles.error();
    std::map<Id, std::size_t> roleIndex;
    for (const Role &r : *allRoles) {
        if (roleId && r.id != *roleId)
            continue;
        roleIndex[r.id] = dataset.roles.size();
        dataset.roles.push_back(r);
        auto team = teamMembers(r.id);
        if (!team)
            return team.error();
        for (const TeamMember &m : *team)
            dataset.team.push_back({m, roleIndex[r.id]});
    }
    if (roleId && dataset.roles.empty())
        return notFound("role", *roleId);

    auto list = candidates(roleId);
    if (!list)
        return list.error();
    for (const Candidate &c : *list) {
        Dataset::CandidateEntry entry;
        entry.candidate = c;
        entry.roleIndex = roleIndex.at(c.roleId);
        auto interviewList = interviews(c.id);
        if (!interviewList)
            return interviewList.error();
        // Drafts never leave the machine (DESIGN.md, Identity): only submitted interviews go. An
        // amendment in progress is a draft too; the version it amends is the one that goes.
        std::erase_if(*interviewList, [](const Interview &i) { return !i.submitted; });
        entry.interviews = std::move(*interviewList);
        auto decisionList = decisions(c.id);
        if (!decisionList)
            return decisionList.error();
        entry.decisions = std::move(*decisionList);
        auto overrideList = placementOverrides(c.id);
        if (!overrideList)
            return overrideList.error();
        entry.overrides = std::move(*overrideList);
        dataset.candidates.push_back(std::move(entry));
    }
    return dataset;
}

} // namespace hindsight::core
