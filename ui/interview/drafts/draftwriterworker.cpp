#include "ui/interview/drafts/draftwriterworker.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QDeadlineTimer>
#include <QtDebug>

namespace hindsight::ui {

namespace {

using Code = core::Error::Code;

// Failures that may pass (space freed, the other process done, the folder back): the change is
// kept and tried again. Only a change the store can never take (a sealed interview, a value out
// of range, a row that is gone) is skipped; anything else is kept rather than lost.
bool mayPass(Code code)
{
    switch (code) {
    case Code::Constraint:
    case Code::NotFound:
    case Code::InUse:
    case Code::Sealed:
    case Code::NotAuthor:
    case Code::Invalid: return false;
    default: return true;
    }
}

DraftFailure::Subject subjectOf(const DraftWriterWorker::Operation &op)
{
    using W = DraftWriterWorker;
    if (std::holds_alternative<W::SaveNote>(op) || std::holds_alternative<W::DeleteNote>(op))
        return DraftFailure::Subject::Note;
    if (std::holds_alternative<W::SaveRegret>(op) || std::holds_alternative<W::DeleteRegret>(op))
        return DraftFailure::Subject::Regret;
    if (std::holds_alternative<W::TickProbe>(op))
        return DraftFailure::Subject::Probe;
    return DraftFailure::Subject::Session;
}

// Folds `next` into `last` when both write the same row, so only the newest value is written.
bool coalesce(DraftWriterWorker::Operation &last, DraftWriterWorker::Operation &next)
{
    using W = DraftWriterWorker;
    if (auto *a = std::get_if<W::SaveNote>(&last)) {
        auto *b = std::get_if<W::SaveNote>(&next);
        if (!b || b->key != a->key)
            return false;
        *a = std::move(*b);
        return true;
    }
    if (auto *a = std::get_if<W::SaveRegret>(&last)) {
        auto *b = std::get_if<W::SaveRegret>(&next);
        if (!b || b->key != a->key)
            return false;
        *a = std::move(*b);
        return true;
    }
    if (auto *a = std::get_if<W::SaveSession>(&last)) {
        auto *b = std::get_if<W::SaveSession>(&next);
        if (!b)
            return false;
        if (b->stage)
            a->stage = std::move(b->stage);
        if (b->currentRegret)
            a->currentRegret = b->currentRegret;
        if (b->pendingLine)
            a->pendingLine = std::move(b->pendingLine);
        return true;
    }
    if (auto *a = std::get_if<W::TickProbe>(&last)) {
        auto *b = std::get_if<W::TickProbe>(&next);
        if (!b || b->probe != a->probe || b->regret != a->regret)
            return false;
        *a = std::move(*b);
        return true;
    }
    if (auto *a = std::get_if<W::SaveStageTimes>(&last)) {
        auto *b = std::get_if<W::SaveStageTimes>(&next);
        if (!b)
            return false;
        *a = std::move(*b);
        return true;
    }
    return false;
}

} // namespace

DraftWriterWorker::DraftWriterWorker(StoreLocation location, core::Id interviewId,
                                     QString journalPath)
    : m_location(std::move(location))
    , m_interviewId(interviewId)
    , m_journal(std::move(journalPath))
{
    setObjectName(QStringLiteral("DraftWriter"));
    loadJournal();
}

void DraftWriterWorker::loadJournal()
{
    if (!m_journal.exists())
        return;
    auto entries = m_journal.read();
    if (!entries) {
        qWarning("DraftWriter: the journal %s cannot be read (%s); it is left as it is",
                 qPrintable(m_journal.path()), entries.error().detail.c_str());
        return;
    }
    // The earlier run's new keys live in a space of their own, so they never meet the keys this
    // run hands out.
    const auto moved = [](Key &key) {
        if (key >= FirstNewKey)
            key |= EarlierRunKeys;
    };
    for (DraftJournalEntry &entry : *entries) {
        std::visit(
            [&moved](auto &op) {
            using T = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<T, SaveNote>) {
                moved(op.key);
                Key regret = Key(op.note.regretId);
                moved(regret);
                op.note.regretId = core::Id(regret);
            } else if constexpr (std::is_same_v<T, TickProbe>) {
                moved(op.regret);
            } else if constexpr (requires { op.key; }) {
                moved(op.key);
            }
            },
            entry.operation);
        m_queue.push_back({std::move(entry.operation), entry.rows, true, 0});
    }
    m_journalInUse = true;
}

DraftWriterWorker::~DraftWriterWorker()
{
    finish();
}

void DraftWriterWorker::enqueue(Operation operation)
{
    QMutexLocker lock(&m_mutex);
    // An operation from an earlier run's journal is written as it was kept; nothing folds into it.
    Queued *last = m_queue.empty() || m_queue.back().earlierRows ? nullptr : &m_queue.back();
    if (last && coalesce(last->operation, operation)) {
        last->journaled = false;
        ++last->edits;
    } else {
        m_queue.push_back({std::move(operation), std::nullopt, false, 0});
    }
    m_wake.wakeOne();
}

void DraftWriterWorker::retry()
{
    QMutexLocker lock(&m_mutex);
    m_retry = true;
    m_wake.wakeOne();
}

bool DraftWriterWorker::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while ((!m_queue.empty() || m_busy) && !(m_stuck && !m_retry) && !m_finished) {
        if (!m_idle.wait(&m_mutex, deadline))
            break;
    }
    return m_queue.empty() && !m_busy && !m_failure;
}

int DraftWriterWorker::finish()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_finished)
            return int(m_queue.size());
        m_stopping = true;
        m_retry = true;
        m_wake.wakeOne();
    }
    if (isRunning())
        wait();
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_idle.wakeAll();
    const auto lost = std::count_if(m_queue.begin(), m_queue.end(),
                                    [](const Queued &q) { return !q.journaled; });
    if (!m_queue.empty())
        qWarning("DraftWriter: %d change(s) to interview %lld are not in the database: %d kept in "
                 "%s, %d lost",
                 int(m_queue.size()), static_cast<long long>(m_interviewId),
                 int(m_queue.size() - lost), qPrintable(m_journal.path()), int(lost));
    return int(lost);
}

DraftWriterWorker::Status DraftWriterWorker::status() const
{
    QMutexLocker lock(&m_mutex);
    Status status{!m_queue.empty() || m_busy, Where::Database, m_failure};
    const bool anyKept = std::any_of(m_queue.begin(), m_queue.end(),
                                     [](const Queued &q) { return q.journaled; });
    const bool anyLoose = std::any_of(m_queue.begin(), m_queue.end(),
                                      [](const Queued &q) { return !q.journaled; });
    // Changes that arrive while the database refuses are kept within a moment: they count as in
    // memory only once keeping them has failed.
    if (m_stuck && anyLoose && m_journalFailed)
        status.unwritten = Where::Memory;
    else if (anyKept || (m_stuck && anyLoose))
        status.unwritten = Where::Journal;
    return status;
}

std::vector<DraftSubmitOutcome> DraftWriterWorker::takeSubmitOutcomes()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_submitOutcomes, {});
}

void DraftWriterWorker::acknowledge()
{
    QMutexLocker lock(&m_mutex);
    m_notified = false;
}

bool DraftWriterWorker::runnable() const
{
    return !m_queue.empty() && (!m_stuck || m_retry);
}

bool DraftWriterWorker::needsJournal() const
{
    if (!m_stuck || (m_journalFailed && !m_keepAgain))
        return false;
    return m_journalStale || std::any_of(m_queue.begin(), m_queue.end(), [](const Queued &q) {
               return !q.journaled;
           });
}

void DraftWriterWorker::notify()
{
    if (m_notified)
        return;
    m_notified = true;
    emit changed();
}

void DraftWriterWorker::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!runnable() && !needsJournal() && !m_stopping) {
            if (!m_stuck) {
                m_wake.wait(&m_mutex);
            } else if (!m_wake.wait(&m_mutex, QDeadlineTimer(RetryIntervalMs))) {
                m_retry = true; // time for another attempt, and another keep if that failed
                m_keepAgain = true;
            }
        }
        if (needsJournal()) {
            keepInJournal(lock);
            notify();
            continue;
        }
        if (!runnable())
            break; // stopping, and nothing more can be written
        m_retry = false;
        m_stuck = false;
        Queued item = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();

        const bool isSubmit = std::holds_alternative<Submit>(item.operation);
        DraftSubmitOutcome outcome;
        if (isSubmit) {
            outcome = submit();
        } else {
            if (item.earlierRows)
                adoptRows(item);
            outcome.error = write(item.operation);
        }

        lock.relock();
        m_busy = false;
        if (isSubmit) {
            if (!outcome.error)
                m_failure.reset();
            m_submitOutcomes.push_back(std::move(outcome));
        } else if (outcome.error) {
            recordFailure(std::move(item), outcome.error);
        } else {
            m_failure.reset();
            if (item.journaled)
                m_journalStale = true;
        }
        if (m_queue.empty() && !m_busy && m_journalInUse)
            forgetJournal();
        if (m_queue.empty() || m_stuck)
            m_idle.wakeAll();
        notify();
    }
    m_idle.wakeAll();
    lock.unlock();
    m_store.reset();
}

void DraftWriterWorker::recordFailure(Queued item, const core::Error &error)
{
    const DraftFailure::Subject subject = subjectOf(item.operation);
    const bool keep = mayPass(error.code);
    qWarning("DraftWriter: a write to interview %lld failed (%s: %s)%s",
             static_cast<long long>(m_interviewId), error.where.c_str(), error.detail.c_str(),
             keep ? ", kept for retry" : ", skipped: it can never be written");
    std::optional<core::Error> journalError = m_failure ? m_failure->journalError : std::nullopt;
    if (keep) {
        m_queue.push_front(std::move(item));
        m_stuck = true;
    }
    m_failure = DraftFailure{subject, error, journalError};
}

std::vector<DraftJournalEntry> DraftWriterWorker::journalEntries(bool all) const
{
    // Rows as writing the queue in order will find them: a regret deleted ahead of a save of the
    // same key comes back as a new row, so that save names none.
    std::unordered_set<Key> deleted = m_deletedRegrets;
    const auto regretRowAhead = [&](Key key) -> core::Id {
        if (key == 0 || deleted.contains(key))
            return 0;
        const auto it = m_regretRows.find(key);
        if (it != m_regretRows.end())
            return it->second;
        return key < FirstNewKey ? core::Id(key) : 0;
    };
    const auto noteRow = [&](Key key) -> core::Id {
        const auto it = m_noteRows.find(key);
        if (it != m_noteRows.end())
            return it->second;
        return key < FirstNewKey ? core::Id(key) : 0;
    };
    std::vector<DraftJournalEntry> entries;
    for (const Queued &q : m_queue) {
        draft::KnownRows rows;
        if (q.earlierRows) {
            rows = *q.earlierRows;
        } else if (const auto *op = std::get_if<SaveNote>(&q.operation)) {
            rows = {noteRow(op->key), regretRowAhead(Key(op->note.regretId))};
        } else if (const auto *op = std::get_if<DeleteNote>(&q.operation)) {
            rows = {noteRow(op->key), 0};
        } else if (const auto *op = std::get_if<SaveRegret>(&q.operation)) {
            rows = {regretRowAhead(op->key), 0};
            deleted.erase(op->key);
        } else if (const auto *op = std::get_if<DeleteRegret>(&q.operation)) {
            rows = {regretRowAhead(op->key), 0};
            deleted.insert(op->key);
        } else if (const auto *op = std::get_if<TickProbe>(&q.operation)) {
            rows = {0, regretRowAhead(op->regret)};
        }
        if (all || !q.journaled)
            entries.push_back({q.operation, rows});
    }
    return entries;
}

void DraftWriterWorker::keepInJournal(QMutexLocker<QMutex> &lock)
{
    m_keepAgain = false;
    const bool rewrite = m_journalStale;
    const std::vector<DraftJournalEntry> entries = journalEntries(rewrite);
    // What is being kept, to mark it once on disk; a save folded into one meanwhile is kept again.
    std::vector<std::pair<Queued *, int>> kept;
    for (Queued &q : m_queue) {
        if (rewrite || !q.journaled)
            kept.emplace_back(&q, q.edits);
    }
    lock.unlock();
    const core::Status e = rewrite ? m_journal.replace(entries) : m_journal.append(entries);
    lock.relock();
    if (e) {
        qWarning("DraftWriter: the journal %s cannot keep %d change(s) (%s): they are in memory only",
                 e.where.c_str(), int(entries.size()), e.detail.c_str());
        m_journalFailed = true;
        if (m_failure)
            m_failure->journalError = e;
        return;
    }
    // Only the worker removes from the queue, and it is here: the pointers still hold.
    for (const auto &[q, edits] : kept) {
        if (q->edits == edits)
            q->journaled = true;
    }
    m_journalInUse = true;
    m_journalStale = false;
    m_journalFailed = false;
    if (m_failure)
        m_failure->journalError.reset();
}

void DraftWriterWorker::forgetJournal()
{
    // Called with the queue written: the journal holds nothing that is not in the database.
    if (core::Status e = m_journal.remove()) {
        qWarning("DraftWriter: the written journal %s cannot be removed (%s)", e.where.c_str(),
                 e.detail.c_str());
        return;
    }
    m_journalInUse = false;
    m_journalStale = false;
}

void DraftWriterWorker::adoptRows(const Queued &item)
{
    const draft::KnownRows &rows = *item.earlierRows;
    const auto adoptRegret = [this](Key key, core::Id row) {
        if (key == 0 || row == 0)
            return;
        m_regretRows[key] = row;
        m_deletedRegrets.erase(key);
    };
    if (const auto *op = std::get_if<SaveNote>(&item.operation)) {
        if (rows.row != 0)
            m_noteRows[op->key] = rows.row;
        adoptRegret(Key(op->note.regretId), rows.regret);
    } else if (const auto *op = std::get_if<DeleteNote>(&item.operation)) {
        if (rows.row != 0)
            m_noteRows[op->key] = rows.row;
    } else if (const auto *op = std::get_if<SaveRegret>(&item.operation)) {
        adoptRegret(op->key, rows.row);
    } else if (const auto *op = std::get_if<DeleteRegret>(&item.operation)) {
        adoptRegret(op->key, rows.row);
    } else if (const auto *op = std::get_if<TickProbe>(&item.operation)) {
        adoptRegret(op->regret, rows.regret);
    }
}

core::Status DraftWriterWorker::openStore()
{
    if (m_store)
        return {};
    // Its own connection: a file's or a team server's (an unreachable server is one more refusal
    // that may pass, kept in the journal meanwhile).
    auto opened = m_location.openConnection();
    if (!opened)
        return opened.error();
    // Past this a write is kept in the journal rather than waited for: the line being typed must
    // be durable within 300 ms even while another process holds the lock.
    if (auto *file = dynamic_cast<core::SqliteStore *>(opened->get())) {
        if (core::Status e = file->setBusyTimeout(BusyTimeoutMs))
            return e;
    }
    auto stored = (*opened)->interview(m_interviewId);
    if (!stored)
        return stored.error();
    m_storedStage = stored->stage;
    m_storedCurrentRegret = stored->currentRegret;
    m_storedPendingLine = stored->pendingNote;
    m_store = std::move(*opened);
    return {};
}

core::Status DraftWriterWorker::write(Operation &operation)
{
    if (core::Status e = openStore())
        return e;
    if (auto *op = std::get_if<SaveNote>(&operation))
        return saveNote(*op);
    if (auto *op = std::get_if<DeleteNote>(&operation))
        return deleteNote(*op);
    if (auto *op = std::get_if<SaveRegret>(&operation))
        return saveRegret(*op);
    if (auto *op = std::get_if<DeleteRegret>(&operation))
        return deleteRegret(*op);
    if (auto *op = std::get_if<SaveSession>(&operation))
        return saveSession(*op);
    if (auto *op = std::get_if<TickProbe>(&operation))
        return m_store->setProbeTicked(m_interviewId, {op->probe, regretRow(op->regret), op->at},
                                       op->ticked);
    if (auto *op = std::get_if<SaveStageTimes>(&operation))
        return m_store->saveStageTimes(m_interviewId, op->stageMs);
    return {};
}

namespace {

// The row a key names: the one recorded for it, else the key itself when it is a row id, else 0.
core::Id rowOf(const std::unordered_map<DraftWriterWorker::Key, core::Id> &rows,
               DraftWriterWorker::Key key)
{
    const auto it = rows.find(key);
    if (it != rows.end())
        return it->second;
    return key < DraftWriterWorker::FirstNewKey ? core::Id(key) : 0;
}

} // namespace

core::Id DraftWriterWorker::regretRow(Key key) const
{
    // A note cannot point at a deleted regret (the store would refuse it); like the store's own
    // ON DELETE SET NULL, it then belongs to none.
    if (key == 0 || m_deletedRegrets.contains(key))
        return 0;
    return rowOf(m_regretRows, key);
}

core::Status DraftWriterWorker::saveNote(const SaveNote &op)
{
    core::Note note = op.note;
    note.id = rowOf(m_noteRows, op.key);
    note.interviewId = m_interviewId;
    note.regretId = regretRow(Key(op.note.regretId));
    auto id = m_store->saveNote(note);
    if (!id)
        return id.error();
    m_noteRows[op.key] = *id;
    return {};
}

core::Status DraftWriterWorker::deleteNote(const DeleteNote &op)
{
    const core::Id row = rowOf(m_noteRows, op.key);
    if (row == 0)
        return {}; // never written: nothing to delete
    // The key keeps its row, so saving it again (undo) brings back the same row.
    core::Status e = m_store->deleteNote(row);
    return e.code == Code::NotFound ? core::Status{} : e;
}

core::Status DraftWriterWorker::saveRegret(const SaveRegret &op)
{
    core::Regret regret = op.regret;
    regret.interviewId = m_interviewId;
    // The store cannot re-create a deleted regret under its old id: a deleted one comes back as a
    // new row, and the key follows it.
    regret.id = m_deletedRegrets.contains(op.key) ? 0 : rowOf(m_regretRows, op.key);
    auto id = m_store->saveRegret(regret);
    if (!id)
        return id.error();
    m_regretRows[op.key] = *id;
    m_deletedRegrets.erase(op.key);
    return {};
}

core::Status DraftWriterWorker::deleteRegret(const DeleteRegret &op)
{
    const core::Id row = m_deletedRegrets.contains(op.key) ? 0 : rowOf(m_regretRows, op.key);
    if (row != 0) {
        core::Status e = m_store->deleteRegret(row);
        if (e && e.code != Code::NotFound)
            return e;
    }
    m_deletedRegrets.insert(op.key);
    return {};
}

core::Status DraftWriterWorker::saveSession(const SaveSession &op)
{
    const std::string &stage = op.stage ? *op.stage : m_storedStage;
    const int current = op.currentRegret ? *op.currentRegret : m_storedCurrentRegret;
    const std::string &line = op.pendingLine ? *op.pendingLine : m_storedPendingLine;
    if (core::Status e = m_store->saveSession(m_interviewId, stage, current, line))
        return e;
    m_storedStage = stage;
    m_storedCurrentRegret = current;
    m_storedPendingLine = line;
    return {};
}

DraftSubmitOutcome DraftWriterWorker::submit()
{
    DraftSubmitOutcome outcome;
    if (core::Status e = openStore()) {
        outcome.error = e;
        return outcome;
    }
    outcome.error = m_store->submitInterview(m_interviewId);
    if (outcome.error.code != Code::Invalid)
        return outcome;
    auto interview = m_store->interview(m_interviewId);
    auto taxonomy = m_store->taxonomy();
    if (interview && taxonomy) {
        outcome.problems = core::InterviewSeal::problems(*interview, [&](const std::string &d) {
            return taxonomy->hasDomain(d);
        });
    }
    return outcome;
}

} // namespace hindsight::ui
