#pragma once

#include "core/error.h"

#include <string>

namespace hindsight::core {

// Checks an existing database before anything writes to it: its write-ahead log (WalFile), then
// `PRAGMA quick_check` and `PRAGMA foreign_key_check` on a read-only connection that leaves the
// file and its side files as they were (an immutable open when there is no log to read). A damaged
// file is refused with NotADatabase naming the file and the first damaged page, row or record.
class IntegrityCheck final
{
public:
    static Error check(const std::string &path);
    // A file: URI for sqlite3_open_v2 with SQLITE_OPEN_URI, the path escaped, `query` appended.
    static std::string uri(const std::string &path, const std::string &query);
};

} // namespace hindsight::core
