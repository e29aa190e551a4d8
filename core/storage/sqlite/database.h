#pragma once

#include "core/result.h"
#include "core/storage/sqlite/statement.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace hindsight::core {

// An open SQLite connection with the pragmas DESIGN.md requires, set explicitly on every open:
// WAL, synchronous=FULL, foreign_keys, busy_timeout=5000, secure_delete, trusted_schema=OFF.
// A new file is created with mode 0600 (the -wal and -shm files inherit it).
class Database final
{
public:
    enum class OpenMode {
        ReadWriteCreate,
        ReadWrite,
        // An existing file whose journal mode must stay as it is (a backup, which is a
        // self-contained rollback-journal file): the other pragmas are set, journal_mode is not.
        ReadWriteAsIs,
        // An existing file, read only: nothing is written to it and, in rollback-journal mode,
        // no file is created beside it.
        ReadOnly,
    };

    static Result<std::unique_ptr<Database>> open(const std::string &path,
                                                  OpenMode mode = OpenMode::ReadWriteCreate);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Prepares one statement. On failure the returned Statement is invalid and carries the error
    // (the SQL in `where`, SQLite's message in `detail`), also copied to *error when given.
    Statement prepare(std::string_view sql, Error *error = nullptr);
    // Runs one or more statements without results (schema, pragmas).
    Error exec(const std::string &sql);

    std::int64_t lastInsertRowId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    // PRAGMA user_version, or -1 when it cannot be read (lastError() says why).
    int userVersion();
    // Copies every page of the write-ahead log into the file and truncates the log to 0 bytes
    // (PRAGMA wal_checkpoint(TRUNCATE)), so that what was deleted is gone from both. Busy, naming
    // the -wal file, when another connection keeps reading an older snapshot past the retries.
    Error truncateWal();
    const std::string &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    Error lastError(std::string where) const;

private:
    Database(sqlite3 *db, std::string path);

    sqlite3 *m_db = nullptr;
    std::string m_path;
};

} // namespace hindsight::core
