#pragma once

#include <QList>
#include <QObject>

#include <array>

class QAction;

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
        Refresh,
        Close,
    };
    static constexpr std::array AllIds = {
        Id::RecordDecision, Id::OverridePlacement, Id::WhoSaidWhat,  Id::BlindMode,
        Id::AddTeamMember,  Id::RemoveTeamMember,  Id::ExportCsv,    Id::CommitteePack, Id::FocusSearch,
        Id::ClearFilters,   Id::Refresh,           Id::Close,
    };

    explicit BoardActions(QObject *parent = nullptr);

    QAction *action(Id id) const;
    QList<QAction *> actions() const;

private:
    QAction *make(Id id, const char *objectName, const QString &text, const QString &statusTip);

    std::array<QAction *, AllIds.size()> m_actions{};
};

} // namespace hindsight::ui
