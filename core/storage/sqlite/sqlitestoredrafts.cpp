#include "core/storage/sqlite/sqlitestore.h"

#include "core/interviewseal.h"
#include "core/stage.h"
#include "core/storage/sqlite/rows.h"

// The live interview's writes to a draft: notes, regrets, session, probe ticks (each announced as
// DraftContent with the interview's id), and submitting it (announced as Interview). Every write
// to a submitted interview fails with Sealed.

namespace hindsight::core {

using namespace sqlite;

namespace {

Change draftChanged(Id interviewId)
{
    return Change{Change::Kind::DraftContent, interviewId};
}

} // namespace

Status SqliteStore::beginDraftWrite(Id interviewId)
{
    Statement s = m_db->prepare("SELECT submitted FROM interviews WHERE id = ?1");
    s.bind(1, interviewId);
    auto submitted = readOne(s, "interview", interviewId,
                             [](const Statement &row) { return row.columnInt(0) != 0; });
    if (!submitted)
        return submitted.error();
    if (*submitted)
        return Error{Error::Code::Sealed, fmt::format("interview {}", interviewId),
                     "submitted interviews are read-only"};
    Statement touch = m_db->prepare("UPDATE interviews SET updated_at = ?2 WHERE id = ?1");
    touch.bind(1, interviewId).bind(2, toMs(now()));
    return touch.run();
}

Result<Id> SqliteStore::interviewOfRegret(Id regretId)
{
    Statement s = m_db->prepare("SELECT interview_id FROM regrets WHERE id = ?1");
    s.bind(1, regretId);
    return readOne(s, "regret", regretId, [](const Statement &row) { return row.columnInt64(0); });
}

Result<Id> SqliteStore::saveNote(const Note &note)
{
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        if (Error e = beginDraftWrite(note.interviewId))
            return e;
        Statement s = m_db->prepare(
            note.id == 0
                ? "INSERT INTO notes (interview_id, at_ms, stage, text, regret_id, quote, uuid) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8)"
                : "INSERT INTO notes (interview_id, at_ms, stage, text, regret_id, quote, uuid, id) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8, ?7) ON CONFLICT (id) DO UPDATE SET "
                  "at_ms = excluded.at_ms, stage = excluded.stage, text = excluded.text, "
                  "regret_id = excluded.regret_id, quote = excluded.quote "
                  "WHERE notes.interview_id = excluded.interview_id");
        s.bind(1, note.interviewId)
            .bind(2, note.atMs)
            .bind(3, note.stage)
            .bind(4, note.text)
            .bind(6, note.quote ? 1 : 0)
            .bind(8, uuidFor(note.uuid));
        if (note.regretId != 0)
            s.bind(5, note.regretId);
        else
            s.bindNull(5);
        if (note.id != 0)
            s.bind(7, note.id);
        if (Error e = s.run())
            return e;
        // The upsert's WHERE leaves a note of another interview alone: that is no save.
        if (m_db->changes() == 0)
            return Error{Error::Code::Invalid, fmt::format("note {}", note.id),
                         fmt::format("belongs to another interview than {}", note.interviewId)};
        const Id id = note.id != 0 ? note.id : m_db->lastInsertRowId();
        changes.push_back(draftChanged(note.interviewId));
        return id;
    });
}

Status SqliteStore::deleteNote(Id noteId)
{
    return runWrite([&](Changes &changes) -> Status {
        Statement find = m_db->prepare("SELECT interview_id FROM notes WHERE id = ?1");
        find.bind(1, noteId);
        auto owner = readOne(find, "note", noteId,
                             [](const Statement &row) { return row.columnInt64(0); });
        if (!owner)
            return owner.error();
        if (Error e = beginDraftWrite(*owner))
            return e;
        Statement s = m_db->prepare("DELETE FROM notes WHERE id = ?1");
        s.bind(1, noteId);
        if (Error e = s.run())
            return e;
        changes.push_back(draftChanged(*owner));
        return {};
    });
}

Result<Id> SqliteStore::saveRegret(const Regret &regret)
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

Status SqliteStore::deleteRegret(Id regretId)
{
    return runWrite([&](Changes &changes) -> Status {
        auto owner = interviewOfRegret(regretId);
        if (!owner)
            return owner.error();
        if (Error e = beginDraftWrite(*owner))
            return e;
        Statement s = m_db->prepare("DELETE FROM regrets WHERE id = ?1");
        s.bind(1, regretId);
        if (Error e = s.run())
            return e;
        changes.push_back(draftChanged(*owner));
        return {};
    });
}

Status SqliteStore::saveSession(Id interviewId, const std::string &stage, int currentRegret,
                                const std::string &pendingNote)
{
    return runWrite([&](Changes &changes) -> Status {
        if (Error e = beginDraftWrite(interviewId))
            return e;
        Statement s = m_db->prepare("UPDATE interviews SET stage = ?2, current_regret = ?3, "
                                    "pending_note = ?4 WHERE id = ?1");
        s.bind(1, interviewId).bind(2, stage).bind(3, currentRegret).bind(4, pendingNote);
        if (Error e = s.run())
            return e;
        changes.push_back(draftChanged(interviewId));
        return {};
    });
}

Status SqliteStore::saveStageTimes(Id interviewId,
                                   const std::map<std::string, std::int64_t> &stageMs)
{
    return runWrite([&](Changes &changes) -> Status {
        if (Error e = beginDraftWrite(interviewId))
            return e;
        Statement clear = m_db->prepare("DELETE FROM stage_times WHERE interview_id = ?1");
        clear.bind(1, interviewId);
        if (Error e = clear.run())
            return e;
        Statement s = m_db->prepare(
            "INSERT INTO stage_times (interview_id, stage, ms) VALUES (?1, ?2, ?3)");
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

Status SqliteStore::setProbeTicked(Id interviewId, const ProbeTick &tick, bool ticked)
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
        Statement s = m_db->prepare(
            ticked ? "INSERT INTO probe_ticks (interview_id, regret_id, probe, ticked_at) "
                     "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING"
                   : "DELETE FROM probe_ticks WHERE interview_id = ?1 "
                     "AND ifnull(regret_id, 0) = ifnull(?2, 0) AND probe = ?3");
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

Status SqliteStore::submitInterview(Id interviewId)
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
            Statement last = m_db->prepare(
                "SELECT coalesce(max(at_ms), 0) FROM notes WHERE interview_id = ?1");
            last.bind(1, interviewId);
            auto at = readInt(last);
            if (!at)
                return at.error();
            Statement ns = m_db->prepare("INSERT INTO notes (interview_id, at_ms, stage, text, "
                                         "quote, uuid) VALUES (?1, ?2, ?3, ?4, 0, ?5)");
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
            if (Error e = supersede(i.amends, interviewId))
                return e;
            changes.push_back({Change::Kind::Interview, i.amends});
        }
        Statement s = m_db->prepare("UPDATE interviews SET submitted = 1, pending_note = '', "
                                    "digest = ?2, amended_at = ?3 WHERE id = ?1");
        s.bind(1, interviewId).bind(2, InterviewSeal::digest(i));
        s.bind(3, i.isAmendment() ? toMs(now()) : 0);
        if (Error e = s.run())
            return e;
        changes.push_back({Change::Kind::Interview, interviewId});
        return {};
    });
}

Status SqliteStore::sealLegacySubmissions()
{
    Statement find = m_db->prepare("SELECT id FROM interviews WHERE submitted = 1 AND digest = ''");
    std::vector<Id> ids;
    if (Error e = forEachRow(find, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); }))
        return e;
    if (ids.empty())
        return {};
    return runWrite([&](Changes &changes) -> Status {
        Statement s = m_db->prepare("UPDATE interviews SET digest = ?2 WHERE id = ?1 AND digest = ''");
        for (Id id : ids) {
            auto i = interview(id);
            if (!i)
                return i.error();
            s.bind(1, id).bind(2, InterviewSeal::digest(*i));
            if (Error e = s.run())
                return e;
            if (m_db->changes() != 0)
                changes.push_back({Change::Kind::Interview, id});
        }
        return {};
    });
}

} // namespace hindsight::core
