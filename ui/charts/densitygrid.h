#pragma once

#include <QList>
#include <QPointF>

#include <vector>

namespace hindsight::ui {

// How many points fall into each cell of a square grid over the chart: what a crowded board
// shows instead of hundreds of identical dots. A cell is `step` wide, centred on a multiple of
// `step`, so a point on a cell's edge counts once, in the cell above and to the right of it.
class DensityGrid final
{
public:
    struct Cell
    {
        QPointF centre; // in chart values
        int count = 0;
    };

    DensityGrid() = delete;

    // The breadth-versus-depth chart's cells: a sixteenth of the scale, so that the breadths one
    // interview gives with the built-in eight layers (multiples of 1.25) and the depths of whole
    // ratings (multiples of 2.5) sit at the centres of cells, not on their edges.
    static constexpr double ChartStep = 10.0 / 16;

    // The cells holding at least one point, bottom-left first; their counts add up to the number
    // of points.
    static std::vector<Cell> count(const QList<QPointF> &points, double step);
};

} // namespace hindsight::ui
