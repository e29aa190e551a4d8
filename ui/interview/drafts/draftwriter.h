#pragma once

#include "ui/common/storelocation.h"

#include "core/ids.h"
#include "core/note.h"
#include "core/regret.h"
#include "ui/interchange/failure.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>

class QTimer;

namespace hindsight::ui {

class DraftWriterWorker;
struct DraftSubmitOutcome;

// Persists one draft interview off the UI thread, so typing never waits for the disk (each commit
// is fsynced: synchronous=FULL). Operations are applied in the order they are called, by a worker
// thread with its own connection to the database file. Rows are named by Keys the UI hands out:
// a row loaded from the store uses its row id as key; a new row gets newKey(), and the writer
// remembers which row id that key became. Note::regretId carries the Key of its regret.
//
// Durability contract: every call except setPendingLine() is queued for writing at once;
// setPendingLine() is written at most PendingLineDelayMs after its last call, and at once by
// flush(). What the database refuses is kept in a side journal beside it (DraftJournal) and
// written later, in order; only what is in the database is Saved. The destructor flushes and
// waits, so closing the window loses nothing that is not already kept in the journal.
class DraftWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftWriter)

public:
    using Key = quint64;
    // Saved: all in the database. Saving: being written. Kept: refused by the database and kept
    // in the journal, retrying. InMemory: refused, and the journal could not keep it either.
    // Failed: a change that can never be written was skipped (a bug, or a sealed interview).
    enum class State { Saved, Saving, Kept, InMemory, Failed };
    Q_ENUM(State)

    static constexpr int PendingLineDelayMs = 150;

    DraftWriter(const StoreLocation &location, core::Id interviewId, QObject *parent = nullptr);
    ~DraftWriter() override;

    core::Id interviewId() const;
    Key newKey();

    void saveNote(Key key, const core::Note &note);
    void deleteNote(Key key);
    void saveRegret(Key key, const core::Regret &regret);
    // A deleted regret saved again comes back as a new row (the store cannot re-create a regret
    // under its old id) and its key follows it. Notes keep no link to a deleted regret (as with
    // the store's ON DELETE SET NULL): save them again after bringing it back.
    void deleteRegret(Key key);
    void setSession(const QString &stage, int currentRegret);
    void setPendingLine(const QString &text);
    // Ticks or unticks a probe for the regret `regret` (a Key; 0 for none), ticked at `at`.
    void setProbeTicked(Key regret, const QString &probe, bool ticked, core::TimePoint at);
    void setStageTimes(const std::map<std::string, std::int64_t> &stageMs);

    // Queues whatever is pending (the pending line included) for writing now, without waiting.
    void flush();
    // Blocks until everything queued so far is on disk; for shutdown and tests only.
    bool waitUntilSaved(int timeoutMs = 5000);
    // Flushes, then submits (validation and seal in core). Answered by submitFinished().
    void submit();

    State state() const;
    // What the last failed write was about and why; stays until a later write succeeds. In the
    // InMemory state the cause also says why the journal could not keep it.
    std::optional<interchange::Failure> failure() const;
    // Whether that failure is the team server being out of reach (Error::Code::Offline): the
    // notes are then kept on this laptop until it is back.
    bool isOffline() const;
    // Where refused changes are kept.
    QString journalPath() const;

signals:
    void stateChanged(hindsight::ui::DraftWriter::State state);
    void submitFinished(bool ok, const QString &message);

private:
    // Queues the session row (stage, current regret, pending line) with what is known so far.
    void queueSession();
    // Emits stateChanged and submitFinished for what the worker reported; runs on the UI thread.
    void refreshState();
    void scheduleRefresh();
    static QString submitMessage(const DraftSubmitOutcome &outcome);

    const core::Id m_interviewId;
    Key m_nextKey;
    // The session as the screen last set it; unset parts are left as stored.
    std::optional<QString> m_stage;
    std::optional<int> m_currentRegret;
    std::optional<QString> m_pendingLine;
    bool m_pendingLineQueued = true;
    bool m_refreshScheduled = false;
    State m_reportedState = State::Saved;
    QTimer *m_pendingLineTimer;
    std::unique_ptr<DraftWriterWorker> m_worker;
};

} // namespace hindsight::ui
