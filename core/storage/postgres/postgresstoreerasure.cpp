#include "core/storage/postgres/postgresstore.h"

#include "core/storage/postgres/pgrows.h"

// Erasure and retention: deleting candidates with everything about them, and when each was last
// worked on. Deleting the candidate row is enough on the server: every row about them hangs off
// it by a cascading foreign key, and the server runs the cascade past row-level security, so
// colleagues' sealed interviews go too. A draft is the exception (see eraseCandidates).

namespace hindsight::core {

using namespace postgres;

Status PostgresStore::eraseCandidates(const std::vector<Id> &candidateIds)
{
    return runWrite([&](Changes &changes) -> Status {
        for (const Id id : candidateIds) {
            PgStatement find = m_connection->prepare(
                "SELECT name FROM candidates WHERE id = $1 FOR UPDATE");
            find.bind(1, id);
            const auto name = readOne(find, "candidate", id,
                                      [](const PgStatement &row) { return row.columnText(0); });
            if (!name)
                return name.error();
            // This login's own drafts and amendments in progress go as in a file. A colleague's
            // cannot be seen or deleted: it refuses the candidate's delete (draft_candidate_id
            // restricts it), since erasing a person someone is still interviewing would silently
            // destroy their work.
            PgStatement drafts = m_connection->prepare(
                "DELETE FROM interviews WHERE candidate_id = $1 AND NOT submitted");
            drafts.bind(1, id);
            if (Error e = drafts.run())
                return concerning(e, fmt::format("the candidate {}", *name));
            PgStatement s = m_connection->prepare("DELETE FROM candidates WHERE id = $1");
            s.bind(1, id);
            if (Error e = s.run()) {
                if (e.code == Error::Code::Constraint)
                    return Error{Error::Code::InUse, fmt::format("the candidate {}", *name),
                                 "an interview with them is still in progress: it must be "
                                 "submitted or discarded before they can be erased",
                                 e.query};
                return e;
            }
        }
        for (const Id id : candidateIds)
            changes.push_back({Change::Kind::Candidate, id});
        return {};
    });
}

Result<std::vector<CandidateActivity>> PostgresStore::candidateActivity()
{
    // Times are milliseconds since the epoch and 0 where unknown, so the greatest of the
    // coalesced values is the latest known one. A colleague's draft is not counted: this login
    // cannot see it (its own drafts and everyone's sealed interviews are).
    PgStatement s = m_connection->prepare(
        "SELECT c.id, c.name, c.email, c.role_id, c.status, c.uuid, c.profile_link, "
        "c.updated_at, greatest(c.updated_at, "
        "coalesce((SELECT max(greatest(i.started_at, i.updated_at, i.amended_at)) "
        "FROM interviews i WHERE i.candidate_id = c.id), 0), "
        "coalesce((SELECT max(i.started_at + n.at_ms) FROM notes n JOIN interviews i "
        "ON i.id = n.interview_id WHERE i.candidate_id = c.id), 0), "
        "coalesce((SELECT max(t.ticked_at) FROM probe_ticks t JOIN interviews i "
        "ON i.id = t.interview_id WHERE i.candidate_id = c.id), 0), "
        "coalesce((SELECT max(d.decided_at) FROM decisions d WHERE d.candidate_id = c.id), 0), "
        "coalesce((SELECT max(o.recorded_at) FROM placement_overrides o "
        "WHERE o.candidate_id = c.id), 0)) "
        "FROM candidates c ORDER BY lower(c.name), c.id");
    std::vector<CandidateActivity> list;
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            CandidateActivity a{readCandidate(row), std::nullopt};
            if (const std::int64_t ms = row.columnInt64(8); ms > 0)
                a.lastActivity = fromMs(ms);
            list.push_back(std::move(a));
        }))
        return e;
    return list;
}

} // namespace hindsight::core
