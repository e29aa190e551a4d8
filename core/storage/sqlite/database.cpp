#include "core/storage/sqlite/database.h"

#include "core/storage/sqlite/integritycheck.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace hindsight::core {

namespace {

// SQLite creates files with 0644 less the umask; interview notes are personal data, so the file
// is created first, owner-only, and SQLite opens the empty file as a new database.
Error createPrivateFile(const std::string &path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) == 0)
        return {};
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return {};
        const auto code = (errno == EACCES || errno == EROFS || errno == EPERM)
                              ? Error::Code::ReadOnly
                              : (errno == ENOSPC ? Error::Code::DiskFull : Error::Code::CannotOpen);
        return Error{code, path, std::strerror(errno)};
    }
    ::close(fd);
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const std::string &path, OpenMode mode)
{
    if (mode == OpenMode::ReadWriteCreate && path != ":memory:") {
        if (Error e = createPrivateFile(path))
            return e;
    }
    sqlite3 *db = nullptr;
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    std::string name = path;
    // A file we may not write is read without creating a -wal or -shm: SQLite would give them the
    // file's own mode (0400), and they would keep the database unwritable after a chmod 0600.
    const bool readOnly = path != ":memory:" && ::access(path.c_str(), W_OK) != 0 && errno != ENOENT;
    if (readOnly) {
        struct stat wal
        {
        };
        const bool logToRead = ::stat((path + "-wal").c_str(), &wal) == 0 && wal.st_size > 0;
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
        name = IntegrityCheck::uri(path, logToRead ? "mode=ro" : "mode=ro&immutable=1");
    }
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e{errorCodeFromSqlite(rc), path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)};
        if (e.code == Error::Code::Internal)
            e.code = Error::Code::CannotOpen;
        sqlite3_close(db);
        return e;
    }
    sqlite3_extended_result_codes(db, 1);
    std::unique_ptr<Database> database(new Database(db, path));

    // busy_timeout first so that the WAL switch waits for another writer instead of failing. A
    // read-only file, and one opened to be kept as it is (a backup), keeps its journal mode.
    const bool keepJournal = readOnly || mode == OpenMode::ReadWriteAsIs
                             || mode == OpenMode::ReadOnly;
    const std::string pragmas = std::string("PRAGMA busy_timeout=5000;")
                                + (keepJournal ? "" : "PRAGMA journal_mode=WAL;")
                                + "PRAGMA synchronous=FULL;"
                                  "PRAGMA foreign_keys=ON;"
                                  "PRAGMA secure_delete=ON;"
                                  "PRAGMA trusted_schema=OFF;";
    if (Error e = database->exec(pragmas)) {
        e.where = path;
        return e;
    }
    // journal_mode=WAL does not fail on a file that is not a database until it is read.
    Statement check = database->prepare("SELECT count(*) FROM sqlite_schema");
    if (!check.isValid() || check.step() != Statement::StepResult::Row) {
        Error e = database->lastError(path);
        if (e.code == Error::Code::Internal || e.code == Error::Code::None)
            e.code = Error::Code::NotADatabase;
        return e;
    }
    return database;
}

Database::Database(sqlite3 *db, std::string path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    // Statements are owned by their users and finalized before the connection goes away;
    // sqlite3_close_v2 defers the close until then should one still be alive.
    sqlite3_close_v2(m_db);
}

Statement Database::prepare(std::string_view sql, Error *error)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        // Named by its file, with SQLite's own message ("no such table: ...") and the SQL kept for
        // a developer: a caller that only steps the invalid statement still reports what failed.
        Error e = lastError(m_path);
        e.query = std::string(sql);
        if (error)
            *error = e;
        return Statement(std::move(e));
    }
    return Statement(m_db, stmt, std::string(sql));
}

Error Database::exec(const std::string &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error e{errorCodeFromSqlite(sqlite3_extended_errcode(m_db)), m_path,
            message ? message : sqlite3_errstr(rc), sql};
    sqlite3_free(message);
    return e;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::truncateWal()
{
    // A reader of an older snapshot keeps the log in use; the checkpoint waits for it through
    // the busy handler. Shorter waits, retried, so a reader that lets go soon is not waited on
    // for the whole busy_timeout, and one that does not is reported after about five seconds.
    constexpr int attempts = 5;
    sqlite3_busy_timeout(m_db, 1000);
    int rc = SQLITE_OK;
    int logFrames = -1;
    for (int i = 0; i < attempts; ++i) {
        int checkpointed = -1;
        logFrames = -1;
        rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames,
                                       &checkpointed);
        if (rc == SQLITE_OK && logFrames <= 0)
            break;
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(200);
    }
    sqlite3_busy_timeout(m_db, 5000);
    if (rc == SQLITE_OK && logFrames <= 0)
        return {};
    if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        return Error{Error::Code::Busy, m_path + "-wal",
                     "another connection is reading the database, so its write-ahead log could "
                     "not be emptied"};
    }
    return lastError(m_path + "-wal");
}

int Database::userVersion()
{
    Statement s = prepare("PRAGMA user_version");
    if (s.isValid() && s.step() == Statement::StepResult::Row)
        return s.columnInt(0);
    return -1;
}

Error Database::lastError(std::string where) const
{
    return Error{errorCodeFromSqlite(sqlite3_extended_errcode(m_db)), std::move(where),
                 sqlite3_errmsg(m_db)};
}

} // namespace hindsight::core
