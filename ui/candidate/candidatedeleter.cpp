#include "ui/candidate/candidatedeleter.h"

#include "ui/common/dialogs.h"
#include "ui/common/plaintext.h"
#include "ui/interchange/erasuretext.h"
#include "ui/interchange/errortext.h"

#include "core/storage/sqlite/candidateerasure.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <QStringList>

namespace hindsight::ui {

using core::CandidateErasure;

QString CandidateDeleter::run(QWidget *parent, core::Store &store, core::Id candidateId)
{
    // Deleting a person from a SQLite file is not done when the rows are: their text stays in the
    // -wal until a checkpoint and in every backup beside the file. So the window erases a file's
    // candidate through CandidateErasure, as the command line does. A team server keeps nothing
    // beside its rows (its backups are its administrators'): Store::eraseCandidates is all.
    auto *file = dynamic_cast<core::SqliteStore *>(&store);
    if (!file)
        return runOnServer(parent, store, candidateId);
    CandidateErasure erasure(*file);
    const auto plan = erasure.plan({candidateId});
    if (!plan) {
        Dialogs::critical(parent, tr("Delete Candidate"), tr("The candidate could not be read."),
                          interchange::ErrorText::describe(plan.error()));
        return {};
    }
    const CandidateErasure::Person &person = plan->people.front();
    const QString name = PlainText::isolate(QString::fromStdString(person.candidate.name));
    QStringList details{tr("Everything held about them goes with them: %1.")
                            .arg(interchange::ErasureText::holdings(person.held))};
    const int backups = int(plan->backups.size());
    if (backups > 0) {
        details << tr("%n backup(s) holding them will be rewritten without them.", nullptr, backups);
    }
    details << tr("This cannot be undone.");
    if (!Dialogs::confirm(parent, tr("Delete Candidate"), tr("Delete the candidate %1?").arg(name),
                          details.join(QLatin1Char(' ')), tr("&Delete Candidate")))
        return {};

    const CandidateErasure::Outcome outcome = erasure.execute(
        *plan, CandidateErasure::BackupAction::Rewrite);
    if (!outcome.databaseErased) {
        Dialogs::critical(parent, tr("Delete Candidate"),
                          tr("%1 could not be deleted; nothing was.").arg(name),
                          interchange::ErrorText::describe(outcome.error));
        return {};
    }
    if (outcome.log || outcome.error) {
        QStringList problems;
        if (outcome.log) {
            problems << tr("Their text is still in %1 because another program is reading the "
                           "database; it goes when the last program using the database closes it.")
                            .arg(QString::fromStdString(outcome.log.where));
        }
        if (outcome.error)
            problems << interchange::ErrorText::describe(outcome.error);
        Dialogs::critical(parent, tr("Deleted, With a Problem"),
                          tr("%1 was deleted from the database.").arg(name),
                          problems.join(QLatin1Char('\n')));
    }
    return tr("Deleted the candidate %1.").arg(name);
}

QString CandidateDeleter::runOnServer(QWidget *parent, core::Store &store, core::Id candidateId)
{
    auto candidate = store.candidate(candidateId);
    auto interviews = candidate ? store.interviews(candidateId)
                                : core::Result<std::vector<core::Interview>>(candidate.error());
    auto decisions = interviews ? store.decisions(candidateId)
                                : core::Result<std::vector<core::Decision>>(interviews.error());
    if (!decisions) {
        Dialogs::critical(parent, tr("Delete Candidate"), tr("The candidate could not be read."),
                          interchange::ErrorText::describe(decisions.error()));
        return {};
    }
    const QString name = PlainText::isolate(QString::fromStdString(candidate->name));
    // What this login can see: a colleague's draft is not counted, and the server refuses the
    // deletion while one exists (said below).
    const QString details =
        tr("Everything the team server holds about them goes with them: %n submitted "
           "interview(s), ",
           nullptr, int(interviews->size()))
        + tr("%n decision(s), their notes and placement overrides. This cannot be undone.", nullptr,
             int(decisions->size()));
    if (!Dialogs::confirm(parent, tr("Delete Candidate"), tr("Delete the candidate %1?").arg(name),
                          details, tr("&Delete Candidate")))
        return {};
    if (const core::Status e = store.eraseCandidates({candidateId})) {
        const QString why = e.code == core::Error::Code::InUse
                                ? tr("Someone is still interviewing them: the draft must be "
                                     "submitted or discarded first.")
                                : interchange::ErrorText::describe(e);
        Dialogs::critical(parent, tr("Delete Candidate"),
                          tr("%1 could not be deleted; nothing was.").arg(name), why);
        return {};
    }
    return tr("Deleted the candidate %1.").arg(name);
}

} // namespace hindsight::ui
