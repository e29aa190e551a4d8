#include "ui/board/teammodel.h"

#include "ui/common/rowsync.h"

#include "ui/common/terms.h"

#include "core/storage/store.h"

#include <algorithm>

namespace hindsight::ui {

TeamModel::TeamModel(core::Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void TeamModel::setMembers(core::Id roleId, std::vector<core::TeamMember> members)
{
    if (roleId != m_roleId) {
        beginResetModel();
        m_roleId = roleId;
        m_members = std::move(members);
        endResetModel();
        return;
    }
    // The same role read again after a change: rows in place, so an edit in progress and the
    // selection stay where they are.
    const RowSignals s = rowSignalsFor(this, [] { return QModelIndex(); });
    syncRows(
        m_members, std::move(members), [](const core::TeamMember &m) { return m.id; }, s);
    if (!m_members.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int TeamModel::addMember()
{
    core::TeamMember member;
    member.roleId = m_roleId;
    member.name = tr("Team member %1").arg(m_members.size() + 1).toStdString();
    member.breadth = 5.0;
    member.depth = 5.0;
    auto id = m_store.saveTeamMember(member);
    if (!id) {
        emit writeFailed(tr("Could not add the team member."), id.error());
        return -1;
    }
    member.id = *id;
    // A board that follows the store may have read the new member in already.
    if (const int row = rowOf(member.id); row >= 0)
        return row;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_members.push_back(std::move(member));
    endInsertRows();
    emit membersChanged();
    return row;
}

int TeamModel::rowOf(core::Id memberId) const
{
    const auto it = std::find_if(m_members.begin(), m_members.end(),
                                 [memberId](const core::TeamMember &m) { return m.id == memberId; });
    return it == m_members.end() ? -1 : int(it - m_members.begin());
}

bool TeamModel::removeMember(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    const core::Id id = m_members[std::size_t(row)].id;
    if (const core::Error e = m_store.deleteTeamMember(id)) {
        emit writeFailed(tr("Could not remove the team member."), e);
        return false;
    }
    // A board that follows the store may have taken the row out already.
    row = rowOf(id);
    if (row < 0)
        return true;
    beginRemoveRows({}, row, row);
    m_members.erase(m_members.begin() + row);
    endRemoveRows();
    emit membersChanged();
    return true;
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::TeamMember &m = m_members[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn: return QString::fromStdString(m.name);
        case BreadthColumn: return m.breadth;
        case DepthColumn: return m.depth;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn: return QString::fromStdString(m.name);
        case BreadthColumn: return Terms::figure(m.breadth);
        case DepthColumn: return Terms::figure(m.depth);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Double-click or press F2 to edit; breadth and depth run from 0 to 10.");
    return {};
}

bool TeamModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    core::TeamMember member = m_members[std::size_t(index.row())];
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        member.name = name.toStdString();
        break;
    }
    case BreadthColumn: member.breadth = std::clamp(value.toDouble(), 0.0, 10.0); break;
    case DepthColumn: member.depth = std::clamp(value.toDouble(), 0.0, 10.0); break;
    default: return false;
    }
    if (member == m_members[std::size_t(index.row())])
        return true;
    if (auto saved = m_store.saveTeamMember(member); !saved) {
        emit writeFailed(tr("Could not save the team member."), saved.error());
        return false;
    }
    // A board that follows the store has read the team again meanwhile, and a renamed member
    // may have moved (the team is sorted by name): find the row by id, not by the old number.
    const int row = rowOf(member.id);
    if (row < 0)
        return true;
    m_members[std::size_t(row)] = std::move(member);
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    emit membersChanged();
    return true;
}

Qt::ItemFlags TeamModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Team member");
    case BreadthColumn: return tr("Breadth");
    case DepthColumn: return tr("Depth");
    default: return {};
    }
}

} // namespace hindsight::ui
