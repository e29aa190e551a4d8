#include "ui/charts/densitygrid.h"

#include <cmath>
#include <map>
#include <utility>

namespace hindsight::ui {

std::vector<DensityGrid::Cell> DensityGrid::count(const QList<QPointF> &points, double step)
{
    // Keyed (row, column) so that the map's order is bottom-left first.
    std::map<std::pair<long, long>, int> counts;
    for (const QPointF &p : points) {
        const long column = std::lround(std::floor(p.x() / step + 0.5));
        const long row = std::lround(std::floor(p.y() / step + 0.5));
        ++counts[{row, column}];
    }
    std::vector<Cell> cells;
    cells.reserve(counts.size());
    for (const auto &[key, n] : counts)
        cells.push_back({QPointF(double(key.second) * step, double(key.first) * step), n});
    return cells;
}

} // namespace hindsight::ui
