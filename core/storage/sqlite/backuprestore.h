#pragma once

#include "core/result.h"

#include <chrono>
#include <string>

namespace hindsight::core {

// Puts a backup (or any Hindsight database file) in the place of a database: the backup is
// copied, verified, to a temporary file beside the database and renamed into place, so a restore
// that fails changes nothing. A database that was there is never deleted: it is moved aside with
// its -wal, -shm and -journal (which keep their suffixes, so the file still opens as it was).
class BackupRestore final
{
public:
    BackupRestore() = delete;

    // What happens to a database already at the destination.
    enum class Aside {
        Refuse,   // nothing is done: Exists naming the database
        Replaced, // kept as <database>.replaced-YYYYMMDD-HHMMSS (UTC)
        Damaged,  // kept as <database>.damaged
    };

    struct Restored
    {
        std::string keptAs; // where the replaced database is kept; empty when there was none
    };

    // Restores `backupPath` to `databasePath`. The backup is refused, and nothing changes, when
    // it is missing (NotFound), empty, not SQLite or damaged (NotADatabase naming it) or from a
    // newer Hindsight (TooNew).
    static Result<Restored>
    restore(const std::string &backupPath, const std::string &databasePath, Aside aside,
            std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

    // Where restore() would keep the database now: the name of `aside`, with -2, -3 … appended
    // when that is taken. Empty for Refuse.
    static std::string
    asidePath(const std::string &databasePath, Aside aside,
              std::chrono::system_clock::time_point now = std::chrono::system_clock::now());
};

} // namespace hindsight::core
