#pragma once

#include "core/error.h"
#include "core/ids.h"
#include "core/interviewseal.h"
#include "core/result.h"
#include "ui/common/storelocation.h"
#include "ui/interview/drafts/draftjournal.h"
#include "ui/interview/drafts/draftoperation.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

// A write that failed: what it was about and why.
struct DraftFailure
{
    enum class Subject { Note, Regret, Session, Probe };
    Subject subject = Subject::Note;
    core::Error error;
    // Why the journal could not keep it either (set only then): the change is in memory alone.
    std::optional<core::Error> journalError;
};

// How a submission ended; `problems` lists what is missing when error.code is Invalid.
struct DraftSubmitOutcome
{
    core::Error error;
    std::vector<core::InterviewSeal::Problem> problems;
};

// The thread behind DraftWriter: owns its own connection to the database and applies queued
// operations in order. Only its thread touches the disk; the public functions take a mutex for a
// few instructions and never wait for a write, except waitUntilIdle() and finish().
//
// Failure policy: an operation refused for a reason that may pass (busy beyond BusyTimeoutMs, disk
// full, I/O error, read-only, cannot open) stays at the head of the queue, and it and everything
// behind it go to the side journal (DraftJournal) at once, fsynced; the writer then tries again
// every RetryIntervalMs, for as long as it takes, and removes the journal once the queue is
// written. It never gives up on such a change. One that can never succeed (sealed, invalid,
// constraint) is reported and skipped. A journal left by an earlier run is loaded first and
// written before anything new.
class DraftWriterWorker final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftWriterWorker)

public:
    using Key = draft::Key;
    using Operation = draft::Operation;
    using SaveNote = draft::SaveNote;
    using DeleteNote = draft::DeleteNote;
    using SaveRegret = draft::SaveRegret;
    using DeleteRegret = draft::DeleteRegret;
    using SaveSession = draft::SaveSession;
    using TickProbe = draft::TickProbe;
    using SaveStageTimes = draft::SaveStageTimes;
    using Submit = draft::Submit;
    static constexpr Key FirstNewKey = draft::FirstNewKey;

    static constexpr int BusyTimeoutMs = 120;
    static constexpr int RetryIntervalMs = 500;
    // Where the new keys of a journal left by an earlier run are moved on loading.
    static constexpr Key EarlierRunKeys = Key(1) << 62;

    enum class Where { Database, Journal, Memory };
    struct Status
    {
        bool pending = false; // something is queued or being written
        // Where the changes not yet in the database are: all written (Database), all in the
        // journal, or some only in memory.
        Where unwritten = Where::Database;
        std::optional<DraftFailure> failure;
    };

    // `journalPath`: where refused changes are kept (DraftJournal::pathFor by default).
    DraftWriterWorker(StoreLocation location, core::Id interviewId, QString journalPath);
    // Finishes (see finish()) if that has not been done.
    ~DraftWriterWorker() override;

    // Appends an operation; a save of the same row as the last queued one replaces it.
    void enqueue(Operation operation);
    // Tries a refused operation again now rather than at the next retry.
    void retry();
    // True once the queue is written with no failure; false on timeout. Returns early (false) when
    // the head is refused and kept in the journal or memory.
    bool waitUntilIdle(int timeoutMs);
    // Writes everything it can (one more attempt for a refused operation), keeps the rest in the
    // journal, then ends the thread. Returns how many operations are lost: kept in neither.
    int finish();

    Status status() const;
    const QString &journalPath() const { return m_journal.path(); }
    std::vector<DraftSubmitOutcome> takeSubmitOutcomes();
    // The owner has read status(); the next change emits changed() again.
    void acknowledge();

signals:
    // Status or submit outcomes changed. Emitted from the worker thread, at most once until
    // acknowledge(): connect it queued.
    void changed();

protected:
    void run() override;

private:
    struct Queued
    {
        Operation operation;
        // Loaded from a journal an earlier run left: the rows its keys named then.
        std::optional<draft::KnownRows> earlierRows;
        bool journaled = false;
        int edits = 0; // bumped when a later save of the same row is folded in
    };

    bool runnable() const;
    bool needsJournal() const;
    void notify();
    void recordFailure(Queued item, const core::Error &error);
    void loadJournal();

    // Worker thread only, without the mutex.
    void keepInJournal(QMutexLocker<QMutex> &lock);
    void forgetJournal();
    std::vector<DraftJournalEntry> journalEntries(bool all) const;
    void adoptRows(const Queued &item);
    core::Status openStore();
    core::Status write(Operation &operation);
    core::Status saveNote(const SaveNote &op);
    core::Status deleteNote(const DeleteNote &op);
    core::Status saveRegret(const SaveRegret &op);
    core::Status deleteRegret(const DeleteRegret &op);
    core::Status saveSession(const SaveSession &op);
    DraftSubmitOutcome submit();
    core::Id regretRow(Key key) const;

    const StoreLocation m_location;
    const core::Id m_interviewId;
    DraftJournal m_journal;

    // Shared, guarded by m_mutex.
    mutable QMutex m_mutex;
    QWaitCondition m_wake; // the worker: work arrived, retry asked, or stop
    QWaitCondition m_idle; // waiters: the queue drained or its head is stuck
    std::deque<Queued> m_queue;
    bool m_busy = false;
    bool m_stuck = false; // the head was refused and waits for a retry
    bool m_retry = false;
    bool m_stopping = false;
    bool m_notified = false;
    bool m_finished = false;
    // The journal file holds entries; `m_journalStale` when some of them are written since, so
    // the next keep rewrites it from the queue instead of appending.
    bool m_journalInUse = false;
    bool m_journalStale = false;
    bool m_journalFailed = false; // the last keep failed
    bool m_keepAgain = false;     // the retry timer says: try to keep again
    std::optional<DraftFailure> m_failure;
    std::vector<DraftSubmitOutcome> m_submitOutcomes;

    // Worker thread only.
    std::unique_ptr<core::Store> m_store;
    std::unordered_map<Key, core::Id> m_noteRows;
    std::unordered_map<Key, core::Id> m_regretRows;
    std::unordered_set<Key> m_deletedRegrets;
    std::string m_storedStage;
    int m_storedCurrentRegret = 0;
    std::string m_storedPendingLine;
};

} // namespace hindsight::ui
