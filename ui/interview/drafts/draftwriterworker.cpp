#include "ui/interview/drafts/draftwriterworker.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QDeadlineTimer>
#include <QtDebug>

namespace hindsight::ui {

namespace {

using Code = core::Error::Code;

// Failures that may pass on their own (space freed, the other process done): worth retrying.
bool mayPass(Code code)
{
    switch (code) {
    case Code::CannotOpen:
    case Code::Busy:
    case Code::DiskFull:
    case Code::ReadOnly:
    case Code::Internal: return true;
    default: return false;
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

DraftWriterWorker::DraftWriterWorker(std::string databasePath, core::Id interviewId)
    : m_path(std::move(databasePath))
    , m_interviewId(interviewId)
{
    setObjectName(QStringLiteral("DraftWriter"));
}

DraftWriterWorker::~DraftWriterWorker()
{
    finish();
}

void DraftWriterWorker::enqueue(Operation operation)
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.empty() || !coalesce(m_queue.back().operation, operation))
        m_queue.push_back({std::move(operation), 0});
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
    if (!m_queue.empty())
        qWarning("DraftWriter: %d change(s) to interview %lld could not be written",
                 int(m_queue.size()), static_cast<long long>(m_interviewId));
    return int(m_queue.size());
}

DraftWriterWorker::Status DraftWriterWorker::status() const
{
    QMutexLocker lock(&m_mutex);
    return {!m_queue.empty() || m_busy, m_failure};
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
        while (!runnable() && !m_stopping)
            m_wake.wait(&m_mutex);
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
        if (isSubmit)
            outcome = submit();
        else
            outcome.error = write(item.operation);

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
        }
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
    ++item.attempts;
    const DraftFailure::Subject subject = subjectOf(item.operation);
    const bool keep = mayPass(error.code) && item.attempts < MaxAttempts;
    qWarning("DraftWriter: a write to interview %lld failed (%s: %s)%s",
             static_cast<long long>(m_interviewId), error.where.c_str(), error.detail.c_str(),
             keep ? ", kept for retry" : ", skipped");
    if (keep) {
        m_queue.push_front(std::move(item));
        m_stuck = true;
    }
    m_failure = DraftFailure{subject, error, !keep && mayPass(error.code)};
}

core::Status DraftWriterWorker::openStore()
{
    if (m_store)
        return {};
    auto opened = core::SqliteStore::open(m_path);
    if (!opened)
        return opened.error();
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
