#pragma once

#include "ui/common/actionset.h"

#include <QList>
#include <QObject>

namespace hindsight::ui {

// The one owner of the committee board's QActions: its menus, toolbar and tests read them here.
class BoardActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardActions)

public:
    enum class Id {
        RecordDecision,
        OverridePlacement,
        WhoSaidWhat,
        BlindMode,
        AddTeamMember,
        RemoveTeamMember,
        ExportCsv,
        CommitteePack,
        FocusSearch,
        ClearFilters,
        ChooseColumns,
        Refresh,
        Close,
        Count
    };

    explicit BoardActions(QObject *parent = nullptr);

    QAction *action(Id id) const { return m_set.action(id); }
    QList<QAction *> actions() const { return m_set.actions(); }

private:
    ActionSet<Id, std::size_t(Id::Count)> m_set;
};

} // namespace hindsight::ui
