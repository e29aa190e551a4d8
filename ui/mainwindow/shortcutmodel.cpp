#include "ui/mainwindow/shortcutmodel.h"

#include <QAction>
#include <QKeySequence>

namespace hindsight::ui {

ShortcutModel::ShortcutModel(const QList<QAction *> &actions, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (QAction *a : actions)
        m_actions << a;
}

int ShortcutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ShortcutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QAction *a = m_actions[index.row()];
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == ActionColumn)
            return QString(a->text()).remove(QLatin1Char('&'));
        if (a->shortcut().isEmpty())
            return role == Qt::AccessibleTextRole ? tr("No shortcut") : QString();
        return a->shortcut().toString(QKeySequence::NativeText);
    case Qt::ToolTipRole: return a->statusTip();
    default: return {};
    }
}

QVariant ShortcutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ActionColumn ? tr("Action") : tr("Shortcut");
}

} // namespace hindsight::ui
