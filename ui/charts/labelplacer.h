#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace hindsight::ui {

// Greedy label placement without overlap, in pixels and free of any widget, so that the chart on
// screen and the chart on paper place their words the same way and tests can check it alone.
//
// Contract: everything placed lies inside bounds() and overlaps no obstacle and no other placed
// rectangle (rectangles that only touch do not overlap). place() tries the given positions in
// order and takes the first free one; what it takes becomes an obstacle for what comes after.
class LabelPlacer final
{
public:
    explicit LabelPlacer(const QRectF &bounds);

    const QRectF &bounds() const { return m_bounds; }
    // Something labels keep off: a marker, the target, a quadrant's word.
    void addObstacle(const QRectF &rect);
    // Whether a rectangle of this place would be free: inside the bounds, touching nothing.
    bool isFree(const QRectF &rect) const;
    // The first free rectangle of `positions`, now taken; none when every one is taken.
    std::optional<QRectF> place(const QList<QRectF> &positions);
    // A label of `size` beside `anchor`, `gap` pixels from it: right, left, above, below, then the
    // four diagonals; then the same a line's height further out. A label further away would no
    // longer read as belonging to its point.
    std::optional<QRectF> placeBeside(const QPointF &anchor, double gap, const QSizeF &size);
    // A small mark (a key number) beside `anchor`: the same eight positions at `gap`, then at
    // twice and three times the gap.
    std::optional<QRectF> placeMark(const QPointF &anchor, double gap, const QSizeF &size);

    // The eight positions around `anchor` at `gap`, in the order placeBeside() tries them.
    static QList<QRectF> around(const QPointF &anchor, double gap, const QSizeF &size);

    const QList<QRectF> &placed() const { return m_placed; }
    const QList<QRectF> &obstacles() const { return m_obstacles; }

private:
    QRectF m_bounds;
    QList<QRectF> m_obstacles;
    QList<QRectF> m_placed;
};

} // namespace hindsight::ui
