#pragma once

#include "core/error.h"
#include "core/storage/postgres/pgparams.h"
#include "core/storage/postgres/pgresult.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace hindsight::core::postgres {

class PgConnection;

// One statement with its parameters, read the way core/storage/sqlite/Statement is read, so the
// two stores' code has the same shape: bind() by 1-based index ($1 ...), step() through the rows,
// column() by 0-based index. The statement runs (PQexecParams) at the first step() or run(); the
// whole result is then held by a PgResult.
//  - step() returns Row while a row is available, Done at the end, Failed with error() set.
//  - run() executes a statement whose rows are not wanted and returns the Error (empty on success);
//    affected() then says how many rows it changed.
//  - reset() lets it run again with new bindings.
class PgStatement
{
public:
    enum class StepResult { Row, Done, Failed };

    PgStatement(PgConnection *connection, std::string sql);

    PgStatement &bind(int index, std::int64_t value);
    PgStatement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    PgStatement &bind(int index, double value);
    PgStatement &bind(int index, bool value);
    PgStatement &bind(int index, std::string_view value);
    PgStatement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    PgStatement &bind(int index, const std::string &value)
    {
        return bind(index, std::string_view(value));
    }
    PgStatement &bindNull(int index);

    StepResult step();
    Error run();
    void reset();
    std::int64_t affected() const { return m_result.affected(); }

    std::int64_t columnInt64(int index) const { return m_result.int64(m_row, index); }
    int columnInt(int index) const { return int(columnInt64(index)); }
    double columnDouble(int index) const { return m_result.real(m_row, index); }
    std::string columnText(int index) const { return m_result.text(m_row, index); }
    bool columnBool(int index) const { return m_result.boolean(m_row, index); }
    bool columnIsNull(int index) const { return m_result.isNull(m_row, index); }

    const Error &error() const { return m_error; }
    const std::string &sql() const { return m_sql; }

private:
    Error execute();

    PgConnection *m_connection = nullptr;
    std::string m_sql;
    PgParams m_params;
    PgResult m_result;
    bool m_executed = false;
    int m_row = -1;
    Error m_error;
};

} // namespace hindsight::core::postgres
