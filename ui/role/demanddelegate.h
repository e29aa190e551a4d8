#pragma once

#include <QStyledItemDelegate>

namespace hindsight::ui {

// Edits a DomainDemandModel row in place: the domain from a combo of the taxonomy's domains, the
// required depth from a combo of 1-4 that names each anchor.
class DemandDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemandDelegate)

public:
    explicit DemandDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace hindsight::ui
