#pragma once

#include "core/error.h"
#include "core/teammember.h"

#include "ui/common/rowsync.h"

#include <QAbstractTableModel>

#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

// The current team of a role, placed on the board's chart by hand: name, breadth and depth, each
// edited in place and written to the store at once. A write the store refuses leaves the row as
// it was and is reported through writeFailed().
class TeamModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamModel)

public:
    enum Column { NameColumn, BreadthColumn, DepthColumn, ColumnCount };

    TeamModel(core::Store &store, QObject *parent = nullptr);

    void setMembers(core::Id roleId, std::vector<core::TeamMember> members);
    const std::vector<core::TeamMember> &members() const { return m_members; }

    // Adds a member with a placeholder name in the middle of the chart; returns its row, or -1.
    int addMember();
    bool removeMember(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void writeFailed(const QString &what, const hindsight::core::Error &error);
    void membersChanged();

private:
    friend RowSignals rowSignalsFor<TeamModel>(TeamModel *, std::function<QModelIndex()>);
    int rowOf(core::Id memberId) const; // -1 when no row has the member
    core::Store &m_store;
    core::Id m_roleId = 0;
    std::vector<core::TeamMember> m_members;
};

} // namespace hindsight::ui
