#include "core/storage/postgres/postgresstore.h"

#include "core/storage/postgres/pgrows.h"

#include <set>

// Amending a submitted interview: a new version, the old one kept. Each write is announced as
// Interview with the id of the row it touched. A sealed row never changes on the server, so
// nothing marks the old version: the amendment names it (amends) and, once sealed, replaces it
// (the view interview_versions derives superseded_by; submitInterview seals). Also the list of
// drafts, discarding one and renaming their author (announced as Interview).

namespace hindsight::core {

using namespace postgres;

namespace {

Error invalidInterview(Id id, std::string detail)
{
    return Error{Error::Code::Invalid, fmt::format("interview {}", id), std::move(detail)};
}

Error sealed(Id interviewId, std::string detail)
{
    return Error{Error::Code::Sealed, fmt::format("interview {}", interviewId), std::move(detail)};
}

constexpr auto firstBool = [](const PgStatement &row) { return row.columnBool(0); };

} // namespace

Result<Id> PostgresStore::startAmendment(Id interviewId, const Interviewer &author,
                                         const std::string &reason)
{
    if (isBlank(reason))
        return invalidInterview(interviewId, "an amendment needs a reason");
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        // Two windows of the same login starting an amendment at once: the second waits here,
        // then finds the first one's amendment in progress below (each statement that follows
        // sees what committed before it began).
        PgStatement lock = m_connection->prepare(
            "SELECT id FROM interviews WHERE id = $1 FOR NO KEY UPDATE");
        lock.bind(1, interviewId);
        if (auto locked = readOne(lock, "interview", interviewId,
                                  [](const PgStatement &row) { return row.columnInt64(0); });
            !locked)
            return locked.error();
        auto original = interview(interviewId);
        if (!original)
            return original.error();
        if (!original->submitted)
            return invalidInterview(interviewId, "a draft is edited, not amended");
        if (original->isSuperseded())
            return invalidInterview(interviewId,
                                    fmt::format("version {} was replaced by a later amendment",
                                                original->version));
        const auto notAuthor = [&] {
            return Error{Error::Code::NotAuthor, fmt::format("interview {}", interviewId),
                         fmt::format("written by {}", original->interviewer)};
        };
        if (!Interviewer::of(*original).isSameAs(author))
            return notAuthor();

        // Only the author's own drafts are visible, so this finds the amendment in progress, if
        // any, of this login.
        PgStatement open = m_connection->prepare(
            "SELECT id FROM interviews WHERE amends = $1 AND NOT submitted ORDER BY id LIMIT 1");
        open.bind(1, interviewId);
        switch (open.step()) {
        case Step::Row: return open.columnInt64(0);
        case Step::Done: break;
        case Step::Failed: return open.error();
        }

        // The copy keeps the original's regret ids as local ids, so writeInterview links its
        // notes and ticks to the copied regrets. It is the same interview (its UUID) in a new
        // version; its regrets and notes are new rows with identities of their own.
        Interview copy = *original;
        copy.id = 0;
        copy.submitted = false;
        copy.digest.clear();
        copy.pendingNote.clear();
        copy.stage = "wrapup";
        copy.version = original->version + 1;
        copy.amends = interviewId;
        copy.supersededBy = 0;
        copy.amendReason = reason;
        copy.amendedAt = {};
        for (Regret &r : copy.regrets)
            r.uuid.clear();
        for (Note &n : copy.notes)
            n.uuid.clear();
        auto copyId = writeInterview(copy);
        // The server checks the author too, by login (stamp_author): the same name and e-mail
        // under another login are still not the author.
        if (!copyId && copyId.error().code == Error::Code::Forbidden)
            return notAuthor();
        if (!copyId)
            return copyId.error();
        PgStatement times = m_connection->prepare(
            "INSERT INTO stage_times (interview_id, stage, ms) "
            "SELECT $1, stage, ms FROM stage_times WHERE interview_id = $2");
        times.bind(1, *copyId).bind(2, interviewId);
        if (Error e = times.run())
            return e;
        changes.push_back({Change::Kind::Interview, *copyId});
        return *copyId;
    });
}

Result<std::vector<Interview>> PostgresStore::interviewVersions(Id interviewId)
{
    PgStatement previous = m_connection->prepare(
        "SELECT coalesce(amends, 0) FROM interviews WHERE id = $1");
    PgStatement next = m_connection->prepare(
        "SELECT id FROM interviews WHERE amends = $1 ORDER BY id LIMIT 1");
    // Back to the first version, then forward through every amendment; `seen` stops a cycle
    // that damaged rows could hold.
    Id first = interviewId;
    std::set<Id> seen{first};
    for (;;) {
        previous.bind(1, first);
        auto amends = readOne(previous, "interview", first,
                              [](const PgStatement &row) { return row.columnInt64(0); });
        previous.reset();
        if (!amends)
            return amends.error();
        if (*amends == 0 || !seen.insert(*amends).second)
            break;
        first = *amends;
    }
    std::vector<Interview> versions;
    seen.clear();
    for (Id id = first; id != 0 && seen.insert(id).second;) {
        auto version = interview(id);
        if (!version)
            return version.error();
        versions.push_back(std::move(*version));
        next.bind(1, id);
        switch (next.step()) {
        case Step::Row: id = next.columnInt64(0); break;
        case Step::Done: id = 0; break;
        case Step::Failed: return next.error();
        }
        next.reset();
    }
    return versions;
}

Result<std::vector<DraftSummary>> PostgresStore::drafts()
{
    std::vector<DraftSummary> list;
    PgStatement s = m_connection->prepare(
        "SELECT i.id, i.candidate_id, c.name, r.title, i.interviewer, i.started_at, i.updated_at, "
        "i.version, (SELECT count(*) FROM notes n WHERE n.interview_id = i.id), "
        "i.interviewer_email "
        "FROM interviews i JOIN candidates c ON c.id = i.candidate_id "
        "JOIN roles r ON r.id = c.role_id WHERE NOT i.submitted "
        "ORDER BY i.updated_at DESC, i.id DESC");
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            DraftSummary d;
            d.interviewId = row.columnInt64(0);
            d.candidateId = row.columnInt64(1);
            d.candidateName = row.columnText(2);
            d.roleTitle = row.columnText(3);
            d.interviewer = row.columnText(4);
            d.startedAt = fromMs(row.columnInt64(5));
            d.updatedAt = fromMs(row.columnInt64(6));
            d.version = row.columnInt(7);
            d.notes = row.columnInt(8);
            d.interviewerEmail = row.columnText(9);
            list.push_back(std::move(d));
        }))
        return e;
    return list;
}

Status PostgresStore::discardDraft(Id interviewId)
{
    return runWrite([&](Changes &changes) -> Status {
        PgStatement find = m_connection->prepare("SELECT submitted FROM interviews WHERE id = $1");
        find.bind(1, interviewId);
        auto submitted = readOne(find, "interview", interviewId, firstBool);
        if (!submitted)
            return submitted.error();
        if (*submitted)
            return sealed(interviewId, "a submitted interview is never discarded");
        // Regrets, notes, ticks and stage times go with it (ON DELETE CASCADE).
        PgStatement s = m_connection->prepare(
            "DELETE FROM interviews WHERE id = $1 AND NOT submitted");
        s.bind(1, interviewId);
        if (Error e = s.run())
            return e;
        // Submitted in between, by another window of the same login.
        if (s.affected() == 0)
            return sealed(interviewId, "a submitted interview is never discarded");
        changes.push_back({Change::Kind::Interview, interviewId});
        return {};
    });
}

Status PostgresStore::renameDraftAuthor(const Interviewer &from, const Interviewer &to)
{
    if (from == to)
        return {};
    return runWrite([&](Changes &changes) -> Status {
        // Which drafts are `from`'s is Interviewer's rule, so they are read and compared here
        // (among the login's own: the server shows no one else's).
        std::vector<Id> moving;
        PgStatement find = m_connection->prepare(
            "SELECT id, interviewer, interviewer_email FROM interviews WHERE NOT submitted "
            "ORDER BY id");
        if (Error e = forEachRow(find, [&](const PgStatement &row) {
                if (Interviewer(row.columnText(1), row.columnText(2)).isSameAs(from))
                    moving.push_back(row.columnInt64(0));
            }))
            return e;
        PgStatement move = m_connection->prepare(
            "UPDATE interviews SET interviewer = $2, interviewer_email = $3 "
            "WHERE id = $1 AND NOT submitted");
        for (Id id : moving) {
            move.bind(1, id).bind(2, to.name).bind(3, to.email);
            if (Error e = move.run())
                return e;
            if (move.affected() != 0)
                changes.push_back({Change::Kind::Interview, id});
        }
        return {};
    });
}

} // namespace hindsight::core
