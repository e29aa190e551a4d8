#pragma once

#include "core/result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::core {

// Where the backups of a database file are: the folder `backups/` beside it, each backup a
// self-contained SQLite file (rollback journal, mode 0600) of the same schema named
// `<file name without extension>-YYYYMMDD-HHMMSS[-N].sqlite3`. Erasure finds them here; backups
// written elsewhere (`hindsight backup --to PATH`) are not found.
class BackupFolder final
{
public:
    static std::filesystem::path folderOf(const std::string &databasePath);

    // The backups of `databasePath`, by name (which is by time); none when the folder does not
    // exist. CannotOpen naming the folder when it cannot be listed.
    static Result<std::vector<std::string>> list(const std::string &databasePath);

    // Whether `fileName` is a backup of a database whose name without extension is `stem`.
    static bool isBackupName(std::string_view fileName, std::string_view stem);
};

} // namespace hindsight::core
