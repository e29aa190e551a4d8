#include "ui/charts/labelplacer.h"

namespace hindsight::ui {

namespace {

// Floating point noise in mapped positions must not turn two touching rectangles into overlapping
// ones, nor let an overlap of a hair pass unseen in a test: shrink by far less than a pixel.
constexpr double Slack = 0.01;

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.adjusted(Slack, Slack, -Slack, -Slack).intersects(b);
}

} // namespace

LabelPlacer::LabelPlacer(const QRectF &bounds)
    : m_bounds(bounds)
{
}

void LabelPlacer::addObstacle(const QRectF &rect)
{
    if (!rect.isEmpty())
        m_obstacles.append(rect);
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_bounds.adjusted(-Slack, -Slack, Slack, Slack).contains(rect))
        return false;
    for (const QRectF &o : m_obstacles) {
        if (overlaps(rect, o))
            return false;
    }
    for (const QRectF &p : m_placed) {
        if (overlaps(rect, p))
            return false;
    }
    return true;
}

std::optional<QRectF> LabelPlacer::place(const QList<QRectF> &positions)
{
    for (const QRectF &rect : positions) {
        if (isFree(rect)) {
            m_placed.append(rect);
            return rect;
        }
    }
    return std::nullopt;
}

QList<QRectF> LabelPlacer::around(const QPointF &anchor, double gap, const QSizeF &size)
{
    const double w = size.width();
    const double h = size.height();
    const double x = anchor.x();
    const double y = anchor.y();
    // A diagonal position keeps its corner about `gap` from the anchor, not gap on both axes.
    const double d = gap * 0.75;
    return {
        QRectF(x + gap, y - h / 2, w, h),     // right
        QRectF(x - gap - w, y - h / 2, w, h), // left
        QRectF(x - w / 2, y - gap - h, w, h), // above
        QRectF(x - w / 2, y + gap, w, h),     // below
        QRectF(x + d, y - d - h, w, h),       // above right
        QRectF(x - d - w, y - d - h, w, h),   // above left
        QRectF(x + d, y + d, w, h),           // below right
        QRectF(x - d - w, y + d, w, h),       // below left
    };
}

std::optional<QRectF> LabelPlacer::placeBeside(const QPointF &anchor, double gap, const QSizeF &size)
{
    return place(around(anchor, gap, size) + around(anchor, gap + size.height(), size));
}

std::optional<QRectF> LabelPlacer::placeMark(const QPointF &anchor, double gap, const QSizeF &size)
{
    QList<QRectF> positions;
    for (int ring = 1; ring <= 3; ++ring)
        positions += around(anchor, gap * ring, size);
    return place(positions);
}

} // namespace hindsight::ui
