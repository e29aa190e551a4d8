#pragma once

#include <QGraphicsItem>

#include <functional>

namespace hindsight::ui {

// A graphics item that paints with a function: the chart's overlays (counts, names, key marks,
// density cells) are drawn in one pass each instead of as hundreds of items.
class PaintedItem final : public QGraphicsItem
{
public:
    using Painter = std::function<void(QPainter *)>;

    explicit PaintedItem(QGraphicsItem *parent);

    // What to paint and where it may paint; the item repaints.
    void setPainter(const QRectF &bounds, Painter painter);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QRectF m_bounds;
    Painter m_painter;
};

} // namespace hindsight::ui
