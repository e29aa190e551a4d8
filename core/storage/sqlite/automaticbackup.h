#pragma once

#include "core/result.h"

#include <chrono>
#include <string>

namespace hindsight::core {

class Database;

// When opening a database makes a backup of it on its own (DESIGN.md, Storage): before every
// migration of an existing database, and otherwise at most once a day. A brand-new database has
// nothing to back up. A normal day costs one directory listing.
class AutomaticBackup final
{
public:
    AutomaticBackup() = delete;

    static constexpr std::chrono::hours Interval{24};

    struct Outcome
    {
        std::string made; // the backup written, empty when none was due
        Error warning;    // a daily backup that failed; the database opens all the same
    };

    // For SqliteStore::open, with `db` open and not yet migrated to `latestVersion`. A backup
    // before a migration that fails is an error, and the database must not be migrated: its
    // `where` says that it was the backup before the migration. A failed daily backup is only a
    // warning in the Outcome.
    static Result<Outcome>
    beforeMigration(Database &db, int latestVersion,
                    std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

    // True unless a backup of `databasePath` in its backups folder was made within Interval of
    // `now` (by the time in its name).
    static bool due(const std::string &databasePath, std::chrono::system_clock::time_point now);
};

} // namespace hindsight::core
