#include "core/storage/sqlite/sqlitestore.h"

#include "core/storage/sqlite/rows.h"

// Whole datasets in and out: an import is one transaction announced as one Dataset change; an
// export reads one consistent snapshot.

namespace hindsight::core {

using namespace sqlite;

Result<std::optional<Id>> SqliteStore::findEqualRole(const Role &role)
{
    Statement s = m_db->prepare("SELECT id FROM roles WHERE title = ?1 ORDER BY id");
    s.bind(1, role.title);
    std::vector<Id> ids;
    if (Error e = forEachRow(s, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); }))
        return e;
    for (Id id : ids) {
        auto existing = this->role(id);
        if (!existing)
            return existing.error();
        Role probe = role;
        probe.id = id;
        if (*existing == probe)
            return std::optional<Id>(id);
    }
    return std::optional<Id>();
}

Status SqliteStore::importDataset(const Dataset &dataset)
{
    return runWrite([&](Changes &changes) -> Status {
        std::vector<Id> roleIds;
        for (const Role &role : dataset.roles) {
            auto existing = findEqualRole(role);
            if (!existing)
                return existing.error();
            if (existing->has_value()) {
                roleIds.push_back(**existing);
                continue;
            }
            Role fresh = role;
            fresh.id = 0;
            auto id = writeRole(fresh, fresh.updatedAt);
            if (!id)
                return id.error();
            roleIds.push_back(*id);
        }
        for (const Dataset::CandidateEntry &entry : dataset.candidates) {
            if (entry.roleIndex >= roleIds.size())
                return Error{Error::Code::Invalid, entry.candidate.name, "role index out of range"};
            Candidate c = entry.candidate;
            c.id = 0;
            c.roleId = roleIds[entry.roleIndex];
            auto candidateId = writeCandidate(c, c.updatedAt);
            if (!candidateId)
                return candidateId.error();
            for (Interview interview : entry.interviews) {
                interview.candidateId = *candidateId;
                if (auto id = writeInterview(interview); !id)
                    return id.error();
            }
            for (Decision d : entry.decisions) {
                d.candidateId = *candidateId;
                if (auto id = writeDecision(d); !id)
                    return id.error();
            }
        }
        // One change for the lot: views read everything again rather than hear thousands of ids.
        changes.push_back({Change::Kind::Dataset, 0});
        return {};
    });
}

Result<Dataset> SqliteStore::exportDataset(std::optional<Id> roleId)
{
    // One read transaction so the export is a consistent snapshot even while others write. It
    // must end either way: left open, it would make every later write of this store fail.
    if (Error e = m_db->exec("BEGIN"))
        return e;
    auto dataset = readDataset(roleId);
    if (!dataset) {
        m_db->exec("ROLLBACK"); // a read changes nothing; the read's error is the one to report
        return dataset;
    }
    if (Error e = m_db->exec("COMMIT")) {
        m_db->exec("ROLLBACK");
        return e;
    }
    return dataset;
}

Result<Dataset> SqliteStore::readDataset(std::optional<Id> roleId)
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
        dataset.candidates.push_back(std::move(entry));
    }
    return dataset;
}

} // namespace hindsight::core
