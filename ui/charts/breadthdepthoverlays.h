#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <array>
#include <vector>

class QAbstractSeries;
class QChart;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace hindsight::ui {

// What the breadth-versus-depth chart draws over its plot area rather than as series, kept in
// place as the plot area moves: the four archetypes' names in their quadrants' corners, the
// spokes joining a candidate to each of their interviews, and the names beside the points. The
// items belong to the QChart; this object only keeps track of them.
class BreadthDepthOverlays final
{
public:
    explicit BreadthDepthOverlays(QChart *chart);
    BreadthDepthOverlays(const BreadthDepthOverlays &) = delete;
    BreadthDepthOverlays &operator=(const BreadthDepthOverlays &) = delete;

    // Names in `text`, quadrant names in `faint`, spokes in `spoke`.
    void applyPalette(const QColor &text, const QColor &faint, const QColor &spoke);
    // Replaces the names drawn beside the points; place() puts them.
    void setNames(const QStringList &names, const QColor &text);
    QStringList names() const;
    // Lays everything out on the current plot area. `spokes` are lines and `named` the points of
    // setNames()' names, in order, all in chart values; `series` maps them to positions.
    void place(const QList<QLineF> &spokes, const QList<QPointF> &named, QAbstractSeries *series);

private:
    QChart *m_chart;
    QGraphicsPathItem *m_spokes;
    std::array<QGraphicsSimpleTextItem *, 4> m_quadrants{};
    std::vector<QGraphicsSimpleTextItem *> m_names;
};

} // namespace hindsight::ui
