#pragma once

#include "core/error.h"

#include <string>
#include <string_view>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace hindsight::core::postgres {

// Maps a SQLSTATE (five characters) to our error codes: class 08 (connection) is Offline, 42501
// (insufficient privilege, a row-level security policy) Forbidden, class 23 (integrity) Constraint,
// 40001/40P01/55P03 (serialisation, deadlock, lock) Busy, 53100 (disk full) DiskFull.
Error::Code errorCodeFromSqlState(std::string_view sqlState);

// The error of a failed command, naming `operation` (what we were doing, never user text) in
// `where`, "SQLSTATE xxxxx: <server message>" in `detail` and the statement in `query`. A null
// result (out of memory, or the connection broke before an answer) is read off the connection.
Error errorFromResult(PGconn *conn, const PGresult *result, std::string_view operation,
                      std::string query = {});

// The error of a connection that failed or was lost: Offline, with libpq's message.
Error errorFromConnection(PGconn *conn, std::string_view operation);

} // namespace hindsight::core::postgres
