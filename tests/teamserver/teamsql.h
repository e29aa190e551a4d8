#pragma once

// Raw SQL on the team server for the row-level security tests: they go around PostgresStore on
// purpose, as a colleague with psql and their own password would.

#include "core/ids.h"
#include "core/result.h"
#include "core/storage/postgres/pgconnection.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace hindsight::test {

// One interview's rows, as written by its author: a role and a candidate, and a draft with one of
// each kind of content (a regret, a regret layer, a note on the regret, a probe tick, a stage
// time, and session state in the interview row).
struct DraftRows
{
    core::Id role = 0;
    core::Id candidate = 0;
    core::Id interview = 0;
    core::Id regret = 0;
    core::Id note = 0;
    core::Id tick = 0;
    std::string interviewUuid;

    static core::Result<DraftRows> insert(core::postgres::PgConnection &author);
};

// Names the schema hindsight for the unqualified table names in the tests' SQL.
core::Status useTeamSchema(core::postgres::PgConnection &connection);

// The first column of the first row, as an integer (a count); an Error when there is none.
core::Result<std::int64_t> scalar(core::postgres::PgConnection &connection, std::string_view sql,
                                  const core::postgres::PgParams &params = {});

// A new random UUID as text, from the server (gen_random_uuid), so the tests need no generator.
std::string newUuid(core::postgres::PgConnection &connection);

} // namespace hindsight::test
