#include "core/storage/sqlite/backuperaser.h"

#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/candidaterows.h"
#include "core/storage/sqlite/database.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/transaction.h"

#include <fmt/format.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace hindsight::core {

namespace fs = std::filesystem;

namespace {

Error systemError(const std::string &where)
{
    const auto code = errno == ENOSPC ? Error::Code::DiskFull
                      : (errno == EACCES || errno == EROFS || errno == EPERM)
                          ? Error::Code::ReadOnly
                          : Error::Code::CannotOpen;
    return Error{code, where, std::strerror(errno)};
}

Status syncPath(const std::string &path, bool directory)
{
    const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return systemError(path);
    const int rc = ::fsync(fd);
    Error e = rc == 0 ? Error{} : systemError(path);
    ::close(fd);
    return e;
}

// A byte-for-byte copy, created owner-only (it holds what the backup holds) and synced.
Status copyPrivately(const std::string &from, const std::string &to)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return systemError(from);
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        Error e = systemError(to);
        ::close(in);
        return e;
    }
    Error e;
    std::array<char, 1 << 16> buffer{};
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            e = systemError(from);
            break;
        }
        for (ssize_t written = 0; written < n && !e;) {
            const ssize_t w = ::write(out, buffer.data() + written, size_t(n - written));
            if (w < 0 && errno != EINTR)
                e = systemError(to);
            else if (w > 0)
                written += w;
        }
        if (e)
            break;
    }
    if (!e && ::fsync(out) != 0)
        e = systemError(to);
    ::close(out);
    ::close(in);
    return e;
}

Status checkVersion(Database &db, const std::string &path)
{
    const int version = db.userVersion();
    if (version < 0)
        return db.lastError(path);
    if (version > Migrator::standard().latestVersion()) {
        return Error{Error::Code::TooNew, path,
                     fmt::format("schema version {} is newer than {}", version,
                                 Migrator::standard().latestVersion())};
    }
    return {};
}

Status eraseInCopy(const std::string &copy, const BackupHolding &holding)
{
    auto db = Database::open(copy, Database::OpenMode::ReadWriteAsIs);
    if (!db)
        return db.error();
    Database &d = **db;
    if (Error e = checkVersion(d, holding.path))
        return e;
    // Nothing of the copy goes to another file: the rollback journal and VACUUM's temporary
    // database stay in memory (the copy is thrown away if anything fails).
    if (Error e = d.exec("PRAGMA journal_mode=MEMORY; PRAGMA temp_store=MEMORY;"))
        return e;
    {
        Transaction tx(d);
        if (tx.beginError())
            return tx.beginError();
        if (Error e = CandidateRows(d).erase(holding.candidateIds))
            return e;
        if (Error e = tx.commit())
            return e;
    }
    if (Error e = d.exec("VACUUM"))
        return e;
    Statement check = d.prepare("PRAGMA quick_check");
    if (check.step() != Statement::StepResult::Row || check.columnText(0) != "ok")
        return Error{Error::Code::NotADatabase, holding.path, "quick_check failed after rewriting"};
    return {};
}

} // namespace

BackupHolding BackupEraser::inspect(const std::string &backupPath,
                                    const std::vector<Candidate> &people)
{
    BackupHolding holding{backupPath, {}, {}};
    auto db = Database::open(backupPath, Database::OpenMode::ReadOnly);
    if (!db) {
        holding.error = db.error();
        holding.error.where = backupPath;
        return holding;
    }
    if (Error e = checkVersion(**db, backupPath)) {
        holding.error = e;
        return holding;
    }
    CandidateRows rows(**db);
    for (const Candidate &who : people) {
        auto ids = rows.matching(who);
        if (!ids) {
            holding.error = ids.error();
            holding.error.where = backupPath;
            return holding;
        }
        for (const Id id : *ids) {
            if (std::find(holding.candidateIds.begin(), holding.candidateIds.end(), id)
                == holding.candidateIds.end())
                holding.candidateIds.push_back(id);
        }
    }
    return holding;
}

Result<std::vector<BackupHolding>> BackupEraser::scan(const std::string &databasePath,
                                                      const std::vector<Candidate> &people)
{
    auto backups = Backups::listOrFail(databasePath);
    if (!backups)
        return backups.error();
    std::vector<BackupHolding> holdings;
    for (const Backups::Entry &backup : *backups) {
        BackupHolding holding = inspect(backup.path, people);
        if (holding.error || !holding.candidateIds.empty())
            holdings.push_back(std::move(holding));
    }
    return holdings;
}

Status BackupEraser::rewrite(const BackupHolding &holding)
{
    if (holding.error)
        return holding.error;
    const fs::path backup(holding.path);
    const std::string copy = (backup.parent_path() / ("." + backup.filename().string() + ".erasing"))
                                 .string();
    // A copy left by an interrupted run holds what the backup held: it goes first.
    std::error_code ec;
    fs::remove(copy, ec);
    Error e = copyPrivately(holding.path, copy);
    if (!e) {
        e = eraseInCopy(copy, holding);
        // Named by the backup, which is what the user knows; a statement or row the error named
        // goes into its detail.
        if (e && e.where != holding.path) {
            if (e.where != copy)
                e.detail = fmt::format("{}: {}", e.where, e.detail);
            e.where = holding.path;
        }
    }
    if (!e)
        e = syncPath(copy, false);
    if (!e && std::rename(copy.c_str(), holding.path.c_str()) != 0)
        e = systemError(holding.path);
    if (e) {
        fs::remove(copy, ec);
        return e;
    }
    fs::remove(holding.path + "-journal", ec);
    return syncPath(backup.parent_path().string(), true);
}

Status BackupEraser::remove(const std::string &backupPath)
{
    std::error_code ec;
    if (!fs::remove(backupPath, ec) && ec)
        return Error{Error::Code::ReadOnly, backupPath, ec.message()};
    fs::remove(backupPath + "-journal", ec);
    return syncPath(fs::path(backupPath).parent_path().string(), true);
}

} // namespace hindsight::core
