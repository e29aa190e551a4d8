#include "ui/board/boardactions.h"

#include <QAction>
#include <QKeySequence>

namespace hindsight::ui {

BoardActions::BoardActions(QObject *parent)
    : QObject(parent)
    , m_set(this)
{
    using Keys = QList<QKeySequence>;
    m_set.make(Id::RecordDecision, u"actionRecordDecision", tr("Record &Decision…"),
               tr("Advance, hire, no hire or hold the selected candidate, with a rationale"),
               Keys{Qt::CTRL | Qt::Key_D});
    m_set.make(Id::OverridePlacement, u"actionOverridePlacement", tr("&Override Placement…"),
               tr("Place the selected candidate elsewhere, with a written reason; the formula's "
                  "figures stay"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_O});
    m_set.make(Id::WhoSaidWhat, u"actionWhoSaidWhat", tr("&Who Said What…"),
               tr("Each interviewer's regrets, tags, depths, probes and figures side by side"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_W});
    m_set
        .make(Id::BlindMode, u"actionBlindMode", tr("&Blind Mode"),
              tr("Show candidates as Candidate A, B, … to weigh the signal before identity"),
              Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_B})
        ->setCheckable(true);
    m_set.make(Id::AddTeamMember, u"actionAddTeamMember", tr("Add &Team Member"),
               tr("Place a current team member on the chart by hand"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_T});
    m_set.make(Id::RemoveTeamMember, u"actionRemoveTeamMember", tr("&Remove Team Member"),
               tr("Take the selected team member off the chart"));
    m_set.make(Id::ExportCsv, u"actionExportBoardCsv", tr("&Export Table as CSV…"),
               tr("The table as shown (sorted, filtered, blind or not) as a spreadsheet file"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_E});
    m_set.make(Id::CommitteePack, u"actionCommitteePack", tr("Committee &Pack…"),
               tr("Export, preview or print the role's committee pack, blind when the board is in "
                  "blind mode"),
               QKeySequence::keyBindings(QKeySequence::Print));
    // Search, refresh and close take the first of their standard bindings only.
    m_set.make(Id::FocusSearch, u"actionBoardSearch", tr("&Search Candidates"),
               tr("Type to narrow the board to matching candidates"),
               Keys{QKeySequence(QKeySequence::Find)});
    m_set.make(Id::ClearFilters, u"actionClearFilters", tr("C&lear Filters"),
               tr("Show every candidate of the role again"), Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_L});
    m_set.make(Id::ChooseColumns, u"actionBoardColumns", tr("Colu&mns…"),
               tr("Choose the columns of the table in focus (the board's table unless another "
                  "has the focus)"),
               Keys{Qt::CTRL | Qt::SHIFT | Qt::Key_C});
    m_set.make(Id::Refresh, u"actionBoardRefresh", tr("Re&fresh"),
               tr("Read the database again: new submissions, decisions and team members"),
               Keys{QKeySequence(QKeySequence::Refresh)});
    m_set.make(Id::Close, u"actionBoardClose", tr("&Close Board"), tr("Close this committee board"),
               Keys{QKeySequence(QKeySequence::Close)});
}

} // namespace hindsight::ui
