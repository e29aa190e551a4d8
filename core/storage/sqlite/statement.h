#pragma once

#include "core/error.h"

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hindsight::core {

// A prepared SQLite statement. RAII and move-only.
// Contracts:
//  - bind() indices are 1-based, as in SQLite; text is bound as UTF-8 and copied by SQLite.
//  - column() indices are 0-based, as in SQLite, and only meaningful after step() returned Row.
//  - step() returns Row while a row is available, Done at the end; on failure it returns Failed
//    and error() says why: SQLite's message, with the statement's SQL in `where`.
//  - A statement whose prepare failed is invalid and keeps that failure: bind() does nothing,
//    step() returns Failed and run() returns the prepare's error, so a caller that checks only
//    the step still reports which query failed and why. A failed bind() is reported the same way
//    by the next step() or run().
//  - reset() makes the statement reusable with new bindings.
class Statement
{
public:
    enum class StepResult { Row, Done, Failed };

    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, std::string sql);
    // An invalid statement that remembers why it could not be prepared.
    explicit Statement(Error prepareError);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const std::string &value)
    {
        return bind(index, std::string_view(value));
    }
    Statement &bindNull(int index);

    StepResult step();
    // Runs a statement that returns no rows, then resets it (bindings stay) for another run; the
    // returned Error is empty on success.
    Error run();
    void reset();

    std::int64_t columnInt64(int index) const;
    int columnInt(int index) const { return int(columnInt64(index)); }
    double columnDouble(int index) const;
    std::string columnText(int index) const;
    bool columnIsNull(int index) const;

    const Error &error() const { return m_error; }
    const std::string &sql() const { return m_sql; }

private:
    Error sqliteError() const;
    void noteBind(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::string m_sql;
    Error m_error;
    Error m_bindError; // the first bind that failed since the last run() or reset()
};

// Maps a SQLite result code to our error codes.
Error::Code errorCodeFromSqlite(int rc);

} // namespace hindsight::core
