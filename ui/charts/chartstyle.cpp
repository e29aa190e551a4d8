#include "ui/charts/chartstyle.h"

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
    style.faint = style.text;
    style.faint.setAlphaF(0.45);
    style.grid = style.text;
    style.grid.setAlphaF(0.12);

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
