#include "ui/interview/drafts/draftwriter.h"

#include "ui/interview/drafts/draftjournal.h"
#include "ui/interview/drafts/draftwriterworker.h"

#include "ui/interchange/errortext.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace hindsight::ui {

DraftWriter::DraftWriter(const StoreLocation &location, core::Id interviewId, QObject *parent)
    : QObject(parent)
    , m_interviewId(interviewId)
    , m_nextKey(DraftWriterWorker::FirstNewKey)
    , m_pendingLineTimer(new QTimer(this))
    , m_worker(std::make_unique<DraftWriterWorker>(location, interviewId,
                                                   DraftJournal::pathFor(location, interviewId)))
{
    m_pendingLineTimer->setSingleShot(true);
    m_pendingLineTimer->setInterval(PendingLineDelayMs);
    connect(m_pendingLineTimer, &QTimer::timeout, this, &DraftWriter::queueSession);
    connect(m_worker.get(), &DraftWriterWorker::changed, this, &DraftWriter::refreshState,
            Qt::QueuedConnection);
    m_worker->start();
}

DraftWriter::~DraftWriter()
{
    flush();
    m_worker->finish();
}

core::Id DraftWriter::interviewId() const
{
    return m_interviewId;
}

DraftWriter::Key DraftWriter::newKey()
{
    return m_nextKey++;
}

void DraftWriter::saveNote(Key key, const core::Note &note)
{
    m_worker->enqueue(DraftWriterWorker::SaveNote{key, note});
    scheduleRefresh();
}

void DraftWriter::deleteNote(Key key)
{
    m_worker->enqueue(DraftWriterWorker::DeleteNote{key});
    scheduleRefresh();
}

void DraftWriter::saveRegret(Key key, const core::Regret &regret)
{
    m_worker->enqueue(DraftWriterWorker::SaveRegret{key, regret});
    scheduleRefresh();
}

void DraftWriter::deleteRegret(Key key)
{
    m_worker->enqueue(DraftWriterWorker::DeleteRegret{key});
    scheduleRefresh();
}

void DraftWriter::setSession(const QString &stage, int currentRegret)
{
    m_stage = stage;
    m_currentRegret = currentRegret;
    queueSession();
}

void DraftWriter::setPendingLine(const QString &text)
{
    // The hot path of typing: no lock, no allocation beyond the shared QString. The timer is not
    // restarted by every key, so a line typed without pause is still written every
    // PendingLineDelayMs, and the last key at most PendingLineDelayMs after it was typed.
    if (m_pendingLine == text)
        return; // already queued, or about to be
    m_pendingLine = text;
    m_pendingLineQueued = false;
    if (!m_pendingLineTimer->isActive())
        m_pendingLineTimer->start();
}

void DraftWriter::setProbeTicked(Key regret, const QString &probe, bool ticked, core::TimePoint at)
{
    m_worker->enqueue(DraftWriterWorker::TickProbe{regret, probe.toStdString(), ticked, at});
    scheduleRefresh();
}

void DraftWriter::setStageTimes(const std::map<std::string, std::int64_t> &stageMs)
{
    m_worker->enqueue(DraftWriterWorker::SaveStageTimes{stageMs});
    scheduleRefresh();
}

void DraftWriter::flush()
{
    if (!m_pendingLineQueued)
        queueSession();
    m_worker->retry();
}

bool DraftWriter::waitUntilSaved(int timeoutMs)
{
    return m_worker->waitUntilIdle(timeoutMs);
}

void DraftWriter::submit()
{
    flush();
    m_worker->enqueue(DraftWriterWorker::Submit{});
    scheduleRefresh();
}

DraftWriter::State DraftWriter::state() const
{
    const DraftWriterWorker::Status status = m_worker->status();
    using Where = DraftWriterWorker::Where;
    if (status.unwritten == Where::Memory)
        return State::InMemory;
    if (status.unwritten == Where::Journal && status.failure)
        return State::Kept;
    if (status.failure)
        return status.pending ? State::Saving : State::Failed;
    return status.pending ? State::Saving : State::Saved;
}

std::optional<interchange::Failure> DraftWriter::failure() const
{
    const std::optional<DraftFailure> draft = m_worker->status().failure;
    if (!draft)
        return std::nullopt;
    QString what;
    switch (draft->subject) {
    case DraftFailure::Subject::Note: what = tr("A note could not be saved."); break;
    case DraftFailure::Subject::Regret: what = tr("A regret could not be saved."); break;
    case DraftFailure::Subject::Session:
        what = tr("The current stage and the line being typed could not be saved.");
        break;
    case DraftFailure::Subject::Probe: what = tr("A probe tick could not be saved."); break;
    }
    interchange::Failure failure = interchange::Failure::of(what, draft->error);
    if (draft->journalError) {
        // The system's reason alone: ErrorText would call the journal a database.
        const QString journal = QString::fromStdString(draft->journalError->where);
        const QString why = QString::fromStdString(draft->journalError->detail);
        failure.cause += QLatin1Char(' ')
                         + (why.isEmpty()
                                ? tr("The journal %1 cannot keep it either.").arg(journal)
                                : tr("The journal %1 cannot keep it either (%2).").arg(journal, why));
    }
    return failure;
}

bool DraftWriter::isOffline() const
{
    const std::optional<DraftFailure> draft = m_worker->status().failure;
    return draft && draft->error.code == core::Error::Code::Offline;
}

QString DraftWriter::journalPath() const
{
    return m_worker->journalPath();
}

void DraftWriter::queueSession()
{
    m_pendingLineTimer->stop();
    m_pendingLineQueued = true;
    DraftWriterWorker::SaveSession op;
    if (m_stage)
        op.stage = m_stage->toStdString();
    op.currentRegret = m_currentRegret;
    if (m_pendingLine)
        op.pendingLine = m_pendingLine->toStdString();
    m_worker->enqueue(std::move(op));
    scheduleRefresh();
}

void DraftWriter::scheduleRefresh()
{
    // Only the step from Saved to Saving is ours to report; the worker reports every other change.
    if (m_refreshScheduled || m_reportedState != State::Saved)
        return;
    m_refreshScheduled = true;
    QMetaObject::invokeMethod(this, &DraftWriter::refreshState, Qt::QueuedConnection);
}

void DraftWriter::refreshState()
{
    m_refreshScheduled = false;
    m_worker->acknowledge();
    const std::vector<DraftSubmitOutcome> outcomes = m_worker->takeSubmitOutcomes();
    const State now = state();

    // A receiver may delete this writer; stop touching it then.
    const QPointer<DraftWriter> alive(this);
    if (now != m_reportedState) {
        m_reportedState = now;
        emit stateChanged(now);
    }
    for (const DraftSubmitOutcome &outcome : outcomes) {
        if (!alive)
            return;
        emit submitFinished(!outcome.error, outcome.error ? submitMessage(outcome) : QString());
    }
}

QString DraftWriter::submitMessage(const DraftSubmitOutcome &outcome)
{
    using Kind = core::InterviewSeal::Problem::Kind;
    if (outcome.error.code != core::Error::Code::Invalid || outcome.problems.empty())
        return interchange::ErrorText::describe(outcome.error);
    QStringList missing;
    for (const core::InterviewSeal::Problem &p : outcome.problems) {
        const int regret = p.regretPosition + 1;
        switch (p.kind) {
        case Kind::NoRegrets: missing << tr("No regret has been recorded yet."); break;
        case Kind::NoLevel: missing << tr("Regret %1 has no level.").arg(regret); break;
        case Kind::NoDomain: missing << tr("Regret %1 needs a domain.").arg(regret); break;
        case Kind::UnknownDomain:
            missing << tr("Regret %1 names a domain that does not exist.").arg(regret);
            break;
        case Kind::NoDepth: missing << tr("Regret %1 has no depth rating.").arg(regret); break;
        }
    }
    return tr("The interview was not submitted. %1").arg(missing.join(QLatin1Char(' ')));
}

} // namespace hindsight::ui
