#pragma once

#include "core/error.h"

#include <string>

namespace hindsight::core {

// The first 100 bytes of an existing database file, read before SQLite opens it. Opening with
// the pragmas DESIGN.md requires may write (journal_mode=WAL rewrites the header of a file in
// rollback-journal mode), so a file that is going to be refused — empty, not SQLite, from a newer
// Hindsight — is refused here, and stays byte for byte as it was.
class FileHeader final
{
public:
    // Nothing when `path` does not exist yet (it will be created) or looks like a database of
    // schema version `latestVersion` or older; else NotADatabase, TooNew or CannotOpen naming the
    // file.
    static Error check(const std::string &path, int latestVersion);
};

} // namespace hindsight::core
