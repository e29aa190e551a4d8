#include "ui/charts/chartstyle.h"

#include "ui/common/colours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

#include <cmath>

namespace hindsight::ui {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The text colour moved towards the background as far as it can go while still reading at
// `ratio` (with a little to spare for rounding): quieter, never unreadable.
QColor quieter(const QColor &text, const QColor &background, double ratio)
{
    QColor best = text;
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mix(text, background, step * 0.025);
        if (ChartStyle::contrast(c, background) < ratio + 0.2)
            break;
        best = c;
    }
    return best;
}

} // namespace

double ChartStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChartStyle::blend(const QColor &under, const QColor &over)
{
    return mix(under, QColor(over.red(), over.green(), over.blue()), over.alphaF());
}

QColor ChartStyle::onFill(const QColor &background, const QColor &dark, const QColor &light)
{
    return contrast(dark, background) >= contrast(light, background) ? dark : light;
}

ChartStyle ChartStyle::of(const QPalette &palette)
{
    ChartStyle style;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    // A palette whose own text fails the bar (a theme's choice) still gets readable charts.
    if (contrast(style.text, style.background) < MinContrast)
        style.text = onFill(style.background, Qt::black, Qt::white);
    style.secondary = quieter(style.text, style.background, MinContrast);
    style.faint = Colours::faint(style.text);
    style.grid = Colours::gridLine(style.text);
    style.halo = style.background;
    style.halo.setAlphaF(0.85f);
    return style;
}

ChartStyle ChartStyle::apply(QChart *chart, const QPalette &palette,
                             std::initializer_list<QAbstractAxis *> axes)
{
    const ChartStyle style = of(palette);
    chart->setBackgroundBrush(style.background);
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
