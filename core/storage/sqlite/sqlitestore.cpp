#include "core/storage/sqlite/sqlitestore.h"

#include "core/interviewseal.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/transaction.h"

#include <fmt/format.h>

#include <algorithm>

namespace hindsight::core {

namespace {

using Step = Statement::StepResult;

std::int64_t toMs(TimePoint t)
{
    return t.time_since_epoch().count();
}

TimePoint fromMs(std::int64_t ms)
{
    return TimePoint(std::chrono::milliseconds(ms));
}

std::string_view statusId(Candidate::Status s)
{
    return s == Candidate::Status::Withdrawn ? "withdrawn" : "active";
}

Candidate::Status statusFromId(std::string_view id)
{
    return id == "withdrawn" ? Candidate::Status::Withdrawn : Candidate::Status::Active;
}

Error notFound(std::string_view what, Id id)
{
    return Error{Error::Code::NotFound, fmt::format("{} {}", what, id), "no such row"};
}

// Empty, or nothing but whitespace: what a required text field may not be.
bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
}

// A committee figure on the 0-10 scale of the charts; NaN is outside too.
bool isFigure(double value)
{
    return value >= 0.0 && value <= 10.0;
}

// Reads every row of a prepared statement through `read`; returns the step error, if any.
template<typename Fn>
Error forEachRow(Statement &s, Fn read)
{
    for (;;) {
        switch (s.step()) {
        case Step::Row: read(s); break;
        case Step::Done: return {};
        case Step::Failed: return s.error();
        }
    }
}

Candidate readCandidate(const Statement &s)
{
    Candidate c;
    c.id = s.columnInt64(0);
    c.name = s.columnText(1);
    c.email = s.columnText(2);
    c.roleId = s.columnInt64(3);
    c.status = statusFromId(s.columnText(4));
    return c;
}

Interview readInterview(const Statement &s)
{
    Interview i;
    i.id = s.columnInt64(0);
    i.candidateId = s.columnInt64(1);
    i.interviewer = s.columnText(2);
    i.startedAt = fromMs(s.columnInt64(3));
    i.submitted = s.columnInt(4) != 0;
    i.stage = s.columnText(5);
    i.currentRegret = s.columnInt(6);
    i.pendingNote = s.columnText(7);
    i.digest = s.columnText(8);
    return i;
}

constexpr const char *candidateColumns = "id, name, email, role_id, status";
constexpr const char *interviewColumns = "i.id, i.candidate_id, i.interviewer, i.started_at, "
                                         "i.submitted, i.stage, i.current_regret, i.pending_note, "
                                         "i.digest";

} // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (Error e = Migrator::standard().migrate(**db))
        return e;
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*db)));
    if (Error e = store->sealLegacySubmissions())
        return e;
    auto version = store->dataVersion();
    if (!version)
        return version.error();
    store->m_dataVersion = *version;
    return store;
}

SqliteStore::SqliteStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

// ---- taxonomy --------------------------------------------------------------------------------

Result<Taxonomy> SqliteStore::taxonomy()
{
    Statement s = m_db->prepare("SELECT kind, id, label FROM taxonomy ORDER BY kind, label, id");
    std::vector<Taxonomy::Entry> user;
    if (Error e = forEachRow(s, [&](const Statement &row) {
            auto kind = Taxonomy::kindFromId(row.columnText(0));
            if (kind)
                user.push_back({*kind, row.columnText(1), row.columnText(2), false});
        }))
        return e;
    return Taxonomy(std::move(user));
}

Status SqliteStore::addTaxonomyEntry(const Taxonomy::Entry &entry)
{
    if (!Taxonomy::isValidId(entry.id) || entry.label.empty())
        return Error{Error::Code::Invalid, entry.id, "invalid taxonomy id or empty label"};
    auto current = taxonomy();
    if (!current)
        return current.error();
    if (current->find(entry.kind, entry.id))
        return Error{Error::Code::Constraint, entry.id, "taxonomy entry exists"};
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    Statement s = m_db->prepare("INSERT INTO taxonomy (kind, id, label) VALUES (?1, ?2, ?3)");
    s.bind(1, Taxonomy::kindId(entry.kind)).bind(2, entry.id).bind(3, entry.label);
    if (Error e = s.run())
        return e;
    return tx.commit();
}

Status SqliteStore::renameTaxonomyEntry(Taxonomy::Kind kind, const std::string &id,
                                        const std::string &label)
{
    if (label.empty())
        return Error{Error::Code::Invalid, id, "empty taxonomy label"};
    if (const Taxonomy::Entry *e = Taxonomy::builtIn().find(kind, id); e && e->builtIn)
        return Error{Error::Code::Invalid, id, "built-in taxonomy entries cannot change"};
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    Statement s = m_db->prepare("UPDATE taxonomy SET label = ?3 WHERE kind = ?1 AND id = ?2");
    s.bind(1, Taxonomy::kindId(kind)).bind(2, id).bind(3, label);
    if (Error e = s.run())
        return e;
    if (m_db->changes() == 0)
        return Error{Error::Code::NotFound, id, "no such taxonomy entry"};
    return tx.commit();
}

Status SqliteStore::deleteTaxonomyEntry(Taxonomy::Kind kind, const std::string &id)
{
    if (const Taxonomy::Entry *e = Taxonomy::builtIn().find(kind, id); e && e->builtIn)
        return Error{Error::Code::Invalid, id, "built-in taxonomy entries cannot be deleted"};
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    // Checked inside the transaction, so no regret or demand can start using it in between.
    Statement use = m_db->prepare(
        kind == Taxonomy::Kind::Layer
            ? "SELECT EXISTS (SELECT 1 FROM regret_layers WHERE layer = ?1)"
            : "SELECT (EXISTS (SELECT 1 FROM regrets WHERE domain = ?1)"
              " OR EXISTS (SELECT 1 FROM role_demands WHERE domain = ?1))");
    use.bind(1, id);
    if (use.step() == Step::Failed)
        return use.error();
    if (use.columnInt(0) != 0)
        return Error{Error::Code::InUse, id, "taxonomy entry in use"};
    Statement s = m_db->prepare("DELETE FROM taxonomy WHERE kind = ?1 AND id = ?2");
    s.bind(1, Taxonomy::kindId(kind)).bind(2, id);
    if (Error e = s.run())
        return e;
    if (m_db->changes() == 0)
        return Error{Error::Code::NotFound, id, "no such taxonomy entry"};
    return tx.commit();
}

// ---- roles -----------------------------------------------------------------------------------

Result<std::vector<Role>> SqliteStore::roles()
{
    std::vector<Role> list;
    Statement s = m_db->prepare(
        "SELECT id, title, description, breadth_demand FROM roles ORDER BY title COLLATE NOCASE, id");
    if (Error e = forEachRow(s, [&](const Statement &row) {
            list.push_back({row.columnInt64(0), row.columnText(1), row.columnText(2),
                            row.columnDouble(3), {}});
        }))
        return e;
    Statement d = m_db->prepare("SELECT role_id, domain, depth FROM role_demands");
    if (Error e = forEachRow(d, [&](const Statement &row) {
            const Id roleId = row.columnInt64(0);
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const Role &r) { return r.id == roleId; });
            if (it != list.end())
                it->domainDemands[row.columnText(1)] = row.columnInt(2);
        }))
        return e;
    return list;
}

Result<Role> SqliteStore::role(Id id)
{
    Statement s = m_db->prepare(
        "SELECT id, title, description, breadth_demand FROM roles WHERE id = ?1");
    s.bind(1, id);
    const Step r = s.step();
    if (r == Step::Failed)
        return s.error();
    if (r == Step::Done)
        return notFound("role", id);
    Role role{s.columnInt64(0), s.columnText(1), s.columnText(2), s.columnDouble(3), {}};
    Statement d = m_db->prepare("SELECT domain, depth FROM role_demands WHERE role_id = ?1");
    d.bind(1, id);
    if (Error e = forEachRow(d, [&](const Statement &row) {
            role.domainDemands[row.columnText(0)] = row.columnInt(1);
        }))
        return e;
    return role;
}

Result<Id> SqliteStore::saveRole(const Role &role)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    auto id = writeRole(role);
    if (!id)
        return id;
    if (Error e = tx.commit())
        return e;
    return id;
}

Result<Id> SqliteStore::writeRole(const Role &role)
{
    if (role.breadthDemand < 0.0 || role.breadthDemand > 10.0)
        return Error{Error::Code::Invalid, role.title, "breadth demand outside 0-10"};
    Id id = role.id;
    if (id == 0) {
        Statement s = m_db->prepare(
            "INSERT INTO roles (title, description, breadth_demand) VALUES (?1, ?2, ?3)");
        s.bind(1, role.title).bind(2, role.description).bind(3, role.breadthDemand);
        if (Error e = s.run())
            return e;
        id = m_db->lastInsertRowId();
    } else {
        Statement s = m_db->prepare(
            "UPDATE roles SET title = ?2, description = ?3, breadth_demand = ?4 WHERE id = ?1");
        s.bind(1, id).bind(2, role.title).bind(3, role.description).bind(4, role.breadthDemand);
        if (Error e = s.run())
            return e;
        if (m_db->changes() == 0)
            return notFound("role", id);
        Statement del = m_db->prepare("DELETE FROM role_demands WHERE role_id = ?1");
        del.bind(1, id);
        if (Error e = del.run())
            return e;
    }
    Statement ins = m_db->prepare(
        "INSERT INTO role_demands (role_id, domain, depth) VALUES (?1, ?2, ?3)");
    for (const auto &[domain, depth] : role.domainDemands) {
        ins.bind(1, id).bind(2, domain).bind(3, depth);
        if (Error e = ins.run()) {
            e.where = fmt::format("role {} demand {}", role.title, domain);
            return e;
        }
    }
    return id;
}

// ---- candidates ------------------------------------------------------------------------------

Result<std::vector<Candidate>> SqliteStore::candidates(std::optional<Id> roleId)
{
    std::vector<Candidate> list;
    Statement s = m_db->prepare(
        roleId ? fmt::format("SELECT {} FROM candidates WHERE role_id = ?1 "
                             "ORDER BY name COLLATE NOCASE, id", candidateColumns)
               : fmt::format("SELECT {} FROM candidates ORDER BY name COLLATE NOCASE, id",
                             candidateColumns));
    if (roleId)
        s.bind(1, *roleId);
    if (Error e = forEachRow(s, [&](const Statement &row) { list.push_back(readCandidate(row)); }))
        return e;
    return list;
}

Result<Candidate> SqliteStore::candidate(Id id)
{
    Statement s = m_db->prepare(
        fmt::format("SELECT {} FROM candidates WHERE id = ?1", candidateColumns));
    s.bind(1, id);
    const Step r = s.step();
    if (r == Step::Failed)
        return s.error();
    if (r == Step::Done)
        return notFound("candidate", id);
    return readCandidate(s);
}

Result<Id> SqliteStore::saveCandidate(const Candidate &candidate)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    auto id = writeCandidate(candidate);
    if (!id)
        return id;
    if (Error e = tx.commit())
        return e;
    return id;
}

Result<Id> SqliteStore::writeCandidate(const Candidate &c)
{
    if (c.id == 0) {
        Statement s = m_db->prepare(
            "INSERT INTO candidates (name, email, role_id, status) VALUES (?1, ?2, ?3, ?4)");
        s.bind(1, c.name).bind(2, c.email).bind(3, c.roleId).bind(4, statusId(c.status));
        if (Error e = s.run()) {
            e.where = fmt::format("candidate {}", c.name);
            return e;
        }
        return m_db->lastInsertRowId();
    }
    Statement s = m_db->prepare("UPDATE candidates SET name = ?2, email = ?3, role_id = ?4, "
                                "status = ?5 WHERE id = ?1");
    s.bind(1, c.id).bind(2, c.name).bind(3, c.email).bind(4, c.roleId).bind(5, statusId(c.status));
    if (Error e = s.run())
        return e;
    if (m_db->changes() == 0)
        return notFound("candidate", c.id);
    return c.id;
}

// ---- interviews ------------------------------------------------------------------------------

Status SqliteStore::loadRegrets(const std::string &interviewFilter, Id filterValue,
                                std::map<Id, Interview *> &byId)
{
    std::map<Id, Regret *> regretById;
    Statement s = m_db->prepare(fmt::format(
        "SELECT r.id, r.interview_id, r.position, r.system, r.decision, r.why, r.instead, "
        "r.impact, r.level, r.domain, r.depth, r.level_chosen, r.depth_chosen FROM regrets r "
        "JOIN interviews i "
        "ON i.id = r.interview_id {} ORDER BY r.interview_id, r.position", interviewFilter));
    s.bind(1, filterValue);
    if (Error e = forEachRow(s, [&](const Statement &row) {
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
            r.levelChosen = row.columnInt(11) != 0;
            r.depthChosen = row.columnInt(12) != 0;
            it->second->regrets.push_back(std::move(r));
        }))
        return e;
    for (auto &[id, interview] : byId) {
        for (Regret &r : interview->regrets)
            regretById[r.id] = &r;
    }
    Statement l = m_db->prepare(fmt::format(
        "SELECT rl.regret_id, rl.layer FROM regret_layers rl JOIN regrets r ON r.id = rl.regret_id "
        "JOIN interviews i ON i.id = r.interview_id {}", interviewFilter));
    l.bind(1, filterValue);
    return forEachRow(l, [&](const Statement &row) {
        auto it = regretById.find(row.columnInt64(0));
        if (it != regretById.end())
            it->second->layers.insert(row.columnText(1));
    });
}

Status SqliteStore::loadTicks(const std::string &interviewFilter, Id filterValue,
                             std::map<Id, Interview *> &byId)
{
    Statement s = m_db->prepare(fmt::format("SELECT t.interview_id, t.probe FROM probe_ticks t "
                                            "JOIN interviews i ON i.id = t.interview_id {}",
                                            interviewFilter));
    s.bind(1, filterValue);
    return forEachRow(s, [&](const Statement &row) {
        auto it = byId.find(row.columnInt64(0));
        if (it != byId.end())
            it->second->probesTicked.insert(row.columnText(1));
    });
}

Status SqliteStore::loadNotes(const std::string &interviewFilter, Id filterValue,
                             std::map<Id, Interview *> &byId)
{
    Statement s = m_db->prepare(fmt::format(
        "SELECT n.id, n.interview_id, n.at_ms, n.stage, n.text, n.regret_id, n.quote FROM notes n "
        "JOIN interviews i ON i.id = n.interview_id {} ORDER BY n.interview_id, n.at_ms, n.id",
        interviewFilter));
    s.bind(1, filterValue);
    return forEachRow(s, [&](const Statement &row) {
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
        n.quote = row.columnInt(6) != 0;
        it->second->notes.push_back(std::move(n));
    });
}

Result<std::vector<Interview>> SqliteStore::interviews(Id candidateId)
{
    std::vector<Interview> list;
    Statement s = m_db->prepare(fmt::format("SELECT {} FROM interviews i WHERE i.candidate_id = ?1 "
                                            "ORDER BY i.started_at, i.id", interviewColumns));
    s.bind(1, candidateId);
    if (Error e = forEachRow(s, [&](const Statement &row) { list.push_back(readInterview(row)); }))
        return e;
    std::map<Id, Interview *> byId;
    for (Interview &i : list)
        byId[i.id] = &i;
    const std::string filter = "WHERE i.candidate_id = ?1";
    if (Error e = loadRegrets(filter, candidateId, byId))
        return e;
    if (Error e = loadNotes(filter, candidateId, byId))
        return e;
    if (Error e = loadTicks(filter, candidateId, byId))
        return e;
    return list;
}

Result<std::map<Id, std::vector<Interview>>> SqliteStore::interviewsForRole(Id roleId)
{
    std::map<Id, std::vector<Interview>> result;
    Statement s = m_db->prepare(fmt::format(
        "SELECT {} FROM interviews i JOIN candidates c ON c.id = i.candidate_id "
        "WHERE c.role_id = ?1 ORDER BY i.candidate_id, i.started_at, i.id", interviewColumns));
    s.bind(1, roleId);
    if (Error e = forEachRow(s, [&](const Statement &row) {
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
    if (Error e = loadRegrets("JOIN candidates c ON c.id = i.candidate_id WHERE c.role_id = ?1",
                              roleId, byId))
        return e;
    return result;
}

Result<Id> SqliteStore::addInterview(const Interview &interview)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    auto id = writeInterview(interview);
    if (!id)
        return id;
    if (Error e = tx.commit())
        return e;
    return id;
}

Result<Id> SqliteStore::writeInterview(const Interview &interview)
{
    Statement s = m_db->prepare(
        "INSERT INTO interviews (candidate_id, interviewer, started_at, submitted, stage, "
        "current_regret, pending_note, digest) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, interview.candidateId).bind(2, interview.interviewer)
        .bind(3, toMs(interview.startedAt)).bind(4, interview.submitted ? 1 : 0)
        .bind(5, interview.stage).bind(6, interview.currentRegret).bind(7, interview.pendingNote)
        .bind(8, std::string());
    if (Error e = s.run()) {
        e.where = fmt::format("interview of candidate {}", interview.candidateId);
        return e;
    }
    const Id interviewId = m_db->lastInsertRowId();

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

    Statement ns = m_db->prepare("INSERT INTO notes (interview_id, at_ms, stage, text, regret_id, "
                                 "quote) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Note &n : interview.notes) {
        ns.bind(1, interviewId).bind(2, n.atMs).bind(3, n.stage).bind(4, n.text).bind(6, n.quote ? 1 : 0);
        auto it = regretIds.find(n.regretId);
        if (n.regretId != 0 && it != regretIds.end())
            ns.bind(5, it->second);
        else
            ns.bindNull(5);
        if (Error e = ns.run())
            return e;
    }
    Statement ts = m_db->prepare("INSERT INTO probe_ticks (interview_id, probe) VALUES (?1, ?2)");
    for (const std::string &probe : interview.probesTicked) {
        ts.bind(1, interviewId).bind(2, probe);
        if (Error e = ts.run())
            return e;
    }
    if (interview.submitted) {
        // Sealed from the rows as stored (positions and links as the store reads them back).
        auto stored = this->interview(interviewId);
        if (!stored)
            return stored.error();
        Statement seal = m_db->prepare("UPDATE interviews SET digest = ?2 WHERE id = ?1");
        seal.bind(1, interviewId).bind(2, InterviewSeal::digest(*stored));
        if (Error e = seal.run())
            return e;
    }
    return interviewId;
}

Result<Id> SqliteStore::writeRegret(const Regret &r)
{
    if (r.depth < 0 || r.depth > Regret::MaxDepth)
        return Error{Error::Code::Invalid, fmt::format("regret {}", r.position), "depth outside 0-4"};
    Id id = r.id;
    if (id == 0) {
        Statement s = m_db->prepare(
            "INSERT INTO regrets (interview_id, position, system, decision, why, instead, impact, "
            "level, domain, depth, level_chosen, depth_chosen) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        s.bind(1, r.interviewId).bind(2, r.position).bind(3, r.system).bind(4, r.decision)
            .bind(5, r.why).bind(6, r.instead).bind(7, r.impact).bind(8, Regret::levelId(r.level))
            .bind(9, r.domain).bind(10, r.depth).bind(11, r.levelChosen ? 1 : 0)
            .bind(12, r.depthChosen ? 1 : 0);
        if (Error e = s.run())
            return e;
        id = m_db->lastInsertRowId();
    } else {
        Statement s = m_db->prepare(
            "UPDATE regrets SET position = ?2, system = ?3, decision = ?4, why = ?5, instead = ?6, "
            "impact = ?7, level = ?8, domain = ?9, depth = ?10, level_chosen = ?11, "
            "depth_chosen = ?12 WHERE id = ?1");
        s.bind(1, id).bind(2, r.position).bind(3, r.system).bind(4, r.decision).bind(5, r.why)
            .bind(6, r.instead).bind(7, r.impact).bind(8, Regret::levelId(r.level))
            .bind(9, r.domain).bind(10, r.depth).bind(11, r.levelChosen ? 1 : 0)
            .bind(12, r.depthChosen ? 1 : 0);
        if (Error e = s.run())
            return e;
        if (m_db->changes() == 0)
            return notFound("regret", id);
        Statement del = m_db->prepare("DELETE FROM regret_layers WHERE regret_id = ?1");
        del.bind(1, id);
        if (Error e = del.run())
            return e;
    }
    Statement ls = m_db->prepare("INSERT INTO regret_layers (regret_id, layer) VALUES (?1, ?2)");
    for (const std::string &layer : r.layers) {
        ls.bind(1, id).bind(2, layer);
        if (Error e = ls.run())
            return e;
    }
    return id;
}

// ---- the live interview ----------------------------------------------------------------------

Result<Interview> SqliteStore::interview(Id id)
{
    Statement s = m_db->prepare(
        fmt::format("SELECT {} FROM interviews i WHERE i.id = ?1", interviewColumns));
    s.bind(1, id);
    const Step r = s.step();
    if (r == Step::Failed)
        return s.error();
    if (r == Step::Done)
        return notFound("interview", id);
    Interview interview = readInterview(s);
    std::map<Id, Interview *> byId{{id, &interview}};
    const std::string filter = "WHERE i.id = ?1";
    if (Error e = loadRegrets(filter, id, byId))
        return e;
    if (Error e = loadNotes(filter, id, byId))
        return e;
    if (Error e = loadTicks(filter, id, byId))
        return e;
    return interview;
}

Result<std::optional<Id>> SqliteStore::openDraft(Id candidateId, const std::string &interviewer)
{
    Statement s = m_db->prepare("SELECT id FROM interviews WHERE candidate_id = ?1 AND "
                                "interviewer = ?2 AND submitted = 0 ORDER BY started_at DESC, "
                                "id DESC LIMIT 1");
    s.bind(1, candidateId).bind(2, interviewer);
    const Step r = s.step();
    if (r == Step::Failed)
        return s.error();
    return r == Step::Row ? std::optional<Id>(s.columnInt64(0)) : std::optional<Id>();
}

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

// ---- decisions -------------------------------------------------------------------------------

Result<std::vector<Decision>> SqliteStore::decisions(Id candidateId)
{
    std::vector<Decision> list;
    Statement s = m_db->prepare("SELECT id, candidate_id, outcome, rationale, recorded_by, "
                                "decided_at FROM decisions WHERE candidate_id = ?1 "
                                "ORDER BY decided_at, id");
    s.bind(1, candidateId);
    if (Error e = forEachRow(s, [&](const Statement &row) {
            Decision d;
            d.id = row.columnInt64(0);
            d.candidateId = row.columnInt64(1);
            d.outcome = Decision::outcomeFromId(row.columnText(2)).value_or(Decision::Outcome::Hold);
            d.rationale = row.columnText(3);
            d.recordedBy = row.columnText(4);
            d.decidedAt = fromMs(row.columnInt64(5));
            list.push_back(std::move(d));
        }))
        return e;
    return list;
}

Result<Id> SqliteStore::addDecision(const Decision &decision)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    auto id = writeDecision(decision);
    if (!id)
        return id;
    if (Error e = tx.commit())
        return e;
    return id;
}

Result<Id> SqliteStore::writeDecision(const Decision &d)
{
    Statement s = m_db->prepare("INSERT INTO decisions (candidate_id, outcome, rationale, "
                                "recorded_by, decided_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    s.bind(1, d.candidateId).bind(2, Decision::outcomeId(d.outcome)).bind(3, d.rationale)
        .bind(4, d.recordedBy).bind(5, toMs(d.decidedAt));
    if (Error e = s.run())
        return e;
    return m_db->lastInsertRowId();
}

// ---- the committee board --------------------------------------------------------------------

Status SqliteStore::requireRow(std::string_view table, std::string_view what, Id id)
{
    Statement s = m_db->prepare(fmt::format("SELECT 1 FROM {} WHERE id = ?1", table));
    s.bind(1, id);
    const Step r = s.step();
    if (r == Step::Failed)
        return s.error();
    if (r == Step::Done)
        return notFound(what, id);
    return {};
}

Result<std::vector<PlacementOverride>> SqliteStore::placementOverrides(Id candidateId)
{
    std::vector<PlacementOverride> list;
    Statement s = m_db->prepare("SELECT id, candidate_id, breadth, depth, reason, recorded_by, "
                                "recorded_at FROM placement_overrides WHERE candidate_id = ?1 "
                                "ORDER BY recorded_at, id");
    s.bind(1, candidateId);
    if (Error e = forEachRow(s, [&](const Statement &row) {
            PlacementOverride o;
            o.id = row.columnInt64(0);
            o.candidateId = row.columnInt64(1);
            o.breadth = row.columnDouble(2);
            o.depth = row.columnDouble(3);
            o.reason = row.columnText(4);
            o.recordedBy = row.columnText(5);
            o.recordedAt = fromMs(row.columnInt64(6));
            list.push_back(std::move(o));
        }))
        return e;
    return list;
}

Result<Id> SqliteStore::addPlacementOverride(const PlacementOverride &entry)
{
    const std::string where = fmt::format("placement override of candidate {}", entry.candidateId);
    if (isBlank(entry.reason))
        return Error{Error::Code::Invalid, where, "empty reason"};
    if (!isFigure(entry.breadth) || !isFigure(entry.depth))
        return Error{Error::Code::Invalid, where, "breadth or depth outside 0-10"};
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    if (Error e = requireRow("candidates", "candidate", entry.candidateId))
        return e;
    Statement s = m_db->prepare("INSERT INTO placement_overrides (candidate_id, breadth, depth, "
                                "reason, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, entry.candidateId).bind(2, entry.breadth).bind(3, entry.depth).bind(4, entry.reason)
        .bind(5, entry.recordedBy).bind(6, toMs(entry.recordedAt));
    if (Error e = s.run())
        return e;
    const Id id = m_db->lastInsertRowId();
    if (Error e = tx.commit())
        return e;
    return id;
}

Result<std::vector<TeamMember>> SqliteStore::teamMembers(Id roleId)
{
    std::vector<TeamMember> list;
    Statement s = m_db->prepare("SELECT id, role_id, name, breadth, depth FROM team_members "
                                "WHERE role_id = ?1 ORDER BY name COLLATE NOCASE, id");
    s.bind(1, roleId);
    if (Error e = forEachRow(s, [&](const Statement &row) {
            list.push_back({row.columnInt64(0), row.columnInt64(1), row.columnText(2),
                            row.columnDouble(3), row.columnDouble(4)});
        }))
        return e;
    return list;
}

Result<Id> SqliteStore::saveTeamMember(const TeamMember &member)
{
    const std::string where = fmt::format("team member {} of role {}", member.name, member.roleId);
    if (isBlank(member.name))
        return Error{Error::Code::Invalid, where, "empty name"};
    if (!isFigure(member.breadth) || !isFigure(member.depth))
        return Error{Error::Code::Invalid, where, "breadth or depth outside 0-10"};
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    // Checked here rather than left to the foreign key, which would only say Constraint.
    if (Error e = requireRow("roles", "role", member.roleId))
        return e;
    Id id = member.id;
    if (id == 0) {
        Statement s = m_db->prepare(
            "INSERT INTO team_members (role_id, name, breadth, depth) VALUES (?1, ?2, ?3, ?4)");
        s.bind(1, member.roleId).bind(2, member.name).bind(3, member.breadth).bind(4, member.depth);
        if (Error e = s.run())
            return e;
        id = m_db->lastInsertRowId();
    } else {
        Statement s = m_db->prepare("UPDATE team_members SET role_id = ?2, name = ?3, breadth = ?4, "
                                    "depth = ?5 WHERE id = ?1");
        s.bind(1, id).bind(2, member.roleId).bind(3, member.name).bind(4, member.breadth)
            .bind(5, member.depth);
        if (Error e = s.run())
            return e;
        if (m_db->changes() == 0)
            return notFound("team member", id);
    }
    if (Error e = tx.commit())
        return e;
    return id;
}

Status SqliteStore::deleteTeamMember(Id memberId)
{
    Transaction tx(*m_db);
    if (tx.beginError())
        return tx.beginError();
    Statement s = m_db->prepare("DELETE FROM team_members WHERE id = ?1");
    s.bind(1, memberId);
    if (Error e = s.run())
        return e;
    if (m_db->changes() == 0)
        return notFound("team member", memberId);
    return tx.commit();
}

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

// ---- changes by other connections ------------------------------------------------------------

Result<std::int64_t> SqliteStore::dataVersion()
{
    Error error;
    Statement st = m_db->prepare("PRAGMA data_version", &error);
    if (!st.isValid())
        return error;
    if (st.step() != Statement::StepResult::Row)
        return st.error() ? st.error() : m_db->lastError("PRAGMA data_version");
    return st.columnInt64(0);
}

Result<std::vector<Change>> SqliteStore::pollExternalChanges()
{
    auto version = dataVersion();
    if (!version)
        return version.error();
    std::vector<Change> changes;
    if (*version == m_dataVersion)
        return changes;
    m_dataVersion = *version;
    // Another connection committed; without a log of what it wrote, anything may have changed.
    changes.push_back(Change{Change::Kind::Dataset, 0});
    for (const Change &change : changes)
        announce(change);
    return changes;
}

} // namespace hindsight::core
