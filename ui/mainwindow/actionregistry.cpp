#include "ui/mainwindow/actionregistry.h"

#include "ui/common/actiontooltips.h"

#include <QAction>
#include <QKeySequence>

namespace hindsight::ui {

namespace {

// QKeySequence::Quit is empty on Windows; DESIGN asks for Ctrl+Q everywhere.
QList<QKeySequence> quitKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Quit);
    const QKeySequence ctrlQ(Qt::CTRL | Qt::Key_Q);
    if (!keys.contains(ctrlQ))
        keys.prepend(ctrlQ);
    return keys;
}

} // namespace

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
    make(Id::Import, "actionImport", tr("&Import…"),
         tr("Add roles and candidates from a Hindsight JSON file"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    make(Id::Export, "actionExport", tr("&Export…"),
         tr("Save a candidate summary, committee pack or interview kit as PDF, or the data as JSON"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    make(Id::Print, "actionPrint", tr("&Print…"),
         tr("Print or preview a candidate summary, committee pack or interview kit"))
        ->setShortcuts(QKeySequence::Print);
    make(Id::NewCandidate, "actionNewCandidate", tr("New &Candidate…"),
         tr("Add a candidate: a name and the role applied for"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    make(Id::StartInterview, "actionStartInterview", tr("&Start Interview…"),
         tr("Open the live interview screen for the selected candidate, or your draft with them"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    make(Id::NewRole, "actionNewRole", tr("New &Role…"),
         tr("Add a role and its complexity profile, from scratch or from a template"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    make(Id::EditRole, "actionEditRole", tr("&Edit Role…"),
         tr("Change the selected role's title, breadth demand and domain demands"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    make(Id::CommitteeBoard, "actionCommitteeBoard", tr("Committee &Board"),
         tr("Compare the role's candidates on one board: chart, table, gaps, decisions"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction *quit = make(Id::Quit, "actionQuit", tr("&Quit"), tr("Close Hindsight"));
    quit->setShortcuts(quitKeys());
    quit->setMenuRole(QAction::QuitRole);

    make(Id::FocusFilter, "actionFilterCandidates", tr("&Filter Candidates"),
         tr("Type to narrow the candidate list by name, e-mail or role"))
        ->setShortcuts(QKeySequence::Find);
    make(Id::Refresh, "actionRefresh", tr("&Refresh"), tr("Read the database again"))
        ->setShortcuts(QKeySequence::Refresh);

    make(Id::NextCandidate, "actionNextCandidate", tr("&Next Candidate"),
         tr("Show the next candidate in the list"))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    make(Id::PreviousCandidate, "actionPreviousCandidate", tr("&Previous Candidate"),
         tr("Show the previous candidate in the list"))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));

    make(Id::About, "actionAbout", tr("&About Hindsight"),
         tr("Version and licence of Hindsight"))
        ->setMenuRole(QAction::AboutRole);
    make(Id::KeyboardShortcuts, "actionKeyboardShortcuts", tr("&Keyboard Shortcuts"),
         tr("List every action and its shortcut"));

    ActionToolTips::nameShortcuts(actions());
}

QAction *ActionRegistry::action(Id id) const
{
    return m_actions[std::size_t(id)];
}

QList<QAction *> ActionRegistry::actions() const
{
    return QList<QAction *>(m_actions.begin(), m_actions.end());
}

QAction *ActionRegistry::make(Id id, const char *objectName, const QString &text,
                              const QString &statusTip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(objectName));
    a->setStatusTip(statusTip);
    m_actions[std::size_t(id)] = a;
    return a;
}

} // namespace hindsight::ui
