#include "core/storage/postgres/postgresstore.h"

#include "core/storage/postgres/pgrows.h"
#include "core/uuid.h"

#include <array>
#include <string_view>

// Merging two records of the same person, and the history of those merges. A merge announces
// Candidate for both ids.

namespace hindsight::core {

using namespace postgres;

namespace {

// Every table whose rows belong to a candidate through candidate_id: all of them move in a merge
// (regrets, notes, ticks and stage times follow their interview). A table added with a
// candidate_id belongs here too.
constexpr std::array<std::string_view, 4> movedTables = {"interviews", "decisions",
                                                         "placement_overrides", "candidate_merges"};

} // namespace

Status PostgresStore::mergeCandidates(Id keep, Id gone, const std::string &recordedBy)
{
    if (keep == gone)
        return Error{Error::Code::Invalid, fmt::format("candidate {}", keep),
                     "a candidate cannot be merged into itself"};
    return runWrite([&](Changes &changes) -> Status {
        PgStatement find = m_connection->prepare(
            fmt::format("SELECT {} FROM candidates WHERE id = $1 FOR UPDATE", candidateColumns));
        find.bind(1, keep);
        const auto kept = readOne(find, "candidate", keep, readCandidate);
        if (!kept)
            return kept.error();
        find.reset();
        find.bind(1, gone);
        const auto went = readOne(find, "candidate", gone, readCandidate);
        if (!went)
            return went.error();

        // Row-level security lets this login move its own drafts and every sealed interview
        // (the schema lets a sealed one change its candidate and nothing else); a colleague's
        // draft stays invisible and unmoved, and then refuses the delete below.
        for (const std::string_view table : movedTables) {
            PgStatement move = m_connection->prepare(
                fmt::format("UPDATE {} SET candidate_id = $1 WHERE candidate_id = $2", table));
            move.bind(1, keep).bind(2, gone);
            if (Error e = move.run())
                return concerning(e, fmt::format("merging candidate {} into {}", gone, keep));
        }
        // The kept record stays as it was, but what it lacks and the other had is not lost. An
        // edit is activity, which retention counts (see Store::candidateActivity).
        PgStatement fill = m_connection->prepare(
            "UPDATE candidates SET email = CASE WHEN email = '' THEN $2 ELSE email END, "
            "profile_link = CASE WHEN profile_link = '' THEN $3 ELSE profile_link END, "
            "updated_at = $4 WHERE id = $1");
        fill.bind(1, keep).bind(2, went->email).bind(3, went->profileLink).bind(4, toMs(now()));
        if (Error e = fill.run())
            return e;

        PgStatement record = m_connection->prepare(
            "INSERT INTO candidate_merges (uuid, candidate_id, merged_uuid, merged_name, "
            "merged_email, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)");
        record.bind(1, uuid::random()).bind(2, keep).bind(3, went->uuid).bind(4, went->name);
        record.bind(5, went->email).bind(6, recordedBy).bind(7, toMs(now()));
        if (Error e = record.run())
            return concerning(e, fmt::format("merging candidate {} into {}", gone, keep));

        PgStatement remove = m_connection->prepare("DELETE FROM candidates WHERE id = $1");
        remove.bind(1, gone);
        if (Error e = remove.run()) {
            if (e.code == Error::Code::Constraint)
                return Error{Error::Code::InUse, fmt::format("the candidate {}", went->name),
                             "an interview with them is still in progress: it must be "
                             "submitted or discarded before the merge",
                             e.query};
            return e;
        }
        changes.push_back({Change::Kind::Candidate, keep});
        changes.push_back({Change::Kind::Candidate, gone});
        return {};
    });
}

Result<std::vector<CandidateMerge>> PostgresStore::candidateMerges(Id candidateId)
{
    std::vector<CandidateMerge> list;
    PgStatement s = m_connection->prepare(
        "SELECT id, uuid, candidate_id, merged_uuid, merged_name, merged_email, recorded_by, "
        "recorded_at FROM candidate_merges WHERE candidate_id = $1 ORDER BY recorded_at, id");
    s.bind(1, candidateId);
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            CandidateMerge m;
            m.id = row.columnInt64(0);
            m.uuid = row.columnText(1);
            m.candidateId = row.columnInt64(2);
            m.mergedUuid = row.columnText(3);
            m.mergedName = row.columnText(4);
            m.mergedEmail = row.columnText(5);
            m.recordedBy = row.columnText(6);
            m.recordedAt = fromMs(row.columnInt64(7));
            list.push_back(std::move(m));
        }))
        return e;
    return list;
}

} // namespace hindsight::core
