#include "ui/role/demanddelegate.h"

#include "ui/common/terms.h"
#include "ui/role/domaindemandmodel.h"

#include <QComboBox>

#include <algorithm>

namespace hindsight::ui {

DemandDelegate::DemandDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *DemandDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DomainDemandModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    if (index.column() == DomainDemandModel::DomainColumn) {
        combo->setAccessibleName(tr("Domain"));
        for (const core::Taxonomy::Entry &e : model->taxonomy().domains())
            combo->addItem(model->taxonomyText().domain(e.id), QString::fromStdString(e.id));
    } else if (index.column() == DomainDemandModel::DepthColumn) {
        combo->setAccessibleName(tr("Required depth"));
        for (int depth = 1; depth <= 4; ++depth) {
            combo->addItem(tr("%1 · %2").arg(depth).arg(Terms::depthTag(depth)), depth);
            combo->setItemData(combo->count() - 1, Terms::depthMeaning(depth), Qt::ToolTipRole);
        }
    } else {
        delete combo;
        return nullptr;
    }
    // Commit as soon as a choice is made, so the preview follows without leaving the cell.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<DemandDelegate *>(this);
        emit self->commitData(combo);
    });
    return combo;
}

void DemandDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void DemandDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace hindsight::ui
