#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QAction;

namespace hindsight::ui {

// The actions of the window and their shortcuts, as a table for the shortcuts dialog. Reads the
// actions live, so a changed shortcut shows without rebuilding the model.
class ShortcutModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutModel)

public:
    enum Column { ActionColumn, ShortcutColumn, ColumnCount };

    explicit ShortcutModel(const QList<QAction *> &actions, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QPointer<QAction>> m_actions;
};

} // namespace hindsight::ui
