#include "core/storage/postgres/pgresult.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <utility>

namespace hindsight::core::postgres {

PgResult::PgResult(PGresult *result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

std::int64_t PgResult::affected() const
{
    const char *count = m_result ? PQcmdTuples(m_result) : "";
    std::int64_t value = 0;
    std::from_chars(count, count + std::char_traits<char>::length(count), value);
    return value;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column) == 1;
}

std::string PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return std::string(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

std::int64_t PgResult::int64(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    const char *value = PQgetvalue(m_result, row, column);
    // A boolean reads as 1 or 0, as SQLite stores them, so both stores share their row readers.
    if (value[0] == 't' && value[1] == '\0')
        return 1;
    std::int64_t number = 0;
    std::from_chars(value, value + PQgetlength(m_result, row, column), number);
    return number;
}

double PgResult::real(int row, int column) const
{
    if (isNull(row, column))
        return 0.0;
    // strtod follows the C locale, which a Qt application may have changed: from_chars does not.
    const char *value = PQgetvalue(m_result, row, column);
    double number = 0.0;
    std::from_chars(value, value + PQgetlength(m_result, row, column), number);
    return number;
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result, row, column)[0] == 't';
}

} // namespace hindsight::core::postgres
