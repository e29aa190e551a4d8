#include "core/storage/sqlite/backups.h"

#include "core/storage/sqlite/backupfiles.h"
#include "core/storage/sqlite/database.h"
#include "core/storage/sqlite/fileheader.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/transaction.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <memory>
#include <string_view>

namespace hindsight::core {

namespace {

constexpr std::string_view extension = ".sqlite3";
// A temporary file older than this was left by a backup that crashed, not one still running.
constexpr auto staleTemporary = std::chrono::hours(24);

bool allDigits(std::string_view text)
{
    return !text.empty()
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// "YYYYMMDD-HHMMSS[-N].sqlite3" after "<stem>-": the time and N, or nothing for any other name.
std::optional<Backups::Entry> parseName(std::string_view rest)
{
    if (rest.size() < 15 + extension.size() || !rest.ends_with(extension))
        return std::nullopt;
    rest.remove_suffix(extension.size());
    const std::string_view date = rest.substr(0, 8);
    const std::string_view time = rest.substr(9, 6);
    if (!allDigits(date) || rest[8] != '-' || !allDigits(time))
        return std::nullopt;
    Backups::Entry entry;
    const std::string_view tail = rest.substr(15);
    if (!tail.empty()) {
        if (tail.size() > 6 || tail[0] != '-' || !allDigits(tail.substr(1)))
            return std::nullopt;
        entry.sequence = number(tail.substr(1));
    }
    std::tm tm{};
    tm.tm_year = number(date.substr(0, 4)) - 1900;
    tm.tm_mon = number(date.substr(4, 2)) - 1;
    tm.tm_mday = number(date.substr(6, 2));
    tm.tm_hour = number(time.substr(0, 2));
    tm.tm_min = number(time.substr(2, 2));
    tm.tm_sec = number(time.substr(4, 2));
    entry.time = std::chrono::system_clock::from_time_t(::timegm(&tm));
    return entry;
}

} // namespace

std::string Backups::folderOf(const std::string &databasePath)
{
    return BackupFiles::folderOf(databasePath) + "/backups";
}

std::string Backups::stemOf(const std::string &databasePath)
{
    const std::string name = BackupFiles::nameOf(databasePath);
    const auto dot = name.rfind('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::string Backups::fileName(const std::string &stem, std::chrono::system_clock::time_point time,
                              int n)
{
    return n > 1 ? fmt::format("{}-{}-{}{}", stem, BackupFiles::utcStamp(time), n, extension)
                 : fmt::format("{}-{}{}", stem, BackupFiles::utcStamp(time), extension);
}

std::vector<Backups::Entry> Backups::list(const std::string &databasePath)
{
    auto entries = listOrFail(databasePath);
    return entries ? std::move(*entries) : std::vector<Entry>{};
}

Result<std::vector<Backups::Entry>> Backups::listOrFail(const std::string &databasePath)
{
    std::vector<Entry> entries;
    const std::string folder = folderOf(databasePath);
    DIR *dir = ::opendir(folder.c_str());
    if (!dir) {
        if (errno == ENOENT)
            return entries;
        return Error{Error::Code::CannotOpen, folder, std::strerror(errno)};
    }
    const std::string prefix = stemOf(databasePath) + "-";
    errno = 0;
    while (const dirent *item = ::readdir(dir)) {
        const std::string_view name = item->d_name;
        if (!name.starts_with(prefix))
            continue;
        if (auto entry = parseName(name.substr(prefix.size()))) {
            entry->path = folder + "/" + std::string(name);
            struct stat st = {};
            if (::lstat(entry->path.c_str(), &st) == 0 && S_ISREG(st.st_mode))
                entries.push_back(std::move(*entry));
        }
        errno = 0;
    }
    const int readError = errno;
    ::closedir(dir);
    if (readError != 0)
        return Error{Error::Code::CannotOpen, folder, std::strerror(readError)};
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
    });
    return entries;
}

std::optional<Backups::Entry> Backups::newestVerified(const std::string &databasePath)
{
    for (Entry &entry : list(databasePath)) {
        if (!verify(entry.path))
            return std::move(entry);
    }
    return std::nullopt;
}

Status Backups::verify(const std::string &backupPath)
{
    return BackupFiles::integrityCheck(backupPath);
}

Result<std::string> Backups::make(Database &db, std::chrono::system_clock::time_point now)
{
    if (db.path() == ":memory:")
        return Error{Error::Code::Invalid, db.path(), "a database in memory has no backups"};
    const std::string folder = folderOf(db.path());
    if (Error e = BackupFiles::makePrivateFolder(folder))
        return e;
    const std::string stem = stemOf(db.path());
    std::string target;
    for (int n = 1; target.empty() || BackupFiles::exists(target); ++n)
        target = folder + "/" + fileName(stem, now, n);
    if (Error e = BackupFiles::copyVerified(db.handle(), db.path(), target))
        return e;
    rotate(db.path()); // a backup too many is no reason to call this one failed
    return target;
}

Result<std::string> Backups::makeTo(Database &db, const std::string &target)
{
    if (Error e = BackupFiles::copyVerified(db.handle(), db.path(), target))
        return e;
    return target;
}

Result<std::string> Backups::make(const std::string &databasePath, const std::string &target)
{
    if (!BackupFiles::exists(databasePath))
        return Error{Error::Code::NotFound, databasePath, "no database there"};
    if (Error e = FileHeader::check(databasePath, Migrator::standard().latestVersion()))
        return e;
    auto db = Database::open(databasePath, Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    return target.empty() ? make(**db) : makeTo(**db, target);
}

Status Backups::rotate(const std::string &databasePath, int keep)
{
    Error first;
    const std::vector<Entry> entries = list(databasePath);
    for (std::size_t i = std::size_t(std::max(keep, 0)); i < entries.size(); ++i) {
        if (::unlink(entries[i].path.c_str()) != 0 && !first)
            first = BackupFiles::systemError(entries[i].path, errno);
    }

    const std::string folder = folderOf(databasePath);
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return first;
    const std::string prefix = "." + stemOf(databasePath) + "-";
    const auto now = std::chrono::system_clock::now();
    while (const dirent *item = ::readdir(dir)) {
        const std::string_view name = item->d_name;
        if (!name.starts_with(prefix) || name.find(".tmp-") == std::string_view::npos)
            continue;
        const std::string path = folder + "/" + std::string(name);
        struct stat st
        {
        };
        if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)
            && now - std::chrono::system_clock::from_time_t(st.st_mtime) > staleTemporary)
            ::unlink(path.c_str());
    }
    ::closedir(dir);
    return first;
}

} // namespace hindsight::core
