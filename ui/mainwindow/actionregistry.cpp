#include "ui/mainwindow/actionregistry.h"

#include "ui/common/standardkeys.h"

#include <QAction>
#include <QKeySequence>

namespace hindsight::ui {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
    , m_set(this)
{
    using Keys = QList<QKeySequence>;
    const auto standard = [](QKeySequence::StandardKey key) {
        return QKeySequence::keyBindings(key);
    };
    m_set.make(Id::OpenDatabase, u"actionOpenDatabase", tr("&Open Database…"),
               tr("Open another Hindsight database file in a window of its own"),
               standard(QKeySequence::Open));
    m_set.make(Id::ConnectTeamServer, u"actionConnectTeamServer", tr("Connect to &Team Server…"),
               tr("Work on your hiring team's shared server, in a window of its own"),
               Keys{Qt::CTRL | Qt::ALT | Qt::Key_O});
    m_set.make(Id::Import, u"actionImport", tr("&Import…"),
               tr("Add roles and candidates from a Hindsight JSON file"),
               Keys{Qt::CTRL | Qt::Key_I});
    m_set.make(Id::Export, u"actionExport", tr("&Export…"),
               tr("Save a candidate summary, committee pack or interview kit as PDF, or the data "
                  "as JSON"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_E});
    m_set.make(Id::Print, u"actionPrint", tr("&Print…"),
               tr("Print or preview a candidate summary, committee pack or interview kit"),
               standard(QKeySequence::Print));
    m_set
        .make(Id::Preferences, u"actionPreferences", tr("&Preferences…"),
              tr("Your name and e-mail as the interviewer, the time budget and data retention"),
              standardKeysWith(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        ->setMenuRole(QAction::PreferencesRole);
    m_set.make(Id::NewCandidate, u"actionNewCandidate", tr("New &Candidate…"),
               tr("Add a candidate: a name and the role applied for"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_N});
    m_set.make(Id::EditCandidate, u"actionEditCandidate", tr("&Edit Candidate…"),
               tr("Correct the selected candidate's name, e-mail, role or link to their CV or "
                  "profile"),
               Keys{Qt::Key_F2});
    m_set.make(Id::MergeCandidate, u"actionMergeCandidate", tr("&Merge Candidate…"),
               tr("Merge another record of the same person into the selected candidate"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_M});
    m_set.make(Id::DeleteCandidate, u"actionDeleteCandidate", tr("&Delete Candidate…"),
               tr("Delete the selected candidate with their interviews, notes and decisions"),
               Keys{Qt::SHIFT | Qt::Key_Delete});
    m_set.make(Id::StartInterview, u"actionStartInterview", tr("&Start Interview…"),
               tr("Open the live interview screen for the selected candidate, or your draft with "
                  "them"),
               Keys{Qt::CTRL | Qt::Key_N});
    m_set.make(Id::MyDrafts, u"actionMyDrafts", tr("My &Drafts…"),
               tr("List the interviews you have not submitted, to reopen or discard one"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_D});
    m_set.make(Id::TimeBudget, u"actionTimeBudget", tr("&Time Budget…"),
               tr("How long an interview should take: its clock turns amber past it"));
    m_set.make(Id::NewRole, u"actionNewRole", tr("New &Role…"),
               tr("Add a role and its complexity profile, from scratch or from a template"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_R});
    m_set.make(Id::EditRole, u"actionEditRole", tr("&Edit Role…"),
               tr("Change the selected role's title, breadth demand and domain demands"),
               Keys{Qt::CTRL | Qt::Key_E});
    m_set.make(Id::DeleteRole, u"actionDeleteRole", tr("&Delete Role…"),
               tr("Delete the selected role, with its demands and team; only a role nobody applies "
                  "for"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_Delete});
    m_set.make(Id::CommitteeBoard, u"actionCommitteeBoard", tr("Committee &Board"),
               tr("Compare the role's candidates on one board: chart, table, gaps, decisions"),
               Keys{Qt::CTRL | Qt::Key_B});
    m_set
        .make(Id::Quit, u"actionQuit", tr("&Quit"), tr("Close Hindsight"),
              standardKeysWith(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)))
        ->setMenuRole(QAction::QuitRole);

    m_set.make(Id::FocusFilter, u"actionFilterCandidates", tr("&Filter Candidates"),
               tr("Type to narrow the candidate list by name, e-mail or role"),
               standard(QKeySequence::Find));
    m_set.make(Id::Refresh, u"actionRefresh", tr("&Refresh"), tr("Read the database again"),
               standard(QKeySequence::Refresh));
    m_set.make(Id::ChooseColumns, u"actionColumns", tr("Colu&mns…"),
               tr("Choose the columns of the evidence table"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_C});

    m_set.make(Id::NextCandidate, u"actionNextCandidate", tr("&Next Candidate"),
               tr("Show the next candidate in the list"), Keys{Qt::ALT | Qt::Key_Down});
    m_set.make(Id::PreviousCandidate, u"actionPreviousCandidate", tr("&Previous Candidate"),
               tr("Show the previous candidate in the list"), Keys{Qt::ALT | Qt::Key_Up});

    m_set
        .make(Id::About, u"actionAbout", tr("&About Hindsight"),
              tr("Version and licence of Hindsight"))
        ->setMenuRole(QAction::AboutRole);
    m_set.make(Id::KeyboardShortcuts, u"actionKeyboardShortcuts", tr("&Keyboard Shortcuts"),
               tr("List every action and its shortcut"));
}

} // namespace hindsight::ui
