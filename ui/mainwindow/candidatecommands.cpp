#include "ui/mainwindow/candidatecommands.h"

#include "ui/candidate/candidatedeleter.h"
#include "ui/candidate/candidateeditdialog.h"
#include "ui/candidate/candidatemergedialog.h"
#include "ui/common/plaintext.h"
#include "ui/common/settings.h"
#include "ui/common/statusmessage.h"
#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/sidebar.h"

#include "core/storage/store.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

namespace hindsight::ui {

CandidateCommands::CandidateCommands(core::Store &store, const ActionRegistry &actions,
                                     Sidebar *sidebar, RoleCandidateModel *candidates,
                                     QMainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_sidebar(sidebar)
    , m_candidates(candidates)
    , m_window(window)
{
    using Id = ActionRegistry::Id;
    connect(actions.action(Id::EditCandidate), &QAction::triggered, this, &CandidateCommands::edit);
    connect(actions.action(Id::MergeCandidate), &QAction::triggered, this,
            &CandidateCommands::merge);
    connect(actions.action(Id::DeleteCandidate), &QAction::triggered, this,
            &CandidateCommands::remove);
}

std::optional<core::Id> CandidateCommands::selected()
{
    const std::optional<core::Id> candidate = m_sidebar->currentCandidate();
    if (!candidate)
        StatusMessage::show(m_window->statusBar(), tr("Select a candidate first."));
    return candidate;
}

void CandidateCommands::report(const QString &what, const core::Error &error)
{
    StatusMessage::failure(m_window, tr("Hindsight"), interchange::Failure::of(what, error));
}

void CandidateCommands::edit()
{
    const auto id = selected();
    if (!id)
        return;
    auto candidate = m_store.candidate(*id);
    auto roles = m_store.roles();
    if (!candidate || !roles) {
        report(tr("Could not read the candidate."), candidate ? roles.error() : candidate.error());
        return;
    }
    auto *dialog = new CandidateEditDialog(*candidate, *roles, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::Candidate edited = dialog->candidate();
        // One write: name, e-mail, role and link change together or not at all.
        if (auto saved = m_store.saveCandidate(edited); !saved) {
            report(tr("Could not save the candidate."), saved.error());
            return;
        }
        // Moved to another role, the row moved in the sidebar: it stays the one selected.
        m_sidebar->selectCandidate(edited.id);
        StatusMessage::show(m_window->statusBar(),
                            tr("Saved the candidate %1.")
                                .arg(PlainText::isolate(QString::fromStdString(edited.name))));
    });
    // open(), not exec(): window-modal without a nested event loop, so tests are never blocked.
    dialog->open();
}

void CandidateCommands::merge()
{
    const auto id = selected();
    if (!id)
        return;
    auto keep = m_store.candidate(*id);
    if (!keep) {
        report(tr("Could not read the candidate."), keep.error());
        return;
    }
    auto *dialog = new CandidateMergeDialog(m_store, m_candidates, *keep, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto other = dialog->other();
        if (!other)
            return;
        const core::Candidate &keep = dialog->kept();
        // Named before it goes, for the status bar.
        const auto gone = m_store.candidate(*other);
        const QString goneName = PlainText::isolate(gone ? QString::fromStdString(gone->name)
                                                         : QString());
        if (const core::Error e = m_store.mergeCandidates(
                keep.id, *other, Settings().interviewerName().toStdString())) {
            report(tr("Could not merge the candidates."), e);
            return;
        }
        m_sidebar->selectCandidate(keep.id);
        StatusMessage::show(m_window->statusBar(),
                            tr("Merged %1 into %2.")
                                .arg(goneName,
                                     PlainText::isolate(QString::fromStdString(keep.name))));
    });
    dialog->open();
}

void CandidateCommands::remove()
{
    const auto id = selected();
    if (!id)
        return;
    if (const QString done = CandidateDeleter::run(m_window, m_store, *id); !done.isEmpty())
        StatusMessage::show(m_window->statusBar(), done);
}

} // namespace hindsight::ui
