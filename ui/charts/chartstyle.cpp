#include "ui/charts/chartstyle.h"

#include "ui/common/colours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace hindsight::ui {

ChartStyle ChartStyle::apply(QChart *chart, const QPalette &palette,
                             std::initializer_list<QAbstractAxis *> axes)
{
    ChartStyle style;
    style.text = palette.color(QPalette::Text);
    style.faint = Colours::faint(style.text);
    style.grid = Colours::gridLine(style.text);

    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->legend()->setLabelColor(style.text);
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(style.text);
        axis->setTitleBrush(style.text);
        axis->setLinePenColor(style.faint);
        axis->setGridLineColor(style.grid);
        axis->setMinorGridLineColor(style.grid);
    }
    return style;
}

} // namespace hindsight::ui
