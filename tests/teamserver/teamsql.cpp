#include "tests/teamserver/teamsql.h"

namespace hindsight::test {

using core::postgres::PgConnection;
using core::postgres::PgParams;

core::Status useTeamSchema(PgConnection &connection)
{
    return connection.execScript("SET search_path TO hindsight", "naming the team schema");
}

core::Result<std::int64_t> scalar(PgConnection &connection, std::string_view sql,
                                  const PgParams &params)
{
    auto result = connection.exec(sql, params, "a test's query");
    if (!result)
        return result.error();
    if (result->rows() < 1 || result->columns() < 1 || result->isNull(0, 0))
        return core::Error{core::Error::Code::NotFound, "a test's query", std::string(sql)};
    return result->int64(0, 0);
}

std::string newUuid(PgConnection &connection)
{
    auto result = connection.exec("SELECT gen_random_uuid()::text", "making a UUID");
    return result && result->rows() == 1 ? result->text(0, 0) : std::string();
}

core::Result<DraftRows> DraftRows::insert(PgConnection &author)
{
    DraftRows rows;
    auto id = [&](std::string_view sql, const PgParams &params) {
        return scalar(author, sql, params);
    };

    auto role = id("INSERT INTO roles (uuid, title, breadth_demand) VALUES ($1, $2, 6.5) "
                   "RETURNING id",
                   PgParams().add(newUuid(author)).add("Payments backend"));
    if (!role)
        return role.error();
    rows.role = *role;
    auto candidate = id("INSERT INTO candidates (uuid, name, email, role_id) "
                        "VALUES ($1, 'Kai Kim', 'kai@example.org', $2) RETURNING id",
                        PgParams().add(newUuid(author)).add(rows.role));
    if (!candidate)
        return candidate.error();
    rows.candidate = *candidate;
    rows.interviewUuid = newUuid(author);
    auto interview = id("INSERT INTO interviews (uuid, candidate_id, interviewer, started_at, "
                        "stage, current_regret, pending_note) "
                        "VALUES ($1, $2, 'Alice Archer', 1795000000000, 'decision', 1, "
                        "'half a sentence') RETURNING id",
                        PgParams().add(rows.interviewUuid).add(rows.candidate));
    if (!interview)
        return interview.error();
    rows.interview = *interview;
    auto regret = id("INSERT INTO regrets (uuid, interview_id, position, system, decision, why, "
                     "level, domain, depth) VALUES ($1, $2, 0, 'ledger', 'hand-rolled replay', "
                     "'secret reasoning', 'domain', 'payments', 3) RETURNING id",
                     PgParams().add(newUuid(author)).add(rows.interview));
    if (!regret)
        return regret.error();
    rows.regret = *regret;
    auto layer = author.exec("INSERT INTO regret_layers (regret_id, layer) VALUES ($1, 'queuing')",
                             PgParams().add(rows.regret), "adding a regret layer");
    if (!layer)
        return layer.error();
    auto note = id("INSERT INTO notes (uuid, interview_id, at_ms, stage, text, regret_id) "
                   "VALUES ($1, $2, 1500, 'decision', 'the draft note', $3) RETURNING id",
                   PgParams().add(newUuid(author)).add(rows.interview).add(rows.regret));
    if (!note)
        return note.error();
    rows.note = *note;
    auto tick = id("INSERT INTO probe_ticks (interview_id, regret_id, probe, ticked_at) "
                   "VALUES ($1, $2, 'scale', 1795000001000) RETURNING id",
                   PgParams().add(rows.interview).add(rows.regret));
    if (!tick)
        return tick.error();
    rows.tick = *tick;
    auto times = author.exec("INSERT INTO stage_times (interview_id, stage, ms) "
                             "VALUES ($1, 'system', 60000)",
                             PgParams().add(rows.interview), "adding a stage time");
    if (!times)
        return times.error();
    return rows;
}

} // namespace hindsight::test
