#include "core/storage/postgres/postgresstore.h"

#include "core/interviewseal.h"
#include "core/stage.h"
#include "core/storage/postgres/pgrows.h"

// The live interview's drafts: finding one (listing, discarding and renaming them are in
// postgresstoreamendments.cpp, as SQLite has them), the writes to one (notes, regrets, session, probe ticks: each announced as
// DraftContent with the interview's id), and submitting it (announced as Interview). Every write to
// a submitted interview fails with Sealed. Row-level security makes a colleague's draft invisible:
// every write to it fails with NotFound, as for a row that does not exist, and no read returns it.

namespace hindsight::core {

using namespace postgres;

namespace {

Change draftChanged(Id interviewId)
{
    return Change{Change::Kind::DraftContent, interviewId};
}

Error sealed(Id interviewId, std::string detail)
{
    return Error{Error::Code::Sealed, fmt::format("interview {}", interviewId), std::move(detail)};
}

// What readOne makes of a query's first column.
constexpr auto firstId = [](const PgStatement &row) { return row.columnInt64(0); };
constexpr auto firstBool = [](const PgStatement &row) { return row.columnBool(0); };

} // namespace

Status PostgresStore::beginDraftWrite(Id interviewId)
{
    PgStatement s = m_connection->prepare("SELECT submitted FROM interviews WHERE id = $1");
    s.bind(1, interviewId);
    auto submitted = readOne(s, "interview", interviewId, firstBool);
    if (!submitted)
        return submitted.error();
    if (*submitted)
        return sealed(interviewId, "submitted interviews are read-only");
    // The update also locks the row until the transaction ends, so a submission by another
    // window of the same login cannot slip in between this check and the write that follows.
    PgStatement touch = m_connection->prepare(
        "UPDATE interviews SET updated_at = $2 WHERE id = $1 AND NOT submitted");
    touch.bind(1, interviewId).bind(2, toMs(now()));
    if (Error e = touch.run())
        return e;
    if (touch.affected() == 0)
        return sealed(interviewId, "submitted interviews are read-only");
    return {};
}

Result<std::optional<Id>> PostgresStore::openDraft(Id candidateId, const Interviewer &interviewer)
{
    // Whose a draft is, is Interviewer's rule (case folding SQL's lower() does not match): the
    // candidate's few drafts are read and compared here, newest first. The server returns only
    // the login's own.
    PgStatement s = m_connection->prepare("SELECT id, interviewer, interviewer_email FROM interviews "
                                          "WHERE candidate_id = $1 AND NOT submitted AND version = 1 "
                                          "ORDER BY started_at DESC, id DESC");
    s.bind(1, candidateId);
    for (;;) {
        switch (s.step()) {
        case Step::Row:
            if (Interviewer(s.columnText(1), s.columnText(2)).isSameAs(interviewer))
                return std::optional<Id>(s.columnInt64(0));
            continue;
        case Step::Done: return std::optional<Id>();
        case Step::Failed: return s.error();
        }
    }
}

Result<Id> PostgresStore::saveNote(const Note &note)
{
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        if (Error e = beginDraftWrite(note.interviewId))
            return e;
        // A note written back under its id (an undone deletion) takes that id again: the id came
        // from the sequence once, so no later insert will collide with it.
        PgStatement s = m_connection->prepare(
            note.id == 0
                ? "INSERT INTO notes (interview_id, at_ms, stage, text, regret_id, quote, uuid) "
                  "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
                : "INSERT INTO notes (interview_id, at_ms, stage, text, regret_id, quote, uuid, "
                  "id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO UPDATE SET "
                  "at_ms = excluded.at_ms, stage = excluded.stage, text = excluded.text, "
                  "regret_id = excluded.regret_id, quote = excluded.quote "
                  "WHERE notes.interview_id = excluded.interview_id RETURNING id");
        s.bind(1, note.interviewId)
            .bind(2, note.atMs)
            .bind(3, note.stage)
            .bind(4, note.text)
            .bind(6, note.quote)
            .bind(7, uuidFor(note.uuid));
        if (note.regretId != 0)
            s.bind(5, note.regretId);
        else
            s.bindNull(5);
        if (note.id != 0)
            s.bind(8, note.id);
        auto id = readOne(s, "note", note.id, firstId);
        // The upsert's WHERE leaves a note of another interview alone: that is no save.
        if (!id && id.error().code == Error::Code::NotFound)
            return Error{Error::Code::Invalid, fmt::format("note {}", note.id),
                         fmt::format("belongs to another interview than {}", note.interviewId)};
        if (!id)
            return id.error();
        changes.push_back(draftChanged(note.interviewId));
        return *id;
    });
}

Status PostgresStore::deleteNote(Id noteId)
{
    return runWrite([&](Changes &changes) -> Status {
        PgStatement find = m_connection->prepare("SELECT interview_id FROM notes WHERE id = $1");
        find.bind(1, noteId);
        auto owner = readOne(find, "note", noteId, firstId);
        if (!owner)
            return owner.error();
        if (Error e = beginDraftWrite(*owner))
            return e;
        PgStatement s = m_connection->prepare("DELETE FROM notes WHERE id = $1");
        s.bind(1, noteId);
        if (Error e = s.run())
            return e;
        changes.push_back(draftChanged(*owner));
        return {};
    });
}

Result<Id> PostgresStore::saveRegret(const Regret &regret)
{
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        Id interviewId = regret.interviewId;
        if (regret.id != 0) {
            auto owner = interviewOfRegret(regret.id);
            if (!owner)
                return owner.error();
            interviewId = *owner;
        }
        if (Error e = beginDraftWrite(interviewId))
            return e;
        Regret r = regret;
        r.interviewId = interviewId;
        auto id = writeRegret(r);
        if (id)
            changes.push_back(draftChanged(interviewId));
        return id;
    });
}

Status PostgresStore::deleteRegret(Id regretId)
{
    return runWrite([&](Changes &changes) -> Status {
        auto owner = interviewOfRegret(regretId);
        if (!owner)
            return owner.error();
        if (Error e = beginDraftWrite(*owner))
            return e;
        PgStatement s = m_connection->prepare("DELETE FROM regrets WHERE id = $1");
        s.bind(1, regretId);
        if (Error e = s.run())
            return e;
        changes.push_back(draftChanged(*owner));
        return {};
    });
}

Status PostgresStore::saveSession(Id interviewId, const std::string &stage, int currentRegret,
                                  const std::string &pendingNote)
{
    return runWrite([&](Changes &changes) -> Status {
        if (Error e = beginDraftWrite(interviewId))
            return e;
        PgStatement s = m_connection->prepare(
            "UPDATE interviews SET stage = $2, current_regret = $3, pending_note = $4 "
            "WHERE id = $1");
        s.bind(1, interviewId).bind(2, stage).bind(3, currentRegret).bind(4, pendingNote);
        if (Error e = s.run())
            return e;
        changes.push_back(draftChanged(interviewId));
        return {};
    });
}

Status PostgresStore::saveStageTimes(Id interviewId,
                                     const std::map<std::string, std::int64_t> &stageMs)
{
    return runWrite([&](Changes &changes) -> Status {
        if (Error e = beginDraftWrite(interviewId))
            return e;
        PgStatement clear = m_connection->prepare("DELETE FROM stage_times WHERE interview_id = $1");
        clear.bind(1, interviewId);
        if (Error e = clear.run())
            return e;
        PgStatement s = m_connection->prepare(
            "INSERT INTO stage_times (interview_id, stage, ms) VALUES ($1, $2, $3)");
        for (const auto &[stage, ms] : stageMs) {
            if (!Stage::isValid(stage) || ms < 0)
                return Error{Error::Code::Invalid, fmt::format("interview {}", interviewId),
                             fmt::format("time in stage '{}'", stage)};
            s.bind(1, interviewId).bind(2, stage).bind(3, ms);
            if (Error e = s.run())
                return e;
        }
        changes.push_back(draftChanged(interviewId));
        return {};
    });
}

Status PostgresStore::setProbeTicked(Id interviewId, const ProbeTick &tick, bool ticked)
{
    return runWrite([&](Changes &changes) -> Status {
        if (Error e = beginDraftWrite(interviewId))
            return e;
        if (tick.regretId != 0) {
            auto owner = interviewOfRegret(tick.regretId);
            if (!owner)
                return owner.error();
            if (*owner != interviewId)
                return Error{Error::Code::Invalid, fmt::format("regret {}", tick.regretId),
                             fmt::format("belongs to another interview than {}", interviewId)};
        }
        PgStatement s = m_connection->prepare(
            ticked ? "INSERT INTO probe_ticks (interview_id, regret_id, probe, ticked_at) "
                     "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
                   : "DELETE FROM probe_ticks WHERE interview_id = $1 "
                     "AND coalesce(regret_id, 0) = coalesce($2::bigint, 0) AND probe = $3");
        s.bind(1, interviewId).bind(3, tick.probe);
        if (tick.regretId != 0)
            s.bind(2, tick.regretId);
        else
            s.bindNull(2);
        if (ticked)
            s.bind(4, toMs(tick.tickedAt));
        if (Error e = s.run())
            return e;
        changes.push_back(draftChanged(interviewId));
        return {};
    });
}

Status PostgresStore::submitInterview(Id interviewId)
{
    return runWrite([&](Changes &changes) -> Status {
        if (Error e = beginDraftWrite(interviewId))
            return e;
        auto loaded = interview(interviewId);
        if (!loaded)
            return loaded.error();
        auto taxonomy = this->taxonomy();
        if (!taxonomy)
            return taxonomy.error();
        Interview &i = *loaded;
        const auto problems = InterviewSeal::problems(i, [&](const std::string &d) {
            return taxonomy->hasDomain(d);
        });
        if (!problems.empty())
            return Error{Error::Code::Invalid, fmt::format("interview {}", interviewId),
                         fmt::format("{} thing(s) missing before submission", problems.size())};

        // A line typed but never committed with Enter is still the interviewer's words: keep it,
        // at the time of the last note (a failed read of that time fails the submission).
        if (!i.pendingNote.empty()) {
            PgStatement last = m_connection->prepare(
                "SELECT coalesce(max(at_ms), 0) FROM notes WHERE interview_id = $1");
            last.bind(1, interviewId);
            auto at = readInt(last);
            if (!at)
                return at.error();
            PgStatement ns = m_connection->prepare(
                "INSERT INTO notes (interview_id, at_ms, stage, text, quote, uuid) "
                "VALUES ($1, $2, $3, $4, false, $5)");
            ns.bind(1, interviewId).bind(2, *at).bind(3, i.stage).bind(4, i.pendingNote);
            ns.bind(5, uuid::random());
            if (Error e = ns.run())
                return e;
            auto reloaded = interview(interviewId);
            if (!reloaded)
                return reloaded.error();
            i = std::move(*reloaded);
        }
        i.submitted = true;
        if (i.isAmendment()) {
            // Sealing the amendment is what replaces the version it amends (the view
            // interview_versions derives superseded_by from it): that version must still be the
            // current one, as SqliteStore's supersede() requires. The lock makes a second
            // amendment of the same version, sealed at the same moment, wait for this one and
            // then find the version replaced (its check is a new statement, so it sees this
            // commit).
            PgStatement lock = m_connection->prepare(
                "SELECT id FROM interviews WHERE id = $1 FOR NO KEY UPDATE");
            lock.bind(1, i.amends);
            if (auto locked = readOne(lock, "interview", i.amends, firstId); !locked)
                return locked.error();
            PgStatement current = m_connection->prepare(
                "SELECT submitted AND superseded_by IS NULL FROM interview_versions WHERE id = $1");
            current.bind(1, i.amends);
            auto isCurrent = readOne(current, "interview", i.amends, firstBool);
            if (!isCurrent)
                return isCurrent.error();
            if (!*isCurrent)
                return Error{Error::Code::Invalid, fmt::format("interview {}", i.amends),
                             "it is not a submitted current version any more"};
            changes.push_back({Change::Kind::Interview, i.amends});
        }
        PgStatement s = m_connection->prepare(
            "UPDATE interviews SET submitted = true, pending_note = '', digest = $2, "
            "amended_at = $3 WHERE id = $1 AND NOT submitted");
        s.bind(1, interviewId).bind(2, InterviewSeal::digest(i));
        s.bind(3, i.isAmendment() ? toMs(now()) : std::int64_t(0));
        if (Error e = s.run())
            return e;
        if (s.affected() == 0)
            return sealed(interviewId, "submitted interviews are read-only");
        changes.push_back({Change::Kind::Interview, interviewId});
        return {};
    });
}

} // namespace hindsight::core
