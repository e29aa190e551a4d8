#pragma once

#include "core/error.h"
#include "core/ids.h"
#include "core/interviewseal.h"
#include "core/note.h"
#include "core/regret.h"
#include "core/result.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace hindsight::core {
class SqliteStore;
}

namespace hindsight::ui {

// A write that failed: what it was about and why. `gaveUp` when the writer stopped retrying it.
struct DraftFailure
{
    enum class Subject { Note, Regret, Session, Probe };
    Subject subject = Subject::Note;
    core::Error error;
    bool gaveUp = false;
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
// Failure policy: an operation that fails for a reason that may pass (busy, disk full, read-only,
// cannot open) stays at the head of the queue and is tried again when retry() is called, at most
// MaxAttempts times in all; the operations behind it wait, so order is kept. One that cannot
// succeed (sealed, invalid, constraint) is reported and skipped. Either way the failure is kept
// until a later write succeeds.
class DraftWriterWorker final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftWriterWorker)

public:
    using Key = quint64;
    // Keys below this are row ids of rows that already exist; newKey() starts here.
    static constexpr Key FirstNewKey = Key(1) << 40;
    static constexpr int MaxAttempts = 10;

    struct SaveNote
    {
        Key key;
        core::Note note;
    };
    struct DeleteNote
    {
        Key key;
    };
    struct SaveRegret
    {
        Key key;
        core::Regret regret;
    };
    struct DeleteRegret
    {
        Key key;
    };
    // Unset parts keep what is stored.
    struct SaveSession
    {
        std::optional<std::string> stage;
        std::optional<int> currentRegret;
        std::optional<std::string> pendingLine;
    };
    struct TickProbe
    {
        Key regret; // the regret it was asked for, 0 for none
        std::string probe;
        bool ticked;
        core::TimePoint at;
    };
    struct SaveStageTimes
    {
        std::map<std::string, std::int64_t> stageMs;
    };
    struct Submit
    {
    };
    using Operation = std::variant<SaveNote, DeleteNote, SaveRegret, DeleteRegret, SaveSession,
                                   TickProbe, SaveStageTimes, Submit>;

    struct Status
    {
        bool pending = false; // something is queued or being written
        std::optional<DraftFailure> failure;
    };

    DraftWriterWorker(std::string databasePath, core::Id interviewId);
    // Finishes (see finish()) if that has not been done.
    ~DraftWriterWorker() override;

    // Appends an operation; a save of the same row as the last queued one replaces it.
    void enqueue(Operation operation);
    // Lets an operation that failed be tried again.
    void retry();
    // True once the queue is empty with no failure; false on timeout or when the head is stuck.
    bool waitUntilIdle(int timeoutMs);
    // Writes everything it can (one more attempt for a stuck operation), then ends the thread.
    // Returns how many operations could not be written.
    int finish();

    Status status() const;
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
        int attempts = 0;
    };

    bool runnable() const;
    void notify();
    void recordFailure(Queued item, const core::Error &error);

    // Worker thread only, without the mutex.
    core::Status openStore();
    core::Status write(Operation &operation);
    core::Status saveNote(const SaveNote &op);
    core::Status deleteNote(const DeleteNote &op);
    core::Status saveRegret(const SaveRegret &op);
    core::Status deleteRegret(const DeleteRegret &op);
    core::Status saveSession(const SaveSession &op);
    DraftSubmitOutcome submit();
    core::Id regretRow(Key key) const;

    const std::string m_path;
    const core::Id m_interviewId;

    // Shared, guarded by m_mutex.
    mutable QMutex m_mutex;
    QWaitCondition m_wake; // the worker: work arrived, retry asked, or stop
    QWaitCondition m_idle; // waiters: the queue drained or its head is stuck
    std::deque<Queued> m_queue;
    bool m_busy = false;
    bool m_stuck = false; // the head failed and waits for retry()
    bool m_retry = false;
    bool m_stopping = false;
    bool m_notified = false;
    bool m_finished = false;
    std::optional<DraftFailure> m_failure;
    std::vector<DraftSubmitOutcome> m_submitOutcomes;

    // Worker thread only.
    std::unique_ptr<core::SqliteStore> m_store;
    std::unordered_map<Key, core::Id> m_noteRows;
    std::unordered_map<Key, core::Id> m_regretRows;
    std::unordered_set<Key> m_deletedRegrets;
    std::string m_storedStage;
    int m_storedCurrentRegret = 0;
    std::string m_storedPendingLine;
};

} // namespace hindsight::ui
