#include "core/storage/sqlite/candidaterows.h"

#include "core/storage/change.h"
#include "core/storage/sqlite/database.h"
#include "core/storage/sqlite/rows.h"

namespace hindsight::core {

using namespace sqlite;

namespace {

// The candidate's interviews, every version and draft: ?1 is the candidate.
constexpr std::string_view interviewsOf = "SELECT id FROM interviews WHERE candidate_id = ?1";

struct Deletion
{
    std::string_view table;
    std::string_view sql; // ?1 the candidate; ?2-?6 the change kinds below, where used
};

// Children before parents, so the foreign keys never see a dangling row; the tables an older
// schema lacks are skipped.
const Deletion deletions[] = {
    {"change_log",
     "DELETE FROM change_log WHERE (kind IN (?2, ?3, ?4) AND entity = ?1) OR (kind IN (?5, ?6) "
     "AND entity IN (SELECT id FROM interviews WHERE candidate_id = ?1))"},
    {"regret_layers",
     "DELETE FROM regret_layers WHERE regret_id IN (SELECT r.id FROM regrets r JOIN interviews i "
     "ON i.id = r.interview_id WHERE i.candidate_id = ?1)"},
    {"probe_ticks", "DELETE FROM probe_ticks WHERE interview_id IN (SELECT id FROM interviews WHERE "
                    "candidate_id = ?1)"},
    {"stage_times", "DELETE FROM stage_times WHERE interview_id IN (SELECT id FROM interviews WHERE "
                    "candidate_id = ?1)"},
    {"notes",
     "DELETE FROM notes WHERE interview_id IN (SELECT id FROM interviews WHERE candidate_id = "
     "?1)"},
    {"regrets",
     "DELETE FROM regrets WHERE interview_id IN (SELECT id FROM interviews WHERE candidate_id = "
     "?1)"},
    {"interviews", "DELETE FROM interviews WHERE candidate_id = ?1"},
    {"decisions", "DELETE FROM decisions WHERE candidate_id = ?1"},
    {"placement_overrides", "DELETE FROM placement_overrides WHERE candidate_id = ?1"},
    // A merge record names the candidate who went into this one: the same person.
    {"candidate_merges", "DELETE FROM candidate_merges WHERE candidate_id = ?1"},
    {"candidates", "DELETE FROM candidates WHERE id = ?1"},
};

} // namespace

CandidateHoldings &CandidateHoldings::operator+=(const CandidateHoldings &other)
{
    interviews += other.interviews;
    drafts += other.drafts;
    regrets += other.regrets;
    notes += other.notes;
    decisions += other.decisions;
    overrides += other.overrides;
    return *this;
}

const std::vector<std::string_view> &CandidateRows::erasedTables()
{
    static const std::vector<std::string_view> tables = [] {
        std::vector<std::string_view> list;
        for (const Deletion &d : deletions)
            list.push_back(d.table);
        return list;
    }();
    return tables;
}

const std::vector<std::string_view> &CandidateRows::otherTables()
{
    static const std::vector<std::string_view> tables = {"taxonomy", "roles", "role_demands",
                                                         "team_members", "sqlite_sequence"};
    return tables;
}

Result<bool> CandidateRows::hasTable(std::string_view table)
{
    Statement s = m_db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                               "name = ?1");
    s.bind(1, table);
    auto n = readInt(s);
    if (!n)
        return n.error();
    return *n > 0;
}

Result<CandidateHoldings> CandidateRows::count(Id candidateId)
{
    CandidateHoldings held;
    auto countOf = [&](std::string_view sql, int &into) -> Status {
        Statement s = m_db.prepare(sql);
        s.bind(1, candidateId);
        auto n = readInt(s);
        if (!n)
            return n.error();
        into = int(*n);
        return {};
    };
    if (Error e = countOf("SELECT count(*) FROM interviews WHERE candidate_id = ?1", held.interviews))
        return e;
    if (Error e = countOf("SELECT count(*) FROM interviews WHERE candidate_id = ?1 AND "
                          "submitted = 0",
                          held.drafts))
        return e;
    if (Error e = countOf(fmt::format("SELECT count(*) FROM regrets WHERE interview_id IN ({})",
                                      interviewsOf),
                          held.regrets))
        return e;
    if (Error e = countOf(fmt::format("SELECT count(*) FROM notes WHERE interview_id IN ({})",
                                      interviewsOf),
                          held.notes))
        return e;
    if (Error e = countOf("SELECT count(*) FROM decisions WHERE candidate_id = ?1", held.decisions))
        return e;
    auto overrides = hasTable("placement_overrides");
    if (!overrides)
        return overrides.error();
    if (*overrides) {
        if (Error e = countOf("SELECT count(*) FROM placement_overrides WHERE candidate_id = ?1",
                              held.overrides))
            return e;
    }
    return held;
}

Result<std::vector<Id>> CandidateRows::matching(const Candidate &who)
{
    std::vector<Id> ids;
    Statement s = m_db.prepare(
        "SELECT id FROM candidates WHERE (id = ?1 AND (name = ?2 OR (?3 <> '' AND lower(email) = "
        "lower(?3)))) OR (name = ?2 AND ?3 <> '' AND lower(email) = lower(?3)) ORDER BY id");
    s.bind(1, who.id).bind(2, who.name).bind(3, who.email);
    if (Error e = forEachRow(s, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); }))
        return e;
    return ids;
}

Status CandidateRows::erase(const std::vector<Id> &candidateIds)
{
    std::vector<const Deletion *> present;
    for (const Deletion &d : deletions) {
        auto has = hasTable(d.table);
        if (!has)
            return has.error();
        if (*has)
            present.push_back(&d);
    }
    for (const Id id : candidateIds) {
        for (const Deletion *d : present) {
            Statement s = m_db.prepare(d->sql);
            s.bind(1, id);
            if (d->table == "change_log") {
                s.bind(2, int(Change::Kind::Candidate))
                    .bind(3, int(Change::Kind::Decision))
                    .bind(4, int(Change::Kind::PlacementOverride))
                    .bind(5, int(Change::Kind::Interview))
                    .bind(6, int(Change::Kind::DraftContent));
            }
            if (Error e = s.run())
                return concerning(e, fmt::format("candidate {}", id));
            if (d->table == "candidates" && m_db.changes() == 0)
                return notFound("candidate", id);
        }
    }
    return {};
}

} // namespace hindsight::core
