#pragma once

#include "core/result.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace hindsight::core {

class Database;

// The backups of a database file, where everything that makes, lists, verifies or rewrites them
// finds them. The convention (other code depends on it):
//  - they live in the folder `backups/` beside the database (mode 0700 when made here);
//  - each is named <database file name without its extension>-YYYYMMDD-HHMMSS.sqlite3, the time
//    it was made in UTC, with -N before .sqlite3 (N = 2, 3 …) when that name is taken;
//  - each is one self-contained SQLite file in rollback-journal mode (no -wal beside it), mode
//    0600, that passed PRAGMA integrity_check before it got its name (written under a temporary
//    name, fsynced, checked, renamed);
//  - a backup into the folder keeps the newest Keep there, deleting older ones.
class Backups final
{
public:
    Backups() = delete;

    static constexpr int Keep = 7;

    struct Entry
    {
        std::string path;
        std::chrono::system_clock::time_point time; // from the name: when it was made, UTC
        int sequence = 1;                           // the -N of the name, 1 without one
    };

    // <folder of databasePath>/backups
    static std::string folderOf(const std::string &databasePath);
    // The database file name without its extension: "hindsight" for …/hindsight.sqlite3.
    static std::string stemOf(const std::string &databasePath);

    // The backups of `databasePath` in its folder, newest first (by the time in the name, then
    // N). Files of other names (other databases' backups, temporary files) and anything but a
    // regular file (a symbolic link would be replaced, not its target, by a rewrite) are not
    // listed. No folder: an empty list. Only a directory listing; nothing is opened.
    static std::vector<Entry> list(const std::string &databasePath);
    // The same, but a folder that exists and cannot be read is CannotOpen naming it: erasure must
    // not report that no backup holds someone when it could not look.
    static Result<std::vector<Entry>> listOrFail(const std::string &databasePath);
    // The newest backup that passes PRAGMA integrity_check, or none.
    static std::optional<Entry> newestVerified(const std::string &databasePath);
    // PRAGMA integrity_check of one backup file, opened read-only: NotADatabase naming it when
    // the check finds anything.
    static Status verify(const std::string &backupPath);

    // Backs up the database open on `db` into its backups folder (created when missing) under
    // the name of `now`, then rotates the folder. Returns the backup's path. A rotation that
    // fails after the backup was written does not fail the backup.
    static Result<std::string>
    make(Database &db, std::chrono::system_clock::time_point now = std::chrono::system_clock::now());
    // Backs up the database open on `db` to `target`, which must not exist (Exists otherwise);
    // no rotation. Returns `target`.
    static Result<std::string> makeTo(Database &db, const std::string &target);
    // The same for a database given by its path, opened for the backup only (refused, unchanged,
    // when it is missing, empty, not SQLite or from a newer Hindsight). An empty `target` means
    // the backups folder (then rotated).
    static Result<std::string> make(const std::string &databasePath, const std::string &target = {});

    // Deletes the backups beyond the newest `keep`, and temporary files a crashed backup left
    // there more than a day ago.
    static Status rotate(const std::string &databasePath, int keep = Keep);

    // The file name of a backup made at `time` with sequence `n`.
    static std::string fileName(const std::string &stem, std::chrono::system_clock::time_point time,
                                int n = 1);
};

} // namespace hindsight::core
