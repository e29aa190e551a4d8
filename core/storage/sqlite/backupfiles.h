#pragma once

#include "core/result.h"

#include <chrono>
#include <string>

struct sqlite3;

namespace hindsight::core {

// The file work under backups and restores: a verified copy of a database written under a
// temporary name and renamed into place, and the small POSIX steps around it (fsync, side files,
// errno as an Error). Backups and BackupRestore build on it; it decides nothing about names or
// policy.
class BackupFiles final
{
public:
    BackupFiles() = delete;

    // The side files SQLite keeps beside a database, in the order they are moved with it.
    static constexpr const char *SideSuffixes[] = {"-wal", "-shm", "-journal"};

    // Copies the database open on `source` (its "main" schema, through the SQLite online backup
    // API, so a consistent snapshot even while others write) into a new file at `target`: written
    // under a temporary name in the target's folder with mode 0600, turned into a self-contained
    // rollback-journal file (journal_mode=DELETE, no -wal), fsynced, opened afresh and
    // integrity-checked, then renamed to `target` and the folder fsynced. `target` must not exist
    // unless `replace`. On any failure nothing is left behind: the temporary file is removed and
    // `target` is as it was. A copy that fails the check is NotADatabase naming `sourceName`.
    static Status copyVerified(sqlite3 *source, const std::string &sourceName,
                               const std::string &target, bool replace = false);
    // The two halves of copyVerified, for a caller with work between them (a restore moves the
    // file it replaces aside): the verified copy under its temporary name in the folder of
    // `target`, and the rename to `target` (then a sync of the folder, as far as the file system
    // allows). place() removes the temporary file when it fails.
    static Result<std::string> copyToTemporary(sqlite3 *source, const std::string &sourceName,
                                               const std::string &target);
    static Status place(const std::string &temporary, const std::string &target, bool replace);
    // The last steps of a copy, for a temporary file the caller wrote itself (closed, in
    // rollback-journal mode): no side file beside it, fsynced, integrity-checked (NotADatabase
    // naming `sourceName`; other failures name `target`).
    static Status seal(const std::string &temporary, const std::string &sourceName,
                       const std::string &target);
    // Removes a temporary copy that will not be placed.
    static void discard(const std::string &temporary);

    // PRAGMA integrity_check of the file at `path`, opened read-only (nothing is created beside
    // a rollback-journal file): NotADatabase naming it when the check finds anything, CannotOpen
    // when it cannot be opened.
    static Status integrityCheck(const std::string &path);

    static bool exists(const std::string &path);
    // The folder part of `path` ("." for a bare name) and the name part.
    static std::string folderOf(const std::string &path);
    static std::string nameOf(const std::string &path);
    // Creates `folder` with mode 0700 when it does not exist (not its parents).
    static Status makePrivateFolder(const std::string &folder);
    static Status syncFolder(const std::string &folder);
    // Renames `from` and its side files to `to` (the side files to `to` + suffix), all or nothing:
    // when one rename fails, those done are undone. The folder is not synced (place() does).
    static Status moveWithSideFiles(const std::string &from, const std::string &to);
    // `path` itself when nothing is there, else `path` + "-2", "-3" … (the first that is free,
    // side files included).
    static std::string freeName(const std::string &path);
    // YYYYMMDD-HHMMSS in UTC.
    static std::string utcStamp(std::chrono::system_clock::time_point time);
    // An Error from errno after a failed system call on `path`.
    static Error systemError(const std::string &path, int error);
};

} // namespace hindsight::core
