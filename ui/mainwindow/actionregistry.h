#pragma once

#include <QList>
#include <QObject>

#include <array>

class QAction;

namespace hindsight::ui {

// The one owner of every QAction of the main window. Menus, the shortcuts dialog and tests all
// read actions from here, so an action has one text, one shortcut and one objectName.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    enum class Id {
        Import,
        Export,
        Print,
        NewCandidate,
        StartInterview,
        NewRole,
        EditRole,
        CommitteeBoard,
        Quit,
        FocusFilter,
        Refresh,
        NextCandidate,
        PreviousCandidate,
        About,
        KeyboardShortcuts,
    };
    static constexpr std::array AllIds = {
        Id::Import,        Id::Export,            Id::Print,          Id::NewCandidate,      Id::StartInterview, Id::NewRole,
        Id::EditRole,      Id::CommitteeBoard,    Id::Quit,
        Id::FocusFilter,   Id::Refresh,           Id::NextCandidate,  Id::PreviousCandidate,
        Id::About,         Id::KeyboardShortcuts,
    };

    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *action(Id id) const;
    // In menu order.
    QList<QAction *> actions() const;

private:
    QAction *make(Id id, const char *objectName, const QString &text, const QString &statusTip);

    std::array<QAction *, AllIds.size()> m_actions{};
};

} // namespace hindsight::ui
