#include "core/storage/sqlite/backupfiles.h"

#include "core/storage/sqlite/statement.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <utility>
#include <vector>

namespace hindsight::core {

namespace {

// How long a backup waits, in steps of 100 ms, for a writer that holds the source locked.
constexpr int busyRetries = 50;

Status syncFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return BackupFiles::systemError(path, errno);
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    return rc == 0 ? Error{} : BackupFiles::systemError(path, error);
}

Error sqliteError(sqlite3 *db, int rc, const std::string &where)
{
    return Error{errorCodeFromSqlite(rc), where, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)};
}

// Runs the online backup of `source` into the open, empty `dest`, waiting for a busy source.
Status runBackup(sqlite3 *source, sqlite3 *dest, const std::string &destName)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        return sqliteError(dest, sqlite3_extended_errcode(dest), destName);
    int rc = SQLITE_OK;
    for (int tries = 0;; ++tries) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || tries >= busyRetries)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        return {};
    // A damaged source is named as such (by the caller); anything else failed while writing the
    // copy.
    Error e = sqliteError(dest, rc, destName);
    if (e.code == Error::Code::NotADatabase)
        e.detail = sqlite3_errmsg(source);
    return e;
}

// A copy in WAL mode would need its -wal beside it: switched to a rollback journal, the copy is
// one self-contained file (the switch checkpoints and removes the -wal).
Status makeSelfContained(sqlite3 *dest, const std::string &destName)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(dest, "PRAGMA journal_mode=DELETE", -1, &stmt, nullptr);
    std::string mode;
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        mode = text ? text : "";
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return sqliteError(dest, rc, destName);
    if (mode != "delete")
        return Error{Error::Code::Internal, destName,
                     fmt::format("journal mode stayed {} instead of delete", mode)};
    return {};
}

} // namespace

Status BackupFiles::copyVerified(sqlite3 *source, const std::string &sourceName,
                                 const std::string &target, bool replace)
{
    if (!replace && exists(target))
        return Error{Error::Code::Exists, target, "a file of that name is already there"};
    auto temporary = copyToTemporary(source, sourceName, target);
    if (!temporary)
        return temporary.error();
    return place(*temporary, target, replace);
}

Result<std::string> BackupFiles::copyToTemporary(sqlite3 *source, const std::string &sourceName,
                                                 const std::string &target)
{
    const std::string folder = folderOf(target);
    std::string temporary = fmt::format("{}/.{}.tmp-XXXXXX", folder, nameOf(target));
    const int fd = ::mkstemp(temporary.data()); // mode 0600
    if (fd < 0)
        return systemError(folder, errno);
    ::close(fd);

    auto fail = [&](Error e) {
        discard(temporary);
        return e;
    };
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(temporary.c_str(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    Error e = rc == SQLITE_OK ? Error{} : sqliteError(dest, rc, target);
    if (!e)
        e = runBackup(source, dest, target);
    if (!e)
        e = makeSelfContained(dest, target);
    rc = sqlite3_close(dest);
    if (!e && rc != SQLITE_OK)
        e = Error{errorCodeFromSqlite(rc), target, sqlite3_errstr(rc)};
    // The copy holds the source's pages as they are: damage found in it is the source's.
    if (e.code == Error::Code::NotADatabase)
        e.where = sourceName;
    if (e)
        return fail(std::move(e));
    if (Error sealed = seal(temporary, sourceName, target))
        return fail(std::move(sealed));
    return temporary;
}

Status BackupFiles::seal(const std::string &temporary, const std::string &sourceName,
                         const std::string &target)
{
    for (const char *suffix : SideSuffixes) {
        if (exists(temporary + suffix))
            return Error{Error::Code::Internal, target,
                         fmt::format("the copy left a {} file behind", suffix)};
    }
    if (Error synced = syncFile(temporary))
        return Error{synced.code, target, synced.detail};
    if (Error checked = integrityCheck(temporary)) {
        checked.where = checked.code == Error::Code::NotADatabase ? sourceName : target;
        return checked;
    }
    return {};
}

Status BackupFiles::place(const std::string &temporary, const std::string &target, bool replace)
{
    if (!replace && exists(target)) {
        discard(temporary);
        return Error{Error::Code::Exists, target, "a file of that name is already there"};
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        Error e = systemError(target, errno);
        discard(temporary);
        return e;
    }
    // Best effort: the file is in place now, and an error must mean that nothing changed.
    syncFolder(folderOf(target));
    return {};
}

void BackupFiles::discard(const std::string &temporary)
{
    ::unlink(temporary.c_str());
    for (const char *suffix : SideSuffixes)
        ::unlink((temporary + suffix).c_str());
}

Status BackupFiles::integrityCheck(const std::string &path)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(db, rc, path);
        sqlite3_close(db);
        return e;
    }
    sqlite3_stmt *stmt = nullptr;
    rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    std::vector<std::string> findings;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            findings.emplace_back(text ? text : "");
        }
    }
    Error e;
    if (rc != SQLITE_DONE) {
        e = sqliteError(db, rc, path);
        if (e.code == Error::Code::Internal)
            e.code = Error::Code::NotADatabase;
    } else if (findings != std::vector<std::string>{"ok"}) {
        e = Error{Error::Code::NotADatabase, path,
                  "integrity_check: " + (findings.empty() ? std::string{} : findings.front())};
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return e;
}

bool BackupFiles::exists(const std::string &path)
{
    struct stat st
    {
    };
    return ::lstat(path.c_str(), &st) == 0;
}

std::string BackupFiles::folderOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string BackupFiles::nameOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

Status BackupFiles::makePrivateFolder(const std::string &folder)
{
    if (::mkdir(folder.c_str(), 0700) == 0 || errno == EEXIST) {
        struct stat st
        {
        };
        if (::stat(folder.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            return {};
        return Error{Error::Code::CannotOpen, folder, "not a folder"};
    }
    return systemError(folder, errno);
}

Status BackupFiles::syncFolder(const std::string &folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return systemError(folder, errno);
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems cannot sync a folder; the rename is then as durable as they make it.
    return rc == 0 || error == EINVAL ? Error{} : systemError(folder, error);
}

Status BackupFiles::moveWithSideFiles(const std::string &from, const std::string &to)
{
    std::vector<std::pair<std::string, std::string>> moves;
    if (exists(from))
        moves.emplace_back(from, to);
    for (const char *suffix : SideSuffixes) {
        if (exists(from + suffix))
            moves.emplace_back(from + suffix, to + suffix);
    }
    for (std::size_t i = 0; i < moves.size(); ++i) {
        if (::rename(moves[i].first.c_str(), moves[i].second.c_str()) == 0)
            continue;
        Error e = systemError(moves[i].first, errno);
        while (i-- > 0)
            ::rename(moves[i].second.c_str(), moves[i].first.c_str());
        return e;
    }
    return {};
}

std::string BackupFiles::freeName(const std::string &path)
{
    auto taken = [](const std::string &candidate) {
        if (exists(candidate))
            return true;
        for (const char *suffix : SideSuffixes) {
            if (exists(candidate + suffix))
                return true;
        }
        return false;
    };
    if (!taken(path))
        return path;
    for (int n = 2;; ++n) {
        std::string candidate = fmt::format("{}-{}", path, n);
        if (!taken(candidate))
            return candidate;
    }
}

std::string BackupFiles::utcStamp(std::chrono::system_clock::time_point time)
{
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &tm);
    return text;
}

Error BackupFiles::systemError(const std::string &path, int error)
{
    Error::Code code = Error::Code::CannotOpen;
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS: code = Error::Code::ReadOnly; break;
    case ENOSPC:
    case EDQUOT:
    case EIO: code = Error::Code::DiskFull; break;
    case ENOENT: code = Error::Code::NotFound; break;
    case EEXIST: code = Error::Code::Exists; break;
    default: break;
    }
    return Error{code, path, std::strerror(error)};
}

} // namespace hindsight::core
