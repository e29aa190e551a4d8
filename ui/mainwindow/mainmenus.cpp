#include "ui/mainwindow/mainmenus.h"

#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/sidebar.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

namespace hindsight::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hindsight::ui::MainMenus", text);
}

} // namespace

void MainMenus::build(QMenuBar *bar, const ActionRegistry &actions, Sidebar *sidebar)
{
    using Id = ActionRegistry::Id;
    const auto add = [&actions](QMenu *menu, std::initializer_list<Id> ids) {
        for (Id id : ids)
            menu->addAction(actions.action(id));
    };

    QMenu *file = bar->addMenu(tr("&File"));
    add(file, {Id::NewCandidate});
    file->addSeparator();
    add(file, {Id::OpenDatabase, Id::ConnectTeamServer});
    file->addSeparator();
    add(file, {Id::Import, Id::Export});
    file->addSeparator();
    add(file, {Id::Print});
    file->addSeparator();
    add(file, {Id::Quit});

    QMenu *edit = bar->addMenu(tr("&Edit"));
    add(edit, {Id::Preferences});

    QMenu *candidate = bar->addMenu(tr("&Candidate"));
    add(candidate, {Id::EditCandidate, Id::MergeCandidate});
    candidate->addSeparator();
    add(candidate, {Id::DeleteCandidate});

    QMenu *role = bar->addMenu(tr("&Role"));
    add(role, {Id::NewRole, Id::EditRole, Id::DeleteRole});
    role->addSeparator();
    add(role, {Id::CommitteeBoard});
    // On a candidate's row its own corrections come first; the role's follow, for either row.
    const auto separator = [sidebar] {
        auto *a = new QAction(sidebar);
        a->setSeparator(true);
        return a;
    };
    sidebar->setContextActions({actions.action(Id::EditCandidate), actions.action(Id::MergeCandidate),
                                actions.action(Id::DeleteCandidate), separator(),
                                actions.action(Id::CommitteeBoard), actions.action(Id::EditRole),
                                actions.action(Id::NewRole), actions.action(Id::DeleteRole)});

    QMenu *interview = bar->addMenu(tr("&Interview"));
    add(interview, {Id::StartInterview, Id::MyDrafts});
    interview->addSeparator();
    add(interview, {Id::TimeBudget});

    QMenu *view = bar->addMenu(tr("&View"));
    add(view, {Id::FocusFilter, Id::Refresh});
    view->addSeparator();
    add(view, {Id::ChooseColumns});
    add(bar->addMenu(tr("&Go")), {Id::NextCandidate, Id::PreviousCandidate});

    QMenu *help = bar->addMenu(tr("&Help"));
    add(help, {Id::KeyboardShortcuts});
    help->addSeparator();
    add(help, {Id::About});
}

} // namespace hindsight::ui
