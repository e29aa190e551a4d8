#include "core/storage/postgres/pgstatement.h"

#include "core/storage/postgres/pgconnection.h"

#include <fmt/format.h>

#include <utility>

namespace hindsight::core::postgres {

PgStatement::PgStatement(PgConnection *connection, std::string sql)
    : m_connection(connection)
    , m_sql(std::move(sql))
{
}

PgStatement &PgStatement::bind(int index, std::int64_t value)
{
    m_params.set(index, std::to_string(value));
    return *this;
}

PgStatement &PgStatement::bind(int index, double value)
{
    m_params.set(index, fmt::format("{}", value));
    return *this;
}

PgStatement &PgStatement::bind(int index, bool value)
{
    m_params.set(index, std::string(value ? "true" : "false"));
    return *this;
}

PgStatement &PgStatement::bind(int index, std::string_view value)
{
    m_params.set(index, std::string(value));
    return *this;
}

PgStatement &PgStatement::bindNull(int index)
{
    m_params.set(index, std::nullopt);
    return *this;
}

Error PgStatement::execute()
{
    m_executed = true;
    m_row = -1;
    auto result = m_connection->exec(m_sql, m_params, "running a query");
    if (!result) {
        m_error = result.error();
        m_result = PgResult();
        return m_error;
    }
    m_error = {};
    m_result = std::move(*result);
    return {};
}

PgStatement::StepResult PgStatement::step()
{
    if (!m_executed && execute())
        return StepResult::Failed;
    if (m_error)
        return StepResult::Failed;
    if (m_row + 1 < m_result.rows()) {
        ++m_row;
        return StepResult::Row;
    }
    return StepResult::Done;
}

Error PgStatement::run()
{
    Error e = execute();
    m_executed = false; // bindings stay; the next run executes again
    return e;
}

void PgStatement::reset()
{
    m_executed = false;
    m_row = -1;
    m_error = {};
}

} // namespace hindsight::core::postgres
