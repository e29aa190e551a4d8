#pragma once

#include "core/error.h"

#include <string>

namespace hindsight::core {

// The write-ahead log beside a database (`<database>-wal`), read as bytes before SQLite opens the
// database. SQLite replays a log up to its first frame whose checksum fails and silently drops
// everything after it; after a crash that is only the transaction that was being written, but
// when committed transactions follow a damaged frame, opening the database would lose them (and
// the next checkpoint would delete the log for good). Such a log is refused here instead.
class WalFile final
{
public:
    // Nothing when there is no log, it is empty, or every committed transaction in it can be read
    // (a cut-off frame at its end is the normal trace of a crash); else NotADatabase naming the
    // log and the first damaged frame.
    static Error check(const std::string &databasePath);
};

} // namespace hindsight::core
