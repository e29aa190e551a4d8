#include "core/storage/sqlite/backupfolder.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace hindsight::core {

namespace fs = std::filesystem;

namespace {

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

} // namespace

fs::path BackupFolder::folderOf(const std::string &databasePath)
{
    return fs::absolute(fs::path(databasePath)).parent_path() / "backups";
}

bool BackupFolder::isBackupName(std::string_view fileName, std::string_view stem)
{
    constexpr std::string_view extension = ".sqlite3";
    // stem, "-", 8 digits, "-", 6 digits, optionally "-" and a number, then the extension.
    if (fileName.size() < stem.size() + 16 + extension.size() || !fileName.starts_with(stem)
        || !fileName.ends_with(extension))
        return false;
    std::string_view rest = fileName.substr(stem.size());
    rest.remove_suffix(extension.size());
    if (rest.size() < 16 || rest[0] != '-' || !allDigits(rest.substr(1, 8)) || rest[9] != '-'
        || !allDigits(rest.substr(10, 6)))
        return false;
    rest.remove_prefix(16);
    return rest.empty() || (rest[0] == '-' && allDigits(rest.substr(1)));
}

Result<std::vector<std::string>> BackupFolder::list(const std::string &databasePath)
{
    const fs::path folder = folderOf(databasePath);
    const std::string stem = fs::path(databasePath).stem().string();
    std::vector<std::string> backups;
    std::error_code ec;
    if (!fs::exists(folder, ec))
        return backups;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        // A symbolic link is not a backup this convention makes; rewriting it would replace the
        // link and leave its target as it was.
        if (fs::is_regular_file(it->symlink_status(ec))
            && isBackupName(it->path().filename().string(), stem))
            backups.push_back(it->path().string());
    }
    if (ec)
        return Error{Error::Code::CannotOpen, folder.string(), ec.message()};
    std::sort(backups.begin(), backups.end());
    return backups;
}

} // namespace hindsight::core
