#include "core/storage/sqlite/sqlitestore.h"

#include "core/storage/sqlite/rows.h"

#include <set>

// Amending a submitted interview (a new version, the old one kept), and the drafts an interviewer
// can list and discard. Each write is announced as Interview with the id of the row it touched.

namespace hindsight::core {

using namespace sqlite;

namespace {

Error invalidInterview(Id id, std::string detail)
{
    return Error{Error::Code::Invalid, fmt::format("interview {}", id), std::move(detail)};
}

} // namespace

Status SqliteStore::supersede(Id oldId, Id newId)
{
    Statement s = m_db->prepare("UPDATE interviews SET superseded_by = ?2 WHERE id = ?1 "
                                "AND submitted = 1 AND superseded_by IS NULL");
    s.bind(1, oldId).bind(2, newId);
    if (Error e = s.run())
        return e;
    if (m_db->changes() == 0)
        return invalidInterview(oldId, "it is not a submitted current version any more");
    return {};
}

Result<Id> SqliteStore::startAmendment(Id interviewId, const Interviewer &author,
                                       const std::string &reason)
{
    if (isBlank(reason))
        return invalidInterview(interviewId, "an amendment needs a reason");
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        auto original = interview(interviewId);
        if (!original)
            return original.error();
        if (!original->submitted)
            return invalidInterview(interviewId, "a draft is edited, not amended");
        if (original->isSuperseded())
            return invalidInterview(interviewId,
                                    fmt::format("version {} was replaced by a later amendment",
                                                original->version));
        if (!Interviewer::of(*original).isSameAs(author))
            return Error{Error::Code::NotAuthor, fmt::format("interview {}", interviewId),
                         fmt::format("written by {}", original->interviewer)};

        Statement open = m_db->prepare(
            "SELECT id FROM interviews WHERE amends = ?1 AND submitted = 0 ORDER BY id LIMIT 1");
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
        copy.amendReason = reason;
        copy.amendedAt = {};
        for (Regret &r : copy.regrets)
            r.uuid.clear();
        for (Note &n : copy.notes)
            n.uuid.clear();
        auto copyId = writeInterview(copy);
        if (!copyId)
            return copyId.error();
        Statement mark = m_db->prepare("UPDATE interviews SET amends = ?2 WHERE id = ?1");
        mark.bind(1, *copyId).bind(2, interviewId);
        if (Error e = mark.run())
            return e;
        Statement times = m_db->prepare(
            "INSERT INTO stage_times (interview_id, stage, ms) "
            "SELECT ?1, stage, ms FROM stage_times WHERE interview_id = ?2");
        times.bind(1, *copyId).bind(2, interviewId);
        if (Error e = times.run())
            return e;
        changes.push_back({Change::Kind::Interview, *copyId});
        return *copyId;
    });
}

Result<std::vector<Interview>> SqliteStore::interviewVersions(Id interviewId)
{
    Statement previous = m_db->prepare("SELECT ifnull(amends, 0) FROM interviews WHERE id = ?1");
    Statement next = m_db->prepare("SELECT id FROM interviews WHERE amends = ?1 ORDER BY id LIMIT 1");
    // Back to the first version, then forward through every amendment; `seen` stops a cycle that
    // a damaged file could hold.
    Id first = interviewId;
    std::set<Id> seen{first};
    for (;;) {
        previous.bind(1, first);
        auto amends = readOne(previous, "interview", first,
                              [](const Statement &row) { return row.columnInt64(0); });
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

Result<std::vector<DraftSummary>> SqliteStore::drafts()
{
    std::vector<DraftSummary> list;
    Statement s = m_db->prepare(
        "SELECT i.id, i.candidate_id, c.name, r.title, i.interviewer, i.started_at, i.updated_at, "
        "i.version, (SELECT count(*) FROM notes n WHERE n.interview_id = i.id), "
        "i.interviewer_email "
        "FROM interviews i JOIN candidates c ON c.id = i.candidate_id "
        "JOIN roles r ON r.id = c.role_id WHERE i.submitted = 0 "
        "ORDER BY i.updated_at DESC, i.id DESC");
    if (Error e = forEachRow(s, [&](const Statement &row) {
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

Status SqliteStore::discardDraft(Id interviewId)
{
    return runWrite([&](Changes &changes) -> Status {
        Statement find = m_db->prepare("SELECT submitted FROM interviews WHERE id = ?1");
        find.bind(1, interviewId);
        auto submitted = readOne(find, "interview", interviewId,
                                 [](const Statement &row) { return row.columnInt(0) != 0; });
        if (!submitted)
            return submitted.error();
        if (*submitted)
            return Error{Error::Code::Sealed, fmt::format("interview {}", interviewId),
                         "a submitted interview is never discarded"};
        // Regrets, notes, ticks and stage times go with it (ON DELETE CASCADE).
        Statement s = m_db->prepare("DELETE FROM interviews WHERE id = ?1");
        s.bind(1, interviewId);
        if (Error e = s.run())
            return e;
        changes.push_back({Change::Kind::Interview, interviewId});
        return {};
    });
}

Status SqliteStore::renameDraftAuthor(const Interviewer &from, const Interviewer &to)
{
    if (from == to)
        return {};
    return runWrite([&](Changes &changes) -> Status {
        // Which drafts are `from`'s is Interviewer's rule, so they are read and compared here.
        std::vector<Id> moving;
        Statement find = m_db->prepare(
            "SELECT id, interviewer, interviewer_email FROM interviews WHERE submitted = 0 "
            "ORDER BY id");
        if (Error e = forEachRow(find, [&](const Statement &row) {
                if (Interviewer(row.columnText(1), row.columnText(2)).isSameAs(from))
                    moving.push_back(row.columnInt64(0));
            }))
            return e;
        Statement move = m_db->prepare("UPDATE interviews SET interviewer = ?2, "
                                       "interviewer_email = ?3 WHERE id = ?1 AND submitted = 0");
        for (Id id : moving) {
            move.bind(1, id).bind(2, to.name).bind(3, to.email);
            if (Error e = move.run())
                return e;
            changes.push_back({Change::Kind::Interview, id});
        }
        return {};
    });
}

} // namespace hindsight::core
