#pragma once

#include "ui/common/actionset.h"

#include <QList>
#include <QObject>

namespace hindsight::ui {

// The one owner of every QAction of the main window. Menus, the shortcuts dialog and tests all
// read actions from here, so an action has one text, one shortcut and one objectName.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    enum class Id {
        OpenDatabase,
        ConnectTeamServer,
        Import,
        Export,
        Print,
        Preferences,
        NewCandidate,
        EditCandidate,
        MergeCandidate,
        DeleteCandidate,
        StartInterview,
        MyDrafts,
        TimeBudget,
        NewRole,
        EditRole,
        DeleteRole,
        CommitteeBoard,
        Quit,
        FocusFilter,
        Refresh,
        ChooseColumns,
        NextCandidate,
        PreviousCandidate,
        About,
        KeyboardShortcuts,
        Count
    };

    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *action(Id id) const { return m_set.action(id); }
    // In menu order.
    QList<QAction *> actions() const { return m_set.actions(); }

private:
    ActionSet<Id, std::size_t(Id::Count)> m_set;
};

} // namespace hindsight::ui
