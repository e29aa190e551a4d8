#pragma once

#include <QStyledItemDelegate>

namespace hindsight::ui {

// Paints a regret level mix (BoardModel::LevelMixRole: product, domain, mixed, unclear counts) as
// a small stacked bar. Each level has its own fill pattern as well as its colour, so the bar
// reads in greyscale and for colour-blind users; the cell's tooltip has the counts.
class LevelMixDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelMixDelegate)

public:
    explicit LevelMixDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Colour and pattern of each level, in LevelMixRole order; the legend uses them too.
    static QBrush brush(int level);
};

} // namespace hindsight::ui
