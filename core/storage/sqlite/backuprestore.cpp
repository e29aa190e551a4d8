#include "core/storage/sqlite/backuprestore.h"

#include "core/storage/sqlite/backupfiles.h"
#include "core/storage/sqlite/fileheader.h"
#include "core/storage/sqlite/migrator.h"

#include <sqlite3.h>

#include <sys/stat.h>

#include <cerrno>

namespace hindsight::core {

namespace {

bool anythingAt(const std::string &databasePath)
{
    if (BackupFiles::exists(databasePath))
        return true;
    for (const char *suffix : BackupFiles::SideSuffixes) {
        if (BackupFiles::exists(databasePath + suffix))
            return true;
    }
    return false;
}

} // namespace

std::string BackupRestore::asidePath(const std::string &databasePath, Aside aside,
                                     std::chrono::system_clock::time_point now)
{
    switch (aside) {
    case Aside::Refuse: break;
    case Aside::Replaced:
        return BackupFiles::freeName(databasePath + ".replaced-" + BackupFiles::utcStamp(now));
    case Aside::Damaged: return BackupFiles::freeName(databasePath + ".damaged");
    }
    return {};
}

Result<BackupRestore::Restored> BackupRestore::restore(const std::string &backupPath,
                                                       const std::string &databasePath, Aside aside,
                                                       std::chrono::system_clock::time_point now)
{
    struct stat st
    {
    };
    if (::stat(backupPath.c_str(), &st) != 0)
        return BackupFiles::systemError(backupPath, errno);
    if (!S_ISREG(st.st_mode))
        return Error{Error::Code::CannotOpen, backupPath, "not a regular file"};
    if (Error e = FileHeader::check(backupPath, Migrator::standard().latestVersion()))
        return e;
    const bool replacing = anythingAt(databasePath);
    if (replacing && aside == Aside::Refuse)
        return Error{Error::Code::Exists, databasePath, "a database is already there"};

    std::string temporary;
    {
        sqlite3 *source = nullptr;
        const int rc = sqlite3_open_v2(backupPath.c_str(), &source, SQLITE_OPEN_READONLY, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_close(source);
            return Error{Error::Code::CannotOpen, backupPath, sqlite3_errstr(rc)};
        }
        auto copy = BackupFiles::copyToTemporary(source, backupPath, databasePath);
        sqlite3_close(source);
        if (!copy)
            return copy.error();
        temporary = *copy;
    }

    Restored restored;
    if (replacing) {
        restored.keptAs = asidePath(databasePath, aside, now);
        if (Error e = BackupFiles::moveWithSideFiles(databasePath, restored.keptAs)) {
            BackupFiles::discard(temporary);
            return e;
        }
    }
    if (Error e = BackupFiles::place(temporary, databasePath, false)) {
        if (replacing)
            BackupFiles::moveWithSideFiles(restored.keptAs, databasePath);
        return e;
    }
    return restored;
}

} // namespace hindsight::core
