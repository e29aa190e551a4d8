#pragma once

#include "ui/common/storelocation.h"

#include "core/error.h"
#include "core/ids.h"
#include "core/result.h"
#include "ui/interview/drafts/draftjournalcodec.h"

#include <QString>

#include <vector>

namespace hindsight::ui {

// The side journal that keeps a draft's changes the database refused (disk full, I/O error,
// read-only, locked by another process) until they can be written. One file per interview,
// beside the database: `<database>.unsaved-<interview id>`, mode 0600, one JSON line per change,
// appended and fsynced before the writer reports it as kept. Nothing else writes it; the writer
// removes it once every change in it is in the database.
//
// The file names its database and interview, and its entries carry the rows their keys named, so
// a later process (the next start, after a crash) replays it into the same rows, in order. A team
// server that cannot be reached is one more refusal: the same file, kept in the application's data
// folder instead, serves it.
class DraftJournal final
{
public:
    explicit DraftJournal(QString path);

    static QString pathFor(const StoreLocation &location, core::Id interviewId);
    // Journals left beside a database by an earlier run, with the interview each belongs to.
    struct Leftover
    {
        core::Id interviewId;
        QString path;
    };
    static std::vector<Leftover> leftovers(const StoreLocation &location);

    const QString &path() const { return m_path; }
    bool exists() const;
    // Appends the entries and fsyncs the file (and, when it was created, its folder). On failure
    // the file may hold a cut-off last line, which read() skips.
    core::Status append(const std::vector<DraftJournalEntry> &entries);
    // Replaces the whole file with `entries` (written beside it, fsynced, renamed over it).
    core::Status replace(const std::vector<DraftJournalEntry> &entries);
    // Every whole entry, in order. A line cut short (by a crash, or an append that failed half-way
    // and was therefore repeated in full later) is skipped.
    core::Result<std::vector<DraftJournalEntry>> read() const;
    core::Status remove();

private:
    QString m_path;
};

} // namespace hindsight::ui
