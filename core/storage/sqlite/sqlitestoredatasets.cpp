#include "core/storage/sqlite/sqlitestore.h"

#include "core/storage/sqlite/rows.h"
#include "core/storage/sqlite/transaction.h"

namespace hindsight::core {

using namespace sqlite;

// ---- whole datasets --------------------------------------------------------------------------

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
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
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
        auto id = writeRole(fresh);
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
        auto candidateId = writeCandidate(c);
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
    return tx.commit();
}

Result<Dataset> SqliteStore::exportDataset(std::optional<Id> roleId)
{
    // One read transaction so the export is a consistent snapshot even while others write.
    if (Error e = m_db->exec("BEGIN"))
        return e;
    struct EndRead
    {
        Database &db;
        ~EndRead() { db.exec("COMMIT"); }
    } endRead{*m_db};

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
