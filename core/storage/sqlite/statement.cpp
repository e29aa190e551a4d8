#include "core/storage/sqlite/statement.h"

#include <sqlite3.h>

#include <utility>

namespace hindsight::core {

namespace {

// The file a connection has open: what a failed statement is about, for the person reading it.
std::string fileOf(sqlite3 *db)
{
    const char *name = db ? sqlite3_db_filename(db, "main") : nullptr;
    return name ? name : std::string();
}

} // namespace

Error::Code errorCodeFromSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE: return Error::Code::None;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error::Code::Busy;
    case SQLITE_FULL:
    case SQLITE_IOERR: return Error::Code::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM: return Error::Code::ReadOnly;
    case SQLITE_CANTOPEN: return Error::Code::CannotOpen;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return Error::Code::NotADatabase;
    case SQLITE_CONSTRAINT: return Error::Code::Constraint;
    default: return Error::Code::Internal;
    }
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, std::string sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
{
}

Statement::Statement(Error prepareError)
    : m_sql(prepareError.query)
    , m_error(std::move(prepareError))
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_error(std::move(other.m_error))
    , m_bindError(std::move(other.m_bindError))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Error Statement::sqliteError() const
{
    return Error{errorCodeFromSqlite(sqlite3_extended_errcode(m_db)), fileOf(m_db),
                 sqlite3_errmsg(m_db), m_sql};
}

void Statement::noteBind(int rc)
{
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = Error{errorCodeFromSqlite(rc), fileOf(m_db), sqlite3_errstr(rc), m_sql};
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        noteBind(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    if (m_stmt) {
        noteBind(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                     SQLITE_UTF8));
    }
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        noteBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement::StepResult Statement::step()
{
    if (!m_stmt) {
        // The prepare's error, kept since construction; a default-constructed statement has none.
        if (!m_error)
            m_error = Error{Error::Code::Internal, {}, "statement was never prepared", m_sql};
        return StepResult::Failed;
    }
    if (m_bindError) {
        m_error = m_bindError;
        return StepResult::Failed;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return StepResult::Row;
    if (rc == SQLITE_DONE)
        return StepResult::Done;
    m_error = sqliteError();
    return StepResult::Failed;
}

Error Statement::run()
{
    const StepResult r = step();
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        m_bindError = {};
    }
    if (r == StepResult::Failed)
        return m_error;
    return {};
}

void Statement::reset()
{
    if (!m_stmt)
        return; // keeps the prepare's error
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error = {};
    m_bindError = {};
}

std::int64_t Statement::columnInt64(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

double Statement::columnDouble(int index) const
{
    return sqlite3_column_double(m_stmt, index);
}

std::string Statement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    if (!text)
        return {};
    return std::string(text, std::size_t(sqlite3_column_bytes(m_stmt, index)));
}

bool Statement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

} // namespace hindsight::core
