#include "ui/interview/drafts/draftrecovery.h"

#include "ui/interview/drafts/draftjournal.h"
#include "ui/interview/drafts/draftwriterworker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

namespace hindsight::ui {

std::optional<DraftRecovery::Pending> DraftRecovery::replay(const StoreLocation &location,
                                                            core::Id interviewId, int timeoutMs)
{
    const DraftJournal journal(DraftJournal::pathFor(location, interviewId));
    if (!journal.exists())
        return std::nullopt;
    DraftWriterWorker worker(location, interviewId, journal.path());
    worker.start();
    // A refusal may pass within the time given (another process finishing its import): try again
    // until then rather than give up at the first.
    const QDeadlineTimer deadline(timeoutMs);
    while (!worker.waitUntilIdle(int(deadline.remainingTime())) && !deadline.hasExpired()) {
        QThread::msleep(100);
        worker.retry();
    }
    const DraftWriterWorker::Status status = worker.status();
    worker.finish(); // what is not written stays in the journal
    if (!journal.exists())
        return std::nullopt;
    const QString what = tr("The notes kept in %1 are not in the database yet.")
                             .arg(QDir::toNativeSeparators(journal.path()));
    core::Error error = status.failure ? status.failure->error
                                       : core::Error{core::Error::Code::Busy, {}, {}};
    return Pending{interviewId, journal.path(), interchange::Failure::of(what, error)};
}

std::vector<DraftRecovery::Pending> DraftRecovery::replayAll(const StoreLocation &location,
                                                             int timeoutMs)
{
    std::vector<Pending> left;
    for (const DraftJournal::Leftover &leftover : DraftJournal::leftovers(location)) {
        if (auto pending = replay(location, leftover.interviewId, timeoutMs))
            left.push_back(std::move(*pending));
    }
    return left;
}

} // namespace hindsight::ui
