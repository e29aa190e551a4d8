#include "core/storage/sqlite/sqlitestore.h"

#include "core/interviewseal.h"
#include "core/storage/sqlite/rows.h"
#include "core/storage/sqlite/transaction.h"

namespace hindsight::core {

using namespace sqlite;

Status SqliteStore::requireDraft(Id interviewId)
{
    Statement s = m_db->prepare("SELECT submitted FROM interviews WHERE id = ?1");
    s.bind(1, interviewId);
    const Step r = s.step();
    if (r == Step::Failed)
        return s.error();
    if (r == Step::Done)
        return notFound("interview", interviewId);
    if (s.columnInt(0) != 0)
        return Error{Error::Code::Sealed, fmt::format("interview {}", interviewId),
                     "submitted interviews are read-only"};
    return {};
}

Result<Id> SqliteStore::interviewOfRegret(Id regretId)
{
    Statement s = m_db->prepare("SELECT interview_id FROM regrets WHERE id = ?1");
    s.bind(1, regretId);
    const Step r = s.step();
    if (r == Step::Failed)
        return s.error();
    if (r == Step::Done)
        return notFound("regret", regretId);
    return s.columnInt64(0);
}

Result<Id> SqliteStore::saveNote(const Note &note)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    if (Error e = requireDraft(note.interviewId))
        return e;
    Statement s = m_db->prepare(
        note.id == 0
            ? "INSERT INTO notes (interview_id, at_ms, stage, text, regret_id, quote) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
            : "INSERT INTO notes (interview_id, at_ms, stage, text, regret_id, quote, id) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET "
              "at_ms = excluded.at_ms, stage = excluded.stage, text = excluded.text, "
              "regret_id = excluded.regret_id, quote = excluded.quote "
              "WHERE notes.interview_id = excluded.interview_id");
    s.bind(1, note.interviewId).bind(2, note.atMs).bind(3, note.stage).bind(4, note.text)
        .bind(6, note.quote ? 1 : 0);
    if (note.regretId != 0)
        s.bind(5, note.regretId);
    else
        s.bindNull(5);
    if (note.id != 0)
        s.bind(7, note.id);
    if (Error e = s.run())
        return e;
    const Id id = note.id != 0 ? note.id : m_db->lastInsertRowId();
    if (Error e = tx.commit())
        return e;
    return id;
}

Status SqliteStore::deleteNote(Id noteId)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    Statement find = m_db->prepare("SELECT interview_id FROM notes WHERE id = ?1");
    find.bind(1, noteId);
    const Step r = find.step();
    if (r == Step::Failed)
        return find.error();
    if (r == Step::Done)
        return notFound("note", noteId);
    if (Error e = requireDraft(find.columnInt64(0)))
        return e;
    Statement s = m_db->prepare("DELETE FROM notes WHERE id = ?1");
    s.bind(1, noteId);
    if (Error e = s.run())
        return e;
    return tx.commit();
}

Result<Id> SqliteStore::saveRegret(const Regret &regret)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    Id interviewId = regret.interviewId;
    if (regret.id != 0) {
        auto owner = interviewOfRegret(regret.id);
        if (!owner)
            return owner.error();
        interviewId = *owner;
    }
    if (Error e = requireDraft(interviewId))
        return e;
    Regret r = regret;
    r.interviewId = interviewId;
    auto id = writeRegret(r);
    if (!id)
        return id;
    if (Error e = tx.commit())
        return e;
    return id;
}

Status SqliteStore::deleteRegret(Id regretId)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    auto owner = interviewOfRegret(regretId);
    if (!owner)
        return owner.error();
    if (Error e = requireDraft(*owner))
        return e;
    Statement s = m_db->prepare("DELETE FROM regrets WHERE id = ?1");
    s.bind(1, regretId);
    if (Error e = s.run())
        return e;
    return tx.commit();
}

Status SqliteStore::saveSession(Id interviewId, const std::string &stage, int currentRegret,
                                const std::string &pendingNote)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    if (Error e = requireDraft(interviewId))
        return e;
    Statement s = m_db->prepare("UPDATE interviews SET stage = ?2, current_regret = ?3, "
                                "pending_note = ?4 WHERE id = ?1");
    s.bind(1, interviewId).bind(2, stage).bind(3, currentRegret).bind(4, pendingNote);
    if (Error e = s.run())
        return e;
    return tx.commit();
}

Status SqliteStore::setProbeTicked(Id interviewId, const std::string &probe, bool ticked)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    if (Error e = requireDraft(interviewId))
        return e;
    Statement s = m_db->prepare(
        ticked ? "INSERT OR IGNORE INTO probe_ticks (interview_id, probe) VALUES (?1, ?2)"
               : "DELETE FROM probe_ticks WHERE interview_id = ?1 AND probe = ?2");
    s.bind(1, interviewId).bind(2, probe);
    if (Error e = s.run())
        return e;
    return tx.commit();
}

Status SqliteStore::submitInterview(Id interviewId)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    if (Error e = requireDraft(interviewId))
        return e;
    auto loaded = interview(interviewId);
    if (!loaded)
        return loaded.error();
    auto taxonomy = this->taxonomy();
    if (!taxonomy)
        return taxonomy.error();
    Interview &i = *loaded;
    const auto problems = InterviewSeal::problems(
        i, [&](const std::string &d) { return taxonomy->hasDomain(d); });
    if (!problems.empty())
        return Error{Error::Code::Invalid, fmt::format("interview {}", interviewId),
                     fmt::format("{} thing(s) missing before submission", problems.size())};

    // A line typed but never committed with Enter is still the interviewer's words: keep it.
    if (!i.pendingNote.empty()) {
        Statement last = m_db->prepare("SELECT coalesce(max(at_ms), 0) FROM notes WHERE interview_id = ?1");
        last.bind(1, interviewId);
        const std::int64_t at = last.step() == Step::Row ? last.columnInt64(0) : 0;
        Statement ns = m_db->prepare("INSERT INTO notes (interview_id, at_ms, stage, text, quote) "
                                     "VALUES (?1, ?2, ?3, ?4, 0)");
        ns.bind(1, interviewId).bind(2, at).bind(3, i.stage).bind(4, i.pendingNote);
        if (Error e = ns.run())
            return e;
        auto reloaded = interview(interviewId);
        if (!reloaded)
            return reloaded.error();
        i = std::move(*reloaded);
    }
    i.submitted = true;
    Statement s = m_db->prepare("UPDATE interviews SET submitted = 1, pending_note = '', "
                                "digest = ?2 WHERE id = ?1");
    s.bind(1, interviewId).bind(2, InterviewSeal::digest(i));
    if (Error e = s.run())
        return e;
    return tx.commit();
}

Status SqliteStore::sealLegacySubmissions()
{
    Statement find = m_db->prepare("SELECT id FROM interviews WHERE submitted = 1 AND digest = ''");
    std::vector<Id> ids;
    if (Error e = forEachRow(find, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); }))
        return e;
    if (ids.empty())
        return {};
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    Statement s = m_db->prepare("UPDATE interviews SET digest = ?2 WHERE id = ?1 AND digest = ''");
    for (Id id : ids) {
        auto i = interview(id);
        if (!i)
            return i.error();
        s.bind(1, id).bind(2, InterviewSeal::digest(*i));
        if (Error e = s.run())
            return e;
    }
    return tx.commit();
}

} // namespace hindsight::core
