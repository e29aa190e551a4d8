#include "core/storage/sqlite/automaticbackup.h"

#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/database.h"

#include <fmt/format.h>

namespace hindsight::core {

namespace {

// A file SQLite has just created, or that holds nothing of ours yet: no user_version, no table.
bool isBrandNew(Database &db, int version)
{
    if (version != 0)
        return false;
    Statement s = db.prepare("SELECT count(*) FROM sqlite_schema");
    return s.step() == Statement::StepResult::Row && s.columnInt64(0) == 0;
}

} // namespace

bool AutomaticBackup::due(const std::string &databasePath, std::chrono::system_clock::time_point now)
{
    const auto backups = Backups::list(databasePath);
    if (backups.empty())
        return true;
    // Newest first; a time ahead of the clock (the clock was put back) counts as recent only
    // within the interval, so that a wrong clock cannot stop the backups for good.
    const auto age = now - backups.front().time;
    return age >= Interval || age <= -Interval;
}

Result<AutomaticBackup::Outcome> AutomaticBackup::beforeMigration(
    Database &db, int latestVersion, std::chrono::system_clock::time_point now)
{
    Outcome outcome;
    if (db.path() == ":memory:")
        return outcome;
    // Unreadable: the migrator reports it, naming the file.
    const int version = db.userVersion();
    if (version < 0 || isBrandNew(db, version))
        return outcome;

    if (version < latestVersion) {
        auto made = Backups::make(db, now);
        if (!made) {
            Error e = made.error();
            // A damaged database is named as such; anything else is about the backup.
            if (e.code != Error::Code::NotADatabase)
                e.where = fmt::format("{} (backup before migrating {} to version {})", e.where,
                                      db.path(), latestVersion);
            return e;
        }
        outcome.made = *made;
        return outcome;
    }
    if (!due(db.path(), now))
        return outcome;
    auto made = Backups::make(db, now);
    if (made)
        outcome.made = *made;
    else
        outcome.warning = made.error();
    return outcome;
}

} // namespace hindsight::core
