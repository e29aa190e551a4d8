#pragma once

#include <QColor>

#include <initializer_list>

class QAbstractAxis;
class QChart;
class QPalette;

namespace hindsight::ui {

// The look every Hindsight chart shares, taken from the widget's palette so charts follow light
// and dark themes: the chart's background, axes and words in the text colour, grid lines faint.
// Every word a chart draws (axis labels and titles, quadrant words, names, the legend, counts)
// keeps a contrast of at least MinContrast against the background, as WCAG asks of body text.
struct ChartStyle
{
    QColor background;
    QColor text;
    QColor secondary; // quadrant words: quieter than the names, still MinContrast
    QColor faint;     // axis lines; never used for words
    QColor grid;
    QColor halo; // behind a name, so a grid line or a spoke never runs through its letters

    static constexpr double MinContrast = 4.5;

    static ChartStyle of(const QPalette &palette);
    static ChartStyle apply(QChart *chart, const QPalette &palette,
                            std::initializer_list<QAbstractAxis *> axes);

    // WCAG 2 contrast ratio of two opaque colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // `over` drawn on `under` with `over`'s alpha, as one opaque colour.
    static QColor blend(const QColor &under, const QColor &over);
    // Whichever of `dark` and `light` reads better on `background`.
    static QColor onFill(const QColor &background, const QColor &dark, const QColor &light);
};

} // namespace hindsight::ui
