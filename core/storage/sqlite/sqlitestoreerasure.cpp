#include "core/storage/sqlite/sqlitestore.h"

#include "core/storage/sqlite/candidaterows.h"
#include "core/storage/sqlite/rows.h"

// Erasure and retention: deleting candidates with everything about them, and when each was last
// worked on.

namespace hindsight::core {

using namespace sqlite;

Status SqliteStore::eraseCandidates(const std::vector<Id> &candidateIds)
{
    return runWrite([&](Changes &changes) -> Status {
        if (Error e = CandidateRows(*m_db).erase(candidateIds))
            return e;
        for (const Id id : candidateIds)
            changes.push_back({Change::Kind::Candidate, id});
        return {};
    });
}

Result<std::vector<CandidateActivity>> SqliteStore::candidateActivity()
{
    // Times are milliseconds since the epoch and 0 where unknown (a tick of schema 4, a candidate
    // of schema 5), so the scalar max() of the coalesced values is the latest known one.
    Statement s = m_db->prepare(
        "SELECT c.id, c.name, c.email, c.role_id, c.status, c.uuid, c.profile_link, "
        "c.updated_at, max(c.updated_at, "
        "coalesce((SELECT max(max(i.started_at, i.updated_at, i.amended_at)) FROM interviews i "
        "WHERE i.candidate_id = c.id), 0), "
        "coalesce((SELECT max(i.started_at + n.at_ms) FROM notes n JOIN interviews i "
        "ON i.id = n.interview_id WHERE i.candidate_id = c.id), 0), "
        "coalesce((SELECT max(t.ticked_at) FROM probe_ticks t JOIN interviews i "
        "ON i.id = t.interview_id WHERE i.candidate_id = c.id), 0), "
        "coalesce((SELECT max(d.decided_at) FROM decisions d WHERE d.candidate_id = c.id), 0), "
        "coalesce((SELECT max(o.recorded_at) FROM placement_overrides o "
        "WHERE o.candidate_id = c.id), 0)) "
        "FROM candidates c ORDER BY c.name COLLATE NOCASE, c.id");
    std::vector<CandidateActivity> list;
    if (Error e = forEachRow(s, [&](const Statement &row) {
            CandidateActivity a{readCandidate(row), std::nullopt};
            if (const std::int64_t ms = row.columnInt64(8); ms > 0)
                a.lastActivity = fromMs(ms);
            list.push_back(std::move(a));
        }))
        return e;
    return list;
}

} // namespace hindsight::core
