#include "core/storage/postgres/postgresstore.h"

#include "core/interviewseal.h"
#include "core/storage/postgres/pgrows.h"

// Interviews with their regrets, notes and probe ticks: reading them, and adding a whole one
// (announced as Interview with its id). Interviews are read from the view interview_versions,
// which adds superseded_by (derived from a sealed amendment), so the shared interviewColumns and
// readInterview read them as SqliteStore does. Row-level security decides which rows a read
// returns: a colleague's draft, and everything in it, is simply not there.

namespace hindsight::core {

using namespace postgres;

// ---- interviews ------------------------------------------------------------------------------

Status PostgresStore::loadRegrets(const std::string &interviewFilter, Id filterValue,
                                  std::map<Id, Interview *> &byId)
{
    std::map<Id, Regret *> regretById;
    PgStatement s = m_connection->prepare(fmt::format(
        "SELECT r.id, r.interview_id, r.position, r.system, r.decision, r.why, r.instead, "
        "r.impact, r.level, r.domain, r.depth, r.level_chosen, r.depth_chosen, r.uuid "
        "FROM regrets r "
        "JOIN interview_versions i "
        "ON i.id = r.interview_id {} ORDER BY r.interview_id, r.position",
        interviewFilter));
    s.bind(1, filterValue);
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            auto it = byId.find(row.columnInt64(1));
            if (it == byId.end())
                return;
            Regret r;
            r.id = row.columnInt64(0);
            r.interviewId = row.columnInt64(1);
            r.position = row.columnInt(2);
            r.system = row.columnText(3);
            r.decision = row.columnText(4);
            r.why = row.columnText(5);
            r.instead = row.columnText(6);
            r.impact = row.columnText(7);
            r.level = Regret::levelFromId(row.columnText(8)).value_or(Regret::Level::Unclear);
            r.domain = row.columnText(9);
            r.depth = row.columnInt(10);
            r.levelChosen = row.columnBool(11);
            r.depthChosen = row.columnBool(12);
            r.uuid = row.columnText(13);
            it->second->regrets.push_back(std::move(r));
        }))
        return e;
    for (auto &[id, interview] : byId) {
        for (Regret &r : interview->regrets)
            regretById[r.id] = &r;
    }
    PgStatement l = m_connection->prepare(fmt::format(
        "SELECT rl.regret_id, rl.layer FROM regret_layers rl JOIN regrets r ON r.id = rl.regret_id "
        "JOIN interview_versions i ON i.id = r.interview_id {}",
        interviewFilter));
    l.bind(1, filterValue);
    return forEachRow(l, [&](const PgStatement &row) {
        auto it = regretById.find(row.columnInt64(0));
        if (it != regretById.end())
            it->second->layers.insert(row.columnText(1));
    });
}

Status PostgresStore::loadTicks(const std::string &interviewFilter, Id filterValue,
                                std::map<Id, Interview *> &byId)
{
    PgStatement s = m_connection->prepare(
        fmt::format("SELECT t.interview_id, t.regret_id, t.probe, t.ticked_at FROM probe_ticks t "
                    "JOIN interview_versions i ON i.id = t.interview_id "
                    "LEFT JOIN regrets r ON r.id = t.regret_id {} "
                    "ORDER BY t.interview_id, coalesce(r.position, -1), t.probe",
                    interviewFilter));
    s.bind(1, filterValue);
    return forEachRow(s, [&](const PgStatement &row) {
        auto it = byId.find(row.columnInt64(0));
        if (it == byId.end())
            return;
        it->second->probeTicks.push_back({row.columnText(2),
                                          row.columnIsNull(1) ? 0 : row.columnInt64(1),
                                          fromMs(row.columnInt64(3))});
    });
}

Status PostgresStore::loadStageTimes(Id interviewId, Interview &interview)
{
    PgStatement s = m_connection->prepare("SELECT stage, ms FROM stage_times WHERE interview_id = $1");
    s.bind(1, interviewId);
    return forEachRow(s, [&](const PgStatement &row) {
        interview.stageMs[row.columnText(0)] = row.columnInt64(1);
    });
}

Status PostgresStore::loadNotes(const std::string &interviewFilter, Id filterValue,
                                std::map<Id, Interview *> &byId)
{
    PgStatement s = m_connection->prepare(fmt::format(
        "SELECT n.id, n.interview_id, n.at_ms, n.stage, n.text, n.regret_id, n.quote, n.uuid "
        "FROM notes n "
        "JOIN interview_versions i ON i.id = n.interview_id {} "
        "ORDER BY n.interview_id, n.at_ms, n.id",
        interviewFilter));
    s.bind(1, filterValue);
    return forEachRow(s, [&](const PgStatement &row) {
        auto it = byId.find(row.columnInt64(1));
        if (it == byId.end())
            return;
        Note n;
        n.id = row.columnInt64(0);
        n.interviewId = row.columnInt64(1);
        n.atMs = row.columnInt64(2);
        n.stage = row.columnText(3);
        n.text = row.columnText(4);
        n.regretId = row.columnIsNull(5) ? 0 : row.columnInt64(5);
        n.quote = row.columnBool(6);
        n.uuid = row.columnText(7);
        it->second->notes.push_back(std::move(n));
    });
}

Result<std::vector<Interview>> PostgresStore::interviews(Id candidateId)
{
    std::vector<Interview> list;
    PgStatement s = m_connection->prepare(
        fmt::format("SELECT {} FROM interview_versions i WHERE i.candidate_id = $1 "
                    "AND i.superseded_by IS NULL "
                    "ORDER BY i.started_at, i.id",
                    interviewColumns));
    s.bind(1, candidateId);
    if (Error e = forEachRow(s, [&](const PgStatement &row) { list.push_back(readInterview(row)); }))
        return e;
    std::map<Id, Interview *> byId;
    for (Interview &i : list)
        byId[i.id] = &i;
    const std::string filter = "WHERE i.candidate_id = $1 AND i.superseded_by IS NULL";
    if (Error e = loadRegrets(filter, candidateId, byId))
        return e;
    if (Error e = loadNotes(filter, candidateId, byId))
        return e;
    if (Error e = loadTicks(filter, candidateId, byId))
        return e;
    return list;
}

Result<std::map<Id, std::vector<Interview>>> PostgresStore::interviewsForRole(Id roleId)
{
    std::map<Id, std::vector<Interview>> result;
    PgStatement s = m_connection->prepare(fmt::format(
        "SELECT {} FROM interview_versions i JOIN candidates c ON c.id = i.candidate_id "
        "WHERE c.role_id = $1 AND i.superseded_by IS NULL "
        "ORDER BY i.candidate_id, i.started_at, i.id",
        interviewColumns));
    s.bind(1, roleId);
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            Interview i = readInterview(row);
            result[i.candidateId].push_back(std::move(i));
        }))
        return e;
    // Pointers are taken after all insertions so the vectors no longer move.
    std::map<Id, Interview *> byId;
    for (auto &[candidateId, list] : result) {
        for (Interview &i : list)
            byId[i.id] = &i;
    }
    if (Error e = loadRegrets("JOIN candidates c ON c.id = i.candidate_id WHERE c.role_id = $1 "
                              "AND i.superseded_by IS NULL",
                              roleId, byId))
        return e;
    return result;
}

Result<Id> PostgresStore::addInterview(const Interview &interview)
{
    // As SqliteStore: an interview added whole links to no earlier version (its amends would be
    // a row id of wherever it came from); only startAmendment and the import name the version a
    // new one replaces.
    Interview unlinked = interview;
    unlinked.amends = 0;
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        auto id = writeInterview(unlinked);
        if (id)
            changes.push_back({Change::Kind::Interview, *id});
        return id;
    });
}

Result<Id> PostgresStore::writeInterview(const Interview &interview)
{
    // Always inserted as a draft: the server takes content rows only while their interview is the
    // login's own draft, so a submitted one (an import) is sealed below, once its rows are in.
    // `amends` goes in with the row, where the server checks that the login wrote the version it
    // replaces (stamp_author): a sealed row could not take it afterwards.
    PgStatement s = m_connection->prepare(
        "INSERT INTO interviews (candidate_id, interviewer, started_at, submitted, stage, "
        "current_regret, pending_note, digest, updated_at, uuid, interviewer_email, version, "
        "amend_reason, amended_at, amends) "
        "VALUES ($1, $2, $3, false, $4, $5, $6, '', $7, $8, $9, $10, $11, $12, $13) RETURNING id");
    s.bind(1, interview.candidateId)
        .bind(2, interview.interviewer)
        .bind(3, toMs(interview.startedAt))
        .bind(4, interview.stage)
        .bind(5, interview.currentRegret)
        .bind(6, interview.pendingNote)
        .bind(7, toMs(now()))
        .bind(8, uuidFor(interview.uuid))
        .bind(9, interview.interviewerEmail)
        .bind(10, interview.version)
        .bind(11, interview.amendReason)
        .bind(12, toMs(interview.amendedAt));
    if (interview.amends != 0)
        s.bind(13, interview.amends);
    else
        s.bindNull(13);
    auto inserted = readOne(s, "interview", 0,
                            [](const PgStatement &row) { return row.columnInt64(0); });
    if (!inserted)
        return concerning(inserted.error(),
                          fmt::format("interview of candidate {}", interview.candidateId));
    const Id interviewId = *inserted;

    std::map<Id, Id> regretIds; // local id -> stored id
    int position = 0;
    for (const Regret &r : interview.regrets) {
        Regret fresh = r;
        fresh.id = 0;
        fresh.interviewId = interviewId;
        fresh.position = position++;
        auto regretId = writeRegret(fresh);
        if (!regretId)
            return regretId.error();
        if (r.id != 0)
            regretIds[r.id] = *regretId;
    }

    PgStatement ns = m_connection->prepare(
        "INSERT INTO notes (interview_id, at_ms, stage, text, regret_id, quote, uuid) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)");
    for (const Note &n : interview.notes) {
        ns.bind(1, interviewId).bind(2, n.atMs).bind(3, n.stage).bind(4, n.text).bind(6, n.quote);
        ns.bind(7, uuidFor(n.uuid));
        auto it = regretIds.find(n.regretId);
        if (n.regretId != 0 && it != regretIds.end())
            ns.bind(5, it->second);
        else
            ns.bindNull(5);
        if (Error e = ns.run())
            return e;
    }
    if (Error e = writeTicks(interviewId, interview.probeTicks, regretIds))
        return e;
    if (interview.submitted) {
        // Sealed from the rows as stored (positions and links as the store reads them back).
        auto stored = this->interview(interviewId);
        if (!stored)
            return stored.error();
        PgStatement seal = m_connection->prepare(
            "UPDATE interviews SET submitted = true, digest = $2 WHERE id = $1");
        seal.bind(1, interviewId).bind(2, InterviewSeal::digest(*stored));
        if (Error e = seal.run())
            return e;
    }
    return interviewId;
}

Status PostgresStore::writeTicks(Id interviewId, const std::vector<ProbeTick> &ticks,
                                 const std::map<Id, Id> &regretIds)
{
    PgStatement ts = m_connection->prepare(
        "INSERT INTO probe_ticks (interview_id, regret_id, probe, ticked_at) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING");
    for (const ProbeTick &t : ticks) {
        ts.bind(1, interviewId).bind(3, t.probe).bind(4, toMs(t.tickedAt));
        auto it = regretIds.find(t.regretId);
        if (t.regretId != 0 && it != regretIds.end())
            ts.bind(2, it->second);
        else
            ts.bindNull(2);
        if (Error e = ts.run())
            return e;
    }
    return {};
}

namespace {

// Parameters 2 to 12 of the regret INSERT and UPDATE, which name them alike.
void bindRegretFields(PgStatement &s, const Regret &r)
{
    s.bind(2, r.position)
        .bind(3, r.system)
        .bind(4, r.decision)
        .bind(5, r.why)
        .bind(6, r.instead)
        .bind(7, r.impact)
        .bind(8, Regret::levelId(r.level))
        .bind(9, r.domain)
        .bind(10, r.depth)
        .bind(11, r.levelChosen)
        .bind(12, r.depthChosen);
}

} // namespace

Result<Id> PostgresStore::writeRegret(const Regret &r)
{
    if (r.depth < 0 || r.depth > Regret::MaxDepth)
        return Error{Error::Code::Invalid, fmt::format("regret {}", r.position),
                     "depth outside 0-4"};
    Id id = r.id;
    if (id == 0) {
        PgStatement s = m_connection->prepare(
            "INSERT INTO regrets (interview_id, position, system, decision, why, instead, impact, "
            "level, domain, depth, level_chosen, depth_chosen, uuid) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id");
        bindRegretFields(s.bind(1, r.interviewId), r);
        s.bind(13, uuidFor(r.uuid));
        auto inserted = readOne(s, "regret", 0,
                                [](const PgStatement &row) { return row.columnInt64(0); });
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else {
        PgStatement s = m_connection->prepare(
            "UPDATE regrets SET position = $2, system = $3, decision = $4, why = $5, "
            "instead = $6, impact = $7, level = $8, domain = $9, depth = $10, "
            "level_chosen = $11, depth_chosen = $12 WHERE id = $1");
        bindRegretFields(s.bind(1, id), r);
        if (Error e = s.run())
            return e;
        if (s.affected() == 0)
            return notFound("regret", id);
        PgStatement del = m_connection->prepare("DELETE FROM regret_layers WHERE regret_id = $1");
        del.bind(1, id);
        if (Error e = del.run())
            return e;
    }
    PgStatement ls = m_connection->prepare(
        "INSERT INTO regret_layers (regret_id, layer) VALUES ($1, $2)");
    for (const std::string &layer : r.layers) {
        ls.bind(1, id).bind(2, layer);
        if (Error e = ls.run())
            return e;
    }
    return id;
}

// ---- the live interview ----------------------------------------------------------------------

Result<Interview> PostgresStore::interview(Id id)
{
    PgStatement s = m_connection->prepare(
        fmt::format("SELECT {} FROM interview_versions i WHERE i.id = $1", interviewColumns));
    s.bind(1, id);
    auto found = readOne(s, "interview", id, readInterview);
    if (!found)
        return found;
    Interview &interview = *found;
    std::map<Id, Interview *> byId{{id, &interview}};
    const std::string filter = "WHERE i.id = $1";
    if (Error e = loadRegrets(filter, id, byId))
        return e;
    if (Error e = loadNotes(filter, id, byId))
        return e;
    if (Error e = loadTicks(filter, id, byId))
        return e;
    if (Error e = loadStageTimes(id, interview))
        return e;
    return found;
}

Result<Id> PostgresStore::interviewOfRegret(Id regretId)
{
    PgStatement s = m_connection->prepare("SELECT interview_id FROM regrets WHERE id = $1");
    s.bind(1, regretId);
    return readOne(s, "regret", regretId, [](const PgStatement &row) { return row.columnInt64(0); });
}

} // namespace hindsight::core
