#pragma once

#include "core/candidate.h"
#include "core/result.h"
#include "core/storage/sqlite/backuperaser.h"
#include "core/storage/sqlite/candidaterows.h"

#include <string>
#include <vector>

namespace hindsight::core {

class SqliteStore;

// Erases candidates from a SQLite store so that their text is gone from the database file, its
// write-ahead log and the backups beside it (Backups). First plan() says what will go — each
// person with what is held about them, and the backups that hold them — for a confirmation; then
// execute() erases, in this order:
//  1. each backup holding them is rewritten without them or deleted, as chosen. When one fails,
//     the database is left as it was, so the same erasure can simply be run again;
//  2. the database rows, in one transaction (secure_delete is on, so freed space is zeroed);
//  3. PRAGMA wal_checkpoint(TRUNCATE), so the -wal, which still holds the old pages, is emptied;
//  4. the backups again, for one written meanwhile.
class CandidateErasure final
{
public:
    enum class BackupAction { Rewrite, Delete };

    struct Person
    {
        Candidate candidate;
        CandidateHoldings held;
    };

    struct Plan
    {
        std::vector<Person> people;
        std::vector<BackupHolding> backups; // those holding any of them, or unreadable
        CandidateHoldings total() const;
        std::vector<Candidate> candidates() const;
    };

    struct BackupResult
    {
        std::string path;
        BackupAction action = BackupAction::Rewrite;
        Error error; // set when this backup could not be rewritten or deleted
    };

    struct Outcome
    {
        bool databaseErased = false;
        // The first failure: a backup (then nothing was erased from the database) or the
        // database itself, each naming the file.
        Error error;
        // The rows are gone but the -wal could not be emptied, because another connection was
        // reading: it keeps the old pages until the last connection to the database closes.
        Error log;
        std::vector<BackupResult> backups; // every backup acted on, in order
        bool ok() const { return databaseErased && !error && !log; }
    };

    explicit CandidateErasure(SqliteStore &store)
        : m_store(store)
    {
    }

    // NotFound, naming the id, for a candidate that does not exist.
    Result<Plan> plan(const std::vector<Id> &candidateIds);
    Outcome execute(const Plan &plan, BackupAction action);

private:
    // Acts on each backup; false (with outcome.error set) at the first failure.
    bool eraseFromBackups(const std::vector<BackupHolding> &backups, BackupAction action,
                          Outcome &outcome);

    SqliteStore &m_store;
};

} // namespace hindsight::core
