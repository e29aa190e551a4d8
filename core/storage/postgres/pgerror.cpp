#include "core/storage/postgres/pgerror.h"

#include <fmt/format.h>
#include <libpq-fe.h>

namespace hindsight::core::postgres {

namespace {

// libpq's messages end with a newline (and sometimes carry DETAIL lines): one line is enough.
std::string firstLine(const char *message)
{
    std::string text = message ? message : "";
    if (const auto end = text.find('\n'); end != std::string::npos)
        text.resize(end);
    return text;
}

} // namespace

Error::Code errorCodeFromSqlState(std::string_view state)
{
    if (state.size() != 5)
        return Error::Code::Internal;
    if (state.starts_with("08") || state == "57P01" || state == "57P02" || state == "57P03")
        return Error::Code::Offline;
    if (state == "42501")
        return Error::Code::Forbidden;
    if (state.starts_with("23"))
        return Error::Code::Constraint;
    if (state == "40001" || state == "40P01" || state == "55P03")
        return Error::Code::Busy;
    if (state == "53100")
        return Error::Code::DiskFull;
    if (state == "22P02" || state == "22003" || state == "22001")
        return Error::Code::Invalid;
    return Error::Code::Internal;
}

Error errorFromResult(PGconn *conn, const PGresult *result, std::string_view operation,
                      std::string query)
{
    if (!result || !conn || PQstatus(conn) == CONNECTION_BAD) {
        Error e = errorFromConnection(conn, operation);
        e.query = std::move(query);
        return e;
    }
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const std::string sqlState = state ? state : "";
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    const std::string message = primary ? primary : firstLine(PQresultErrorMessage(result));
    return Error{errorCodeFromSqlState(sqlState), std::string(operation),
                 sqlState.empty() ? message : fmt::format("SQLSTATE {}: {}", sqlState, message),
                 std::move(query)};
}

Error errorFromConnection(PGconn *conn, std::string_view operation)
{
    return Error{Error::Code::Offline, std::string(operation),
                 conn ? firstLine(PQerrorMessage(conn)) : "out of memory"};
}

} // namespace hindsight::core::postgres
