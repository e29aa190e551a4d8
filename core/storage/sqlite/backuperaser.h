#pragma once

#include "core/candidate.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace hindsight::core {

// What one backup holds of the candidates being erased.
struct BackupHolding
{
    std::string path;
    std::vector<Id> candidateIds; // the backup's own rows that are them (CandidateRows::matching)
    Error error;                  // it could not be read, so what it holds is unknown
};

// Erases candidates from backups (Backups): finds which backups hold them, and rewrites a
// backup without them or deletes it. A backup is never changed in place: the rewrite works on a
// copy beside it, owner-only, and replaces the backup by renaming, so a failure leaves the backup
// as it was and no copy behind.
class BackupEraser final
{
public:
    // Opens every backup of `databasePath` read only and returns those that hold any of `people`,
    // and those that could not be read (error set). A folder that cannot be listed is an error.
    static Result<std::vector<BackupHolding>> scan(const std::string &databasePath,
                                                   const std::vector<Candidate> &people);
    static BackupHolding inspect(const std::string &backupPath,
                                 const std::vector<Candidate> &people);

    // The backup without holding.candidateIds: the same deletion as in the database (secure
    // delete on, so freed space is zeroed), then VACUUM so that no free page keeps their text,
    // then quick_check; written to a temporary file in the same folder, synced and renamed over
    // the backup. Errors name the backup; TooNew when a newer Hindsight wrote it.
    static Status rewrite(const BackupHolding &holding);
    // Deletes the backup (and a rollback journal left beside it, which holds old pages).
    static Status remove(const std::string &backupPath);
};

} // namespace hindsight::core
