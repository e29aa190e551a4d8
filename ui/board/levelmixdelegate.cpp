#include "ui/board/levelmixdelegate.h"

#include "ui/board/boardmodel.h"
#include "ui/common/colours.h"

#include <QApplication>
#include <QPainter>

#include <array>
#include <numeric>

namespace hindsight::ui {

namespace {

constexpr int BarWidth = 72;
constexpr int BarHeight = 10;

} // namespace

LevelMixDelegate::LevelMixDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QBrush LevelMixDelegate::brush(int level)
{
    // Product solid, domain with dense dots, mixed hatched, unclear crossed: the pattern tells
    // the levels apart without their colour.
    using Level = core::Regret::Level;
    static const std::array<QBrush, 4> brushes{
        QBrush(Colours::level(Level::Product), Qt::SolidPattern),
        QBrush(Colours::level(Level::Domain), Qt::Dense2Pattern),
        QBrush(Colours::level(Level::Mixed), Qt::BDiagPattern),
        QBrush(Colours::level(Level::Unclear), Qt::DiagCrossPattern),
    };
    return brushes[std::size_t(std::clamp(level, 0, 3))];
}

void LevelMixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto counts = index.data(BoardModel::LevelMixRole).value<QList<int>>();
    const int total = std::accumulate(counts.begin(), counts.end(), 0);
    if (total == 0)
        return;
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    QRect bar(cell.left(), cell.center().y() - BarHeight / 2, std::min(BarWidth, cell.width()),
              BarHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor base = option.palette.color(QPalette::Base);
    int x = bar.left();
    int used = 0;
    for (int level = 0; level < counts.size(); ++level) {
        if (counts[level] == 0)
            continue;
        used += counts[level];
        // The last segment ends exactly at the bar's end, whatever the rounding before it.
        const int end = bar.left() + (bar.width() * used + total / 2) / total;
        const QRect segment(x, bar.top(), std::max(1, end - x), bar.height());
        painter->fillRect(segment, base);
        painter->fillRect(segment, brush(level));
        x = end;
    }
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    painter->restore();
}

QSize LevelMixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), BarWidth + 8));
    return size;
}

} // namespace hindsight::ui
