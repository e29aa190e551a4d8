#include "ui/board/boardactions.h"

#include "ui/common/actiontooltips.h"

#include <QAction>
#include <QKeySequence>

namespace hindsight::ui {

BoardActions::BoardActions(QObject *parent)
    : QObject(parent)
{
    make(Id::RecordDecision, "actionRecordDecision", tr("Record &Decision…"),
         tr("Advance, hire, no hire or hold the selected candidate, with a rationale"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    make(Id::OverridePlacement, "actionOverridePlacement", tr("&Override Placement…"),
         tr("Place the selected candidate elsewhere, with a written reason; the formula's "
            "figures stay"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    make(Id::WhoSaidWhat, "actionWhoSaidWhat", tr("&Who Said What…"),
         tr("Each interviewer's regrets, tags, depths, probes and figures side by side"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QAction *blind = make(Id::BlindMode, "actionBlindMode", tr("&Blind Mode"),
                          tr("Show candidates as Candidate A, B, … to weigh the signal before "
                             "identity"));
    blind->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    blind->setCheckable(true);
    make(Id::AddTeamMember, "actionAddTeamMember", tr("Add &Team Member"),
         tr("Place a current team member on the chart by hand"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    make(Id::RemoveTeamMember, "actionRemoveTeamMember", tr("&Remove Team Member"),
         tr("Take the selected team member off the chart"));
    make(Id::ExportCsv, "actionExportBoardCsv", tr("&Export Table as CSV…"),
         tr("The table as shown (sorted, filtered, blind or not) as a spreadsheet file"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    make(Id::CommitteePack, "actionCommitteePack", tr("Committee &Pack…"),
         tr("Export, preview or print the role's committee pack, blind when the board is in blind mode"))
        ->setShortcuts(QKeySequence::Print);
    make(Id::FocusSearch, "actionBoardSearch", tr("&Search Candidates"),
         tr("Type to narrow the board to matching candidates"))
        ->setShortcut(QKeySequence::Find);
    make(Id::ClearFilters, "actionClearFilters", tr("C&lear Filters"),
         tr("Show every candidate of the role again"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    make(Id::Refresh, "actionBoardRefresh", tr("Re&fresh"),
         tr("Read the database again: new submissions, decisions and team members"))
        ->setShortcut(QKeySequence::Refresh);
    make(Id::Close, "actionBoardClose", tr("&Close Board"), tr("Close this committee board"))
        ->setShortcut(QKeySequence::Close);

    ActionToolTips::nameShortcuts(actions());
}

QAction *BoardActions::action(Id id) const
{
    return m_actions[std::size_t(id)];
}

QList<QAction *> BoardActions::actions() const
{
    return QList<QAction *>(m_actions.begin(), m_actions.end());
}

QAction *BoardActions::make(Id id, const char *objectName, const QString &text,
                            const QString &statusTip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(objectName));
    a->setStatusTip(statusTip);
    m_actions[std::size_t(id)] = a;
    return a;
}

} // namespace hindsight::ui
