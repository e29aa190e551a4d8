#pragma once

#include <QColor>

#include <initializer_list>

class QAbstractAxis;
class QChart;
class QPalette;

namespace hindsight::ui {

// The look every Hindsight chart shares, taken from the widget's palette so charts follow light
// and dark themes: the chart's background, legend and axes in the text colour, grid lines faint.
struct ChartStyle
{
    QColor text;
    QColor faint; // axis lines, quadrant labels
    QColor grid;

    static ChartStyle apply(QChart *chart, const QPalette &palette,
                            std::initializer_list<QAbstractAxis *> axes);
};

} // namespace hindsight::ui
