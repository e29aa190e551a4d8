#include "ui/mainwindow/mainwindow.h"

#include "ui/mainwindow/importreviewdialog.h"

#include "ui/board/committeeboard.h"
#include "ui/candidate/candidatepage.h"
#include "ui/common/columnchooser.h"
#include "ui/common/dialogs.h"
#include "ui/common/settings.h"
#include "ui/common/statusmessage.h"
#include "ui/common/storewatcher.h"
#include "ui/interview/amend/interviewamender.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/mydrafts/mydraftsdialog.h"
#include "ui/interview/timebudgetdialog.h"
#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/candidatecommands.h"
#include "ui/mainwindow/mainmenus.h"
#include "ui/mainwindow/newcandidatedialog.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/role/roledeleter.h"
#include "ui/role/roleeditordialog.h"

#include "core/storage/store.h"
#include "ui/mainwindow/rolecandidatemodel.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "ui/mainwindow/sidebar.h"
#include "ui/mainwindow/storewindows.h"

#include "ui/common/plaintext.h"
#include "ui/common/windowgeometry.h"
#include "ui/interchange/errortext.h"
#include "ui/interchange/jsonimporter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

namespace hindsight::ui {

MainWindow::MainWindow(core::Store &store, const StoreLocation &location, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_location(location)
    , m_watcher(StoreWatcher::acquire(store))
    , m_actions(new ActionRegistry(this))
    , m_model(new RoleCandidateModel(store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new Sidebar(m_model, m_splitter))
    , m_page(new CandidatePage(store, m_splitter))
    , m_countLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Hindsight").arg(location.displayName()));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar->setContentsMargins(8, 8, 0, 8);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_page);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 1000});
    m_sidebar->setMinimumWidth(240);
    setCentralWidget(m_splitter);

    m_countLabel->setObjectName(QStringLiteral("statusCounts"));
    m_pathLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_pathLabel->setForegroundRole(QPalette::PlaceholderText);
    // A file name is text too: "<b>.sqlite3" is a valid one.
    PlainText::apply({m_countLabel, m_pathLabel});
    // A long path must not widen the window; the tooltip has it in full.
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    if (location.isServer()) {
        m_pathLabel->setText(tr("Team server: %1").arg(location.displayName()));
        m_pathLabel->setToolTip(PlainText::toolTip(location.path()));
    } else {
        const QString nativePath = QDir::toNativeSeparators(location.path());
        m_pathLabel->setText(tr("Database: %1").arg(nativePath));
        m_pathLabel->setToolTip(PlainText::toolTip(nativePath));
    }
    m_pathLabel->setAccessibleName(m_pathLabel->text());
    statusBar()->addPermanentWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    // QStatusBar draws a message left of the first visible permanent widget: the stretching path
    // label would leave it no room, so the label steps aside while a message shows.
    connect(statusBar(), &QStatusBar::messageChanged, m_pathLabel,
            [this](const QString &message) { m_pathLabel->setVisible(message.isEmpty()); });

    MainMenus::build(menuBar(), *m_actions, m_sidebar);
    connectActions();
    new CandidateCommands(m_store, *m_actions, m_sidebar, m_model, this);

    connect(m_sidebar, &Sidebar::candidateSelected, this, [this](core::Id id) {
        if (const core::Error e = m_page->showCandidate(id))
            reportError(tr("Could not show the candidate."), e);
    });
    connect(m_sidebar, &Sidebar::roleSelected, this, [this](core::Id id) {
        if (const core::Error e = m_page->showRole(id))
            reportError(tr("Could not show the role."), e);
    });
    connect(m_sidebar, &Sidebar::selectionCleared, this, &MainWindow::showSelection);
    // The page's evidence opens and amends interviews; windows are children of this one.
    connect(m_page, &CandidatePage::openInterviewRequested, this,
            [this](core::Id id) { InterviewLauncher::open(m_store, m_location, id, this); });
    connect(m_page, &CandidatePage::amendInterviewRequested, this,
            [this](core::Id id) { InterviewAmender::amend(m_store, m_location, id, this, this); });
    connect(m_sidebar, &Sidebar::visibleCandidatesChanged, this, &MainWindow::updateCounts);
    // The sidebar's model follows the store by itself; a read that fails is said here.
    connect(m_model, &RoleCandidateModel::reloadFailed, this,
            [this](const core::Error &e) { reportError(tr("Could not read the database."), e); });
    connect(m_watcher.get(), &StoreWatcher::pollFailed, this, [this](const core::Error &e) {
        StatusMessage::keep(statusBar(), tr("Could not check the database for changes: %1")
                                             .arg(interchange::ErrorText::describe(e)));
    });

    QWidget::setTabOrder(m_sidebar->findChild<QWidget *>(QStringLiteral("sidebarFilter")),
                         m_sidebar->findChild<QWidget *>(QStringLiteral("sidebarTree")));

    WindowGeometry::manage(this, QSize(1440, 900));
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    // Views follow the store's changes by themselves; this is for a user who wants to be sure,
    // and for the first read.
    m_watcher->pollNow();
    const std::optional<core::Id> selected = m_sidebar->currentCandidate();
    if (const core::Error e = m_model->reload())
        reportError(tr("Could not read the database."), e);
    m_sidebar->restoreSelection(selected);
    if (!m_sidebar->currentCandidate())
        showSelection();
}

void MainWindow::connectActions()
{
    using Id = ActionRegistry::Id;
    connect(m_actions->action(Id::OpenDatabase), &QAction::triggered, this,
            [this] { StoreWindows::openDatabase(this); });
    connect(m_actions->action(Id::ConnectTeamServer), &QAction::triggered, this,
            [this] { StoreWindows::connectTeamServer(this); });
    connect(m_actions->action(Id::Import), &QAction::triggered, this, &MainWindow::importFile);
    connect(m_actions->action(Id::Export), &QAction::triggered, this,
            [this] { openExport(ExportDialog::Purpose::Export); });
    connect(m_actions->action(Id::Print), &QAction::triggered, this,
            [this] { openExport(ExportDialog::Purpose::Print); });
    connect(m_actions->action(Id::NewCandidate), &QAction::triggered, this,
            &MainWindow::newCandidate);
    connect(m_actions->action(Id::StartInterview), &QAction::triggered, this,
            &MainWindow::startInterview);
    connect(m_actions->action(Id::MyDrafts), &QAction::triggered, this, &MainWindow::showMyDrafts);
    connect(m_actions->action(Id::TimeBudget), &QAction::triggered, this,
            &MainWindow::editTimeBudget);
    connect(m_actions->action(Id::Preferences), &QAction::triggered, this,
            [this] { showPreferences(PreferencesDialog::Purpose::Edit); });
    connect(m_actions->action(Id::NewRole), &QAction::triggered, this,
            [this] { editRole(std::nullopt); });
    connect(m_actions->action(Id::DeleteRole), &QAction::triggered, this, [this] {
        const auto role = m_sidebar->currentRole();
        if (!role) {
            StatusMessage::show(statusBar(), tr("Select a role first."));
            return;
        }
        if (const QString done = RoleDeleter::run(this, m_store, *role); !done.isEmpty())
            StatusMessage::show(statusBar(), done);
    });
    connect(m_actions->action(Id::EditRole), &QAction::triggered, this, [this] {
        if (const auto role = m_sidebar->currentRole())
            editRole(role);
        else
            StatusMessage::show(statusBar(), tr("Select a role or one of its candidates first."));
    });
    connect(m_actions->action(Id::CommitteeBoard), &QAction::triggered, this,
            &MainWindow::openBoard);
    connect(m_actions->action(Id::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(Id::FocusFilter), &QAction::triggered, m_sidebar,
            &Sidebar::focusFilter);
    connect(m_actions->action(Id::ChooseColumns), &QAction::triggered, this, [this] {
        const auto *evidence = findChild<QAbstractItemView *>(QStringLiteral("evidenceTree"));
        if (ColumnChooser *chooser = ColumnChooser::focusedIn(this, ColumnChooser::of(evidence)))
            chooser->choose();
    });
    connect(m_actions->action(Id::Refresh), &QAction::triggered, this, [this] {
        refresh();
        StatusMessage::show(statusBar(), tr("Read the database again."));
    });
    connect(m_actions->action(Id::NextCandidate), &QAction::triggered, m_sidebar,
            [this] { m_sidebar->selectAdjacentCandidate(1); });
    connect(m_actions->action(Id::PreviousCandidate), &QAction::triggered, m_sidebar,
            [this] { m_sidebar->selectAdjacentCandidate(-1); });
    connect(m_actions->action(Id::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->action(Id::KeyboardShortcuts), &QAction::triggered, this,
            &MainWindow::showShortcuts);
    // Status tips of menu entries appear in the status bar by themselves (QMainWindow).
}

void MainWindow::importFile()
{
    const QString path = Dialogs::openFileName(this, tr("Import Hindsight Data"),
                                               tr("Hindsight JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    const auto failed = [&](const interchange::Failure &failure) {
        Dialogs::critical(this, tr("Import Failed"), tr("Nothing was imported from %1.").arg(name),
                          failure.sentence());
    };
    // First what it would do, then, when the user agrees, the import itself (planned again: the
    // database may have changed while the question was open).
    core::ImportReport preview;
    if (const auto failure = interchange::JsonImporter::importFile(m_store, path, &preview,
                                                                   core::Store::ImportMode::DryRun)) {
        failed(*failure);
        return;
    }
    if (preview.changesNothing()) {
        StatusMessage::show(statusBar(),
                            tr("Nothing to import: everything in %1 is already here.").arg(name));
        return;
    }
    if (!ImportReviewDialog::ask(this, name, preview))
        return;
    core::ImportReport done;
    if (const auto failure = interchange::JsonImporter::importFile(m_store, path, &done)) {
        failed(*failure);
        return;
    }
    // The import announced its change: the sidebar has the new candidates already.
    const auto &candidates = done[core::ImportReport::Entity::Candidate];
    StatusMessage::show(statusBar(), tr("Imported %1: %n candidate(s) added, %2 merged.", nullptr,
                                        candidates.added)
                                         .arg(name)
                                         .arg(candidates.merged));
}

void MainWindow::openExport(ExportDialog::Purpose purpose)
{
    auto *dialog = new ExportDialog(m_store, m_sidebar->currentRole(),
                                    m_sidebar->currentCandidate(), purpose, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->reportTo(statusBar());
    // open(), not exec(): window-modal without a nested event loop, so tests are never blocked.
    dialog->open();
}

void MainWindow::newCandidate()
{
    auto roles = m_store.roles();
    if (!roles) {
        reportError(tr("Could not read the roles."), roles.error());
        return;
    }
    std::optional<core::Id> preferredRole;
    if (const auto current = m_sidebar->currentCandidate()) {
        if (auto c = m_store.candidate(*current))
            preferredRole = c->roleId;
    }
    auto *dialog = new NewCandidateDialog(*roles, preferredRole, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        core::Candidate candidate;
        candidate.name = dialog->name().toStdString();
        const std::optional<core::Id> roleId = dialog->roleId();
        candidate.roleId = roleId.value_or(0);
        core::Role newRole;
        newRole.title = dialog->roleTitle().toStdString();
        // A new role comes with its first candidate in one transaction: when the candidate
        // cannot be added, no empty role is left behind.
        auto id = roleId ? m_store.saveCandidate(candidate)
                         : m_store.addCandidateWithRole(candidate, newRole);
        if (!id) {
            reportError(tr("Could not add the candidate."), id.error());
            return;
        }
        m_sidebar->selectCandidate(*id);
        StatusMessage::show(statusBar(),
                            tr("Added %1. Start the interview with %2.")
                                .arg(dialog->name(),
                                     m_actions->action(ActionRegistry::Id::StartInterview)
                                         ->shortcut()
                                         .toString(QKeySequence::NativeText)));
    });
    // open(), not exec(): window-modal without a nested event loop, so tests are never blocked.
    dialog->open();
}

void MainWindow::startInterview()
{
    const std::optional<core::Id> candidate = m_sidebar->currentCandidate();
    if (!candidate) {
        StatusMessage::show(statusBar(),
                            tr("Select a candidate first, or add one with New Candidate."));
        return;
    }
    if (InterviewWindow *window = InterviewLauncher::openFor(m_store, m_location, *candidate, this))
        followInterview(window);
}

void MainWindow::followInterview(InterviewWindow *window)
{
    // The interview writes through a connection of its own; its submission is noticed by the
    // store watcher's next poll, or at once when the window says it submitted.
    connect(window, &InterviewWindow::interviewSubmitted, m_watcher.get(), &StoreWatcher::pollNow,
            Qt::UniqueConnection);
}

void MainWindow::showMyDrafts()
{
    auto *dialog = new MyDraftsDialog(m_store, m_location, Settings().interviewer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MyDraftsDialog::interviewOpened, this, &MainWindow::followInterview);
    // open(), not exec(): window-modal without a nested event loop, so tests are never blocked.
    dialog->open();
}

void MainWindow::editTimeBudget()
{
    auto *dialog = new TimeBudgetDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        StatusMessage::show(statusBar(), tr("Interviews now have a time budget of %n minute(s).",
                                            nullptr, dialog->minutes()));
    });
    dialog->open();
}

void MainWindow::showPreferences(PreferencesDialog::Purpose purpose)
{
    auto *dialog = new PreferencesDialog(purpose, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = Settings().interviewerName();
        // Drafts are found by their author's name and e-mail: they follow a change of either.
        if (const core::Error e = m_store.renameDraftAuthor(dialog->previousInterviewer(),
                                                            Settings().interviewer()))
            reportError(tr("Your drafts could not be moved to your new name."), e);
        else
            StatusMessage::show(
                statusBar(),
                tr("Interviews are now recorded under %1.").arg(PlainText::isolate(name)));
    });
    dialog->open();
}

void MainWindow::editRole(std::optional<core::Id> roleId)
{
    auto *dialog = new RoleEditorDialog(m_store, roleId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, roleId] {
        const std::optional<core::Id> candidate = m_sidebar->currentCandidate();
        // A new role has no candidate to keep selected: show the role itself.
        if (!roleId || !candidate)
            m_sidebar->selectRole(dialog->savedRoleId());
        StatusMessage::show(
            statusBar(), tr("Saved the role %1.").arg(QString::fromStdString(dialog->role().title)));
    });
    // open(), not exec(): window-modal without a nested event loop, so tests are never blocked.
    dialog->open();
}

void MainWindow::openBoard()
{
    const std::optional<core::Id> role = m_sidebar->currentRole();
    if (!role) {
        StatusMessage::show(statusBar(), tr("Select a role or one of its candidates first."));
        return;
    }
    QPointer<CommitteeBoard> &board = m_boards[*role];
    if (!board) {
        // A window of its own: the debrief wants the whole screen for chart and table.
        board = new CommitteeBoard(m_store, *role, this);
        board->setWindowFlag(Qt::Window);
        if (const auto candidate = m_sidebar->currentCandidate())
            board->selectCandidate(*candidate);
    }
    board->show();
    board->raise();
    board->activateWindow();
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>Hindsight %1</h3>"
           "<p>Ask a backend candidate which decision they would reverse, and see whether the "
           "shape of their experience fits the role.</p>"
           "<p>Free software under the GNU General Public License, version 3 or any later "
           "version (GPL-3.0-or-later). It comes with no warranty.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    Dialogs::about(this, tr("About Hindsight"), text);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_actions->actions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): window-modal without a nested event loop, so tests are never blocked.
    dialog->open();
}

void MainWindow::updateCounts(int visibleCandidates)
{
    const int candidates = m_model->candidateCount();
    QString text = tr("%n role(s)", nullptr, m_model->roleCount()) + tr(" · ")
                   + tr("%n candidate(s)", nullptr, candidates);
    if (visibleCandidates != candidates)
        text += tr(" · ") + tr("%n shown", nullptr, visibleCandidates);
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);

    using Id = ActionRegistry::Id;
    m_actions->action(Id::NextCandidate)->setEnabled(visibleCandidates > 0);
    m_actions->action(Id::PreviousCandidate)->setEnabled(visibleCandidates > 0);
}

void MainWindow::showSelection()
{
    if (m_model->roleCount() == 0 || m_model->candidateCount() == 0)
        m_page->showNoData();
    else
        m_page->showNothingSelected();
}

void MainWindow::reportError(const QString &what, const core::Error &error)
{
    StatusMessage::failure(this, tr("Hindsight"), interchange::Failure::of(what, error));
}

} // namespace hindsight::ui
