#pragma once

#include "ui/charts/chartstyle.h"

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace hindsight::ui {

// The small drawings the breadth-versus-depth chart and its legend share, so that what the
// legend shows is exactly what the plot shows: a count badge for candidates at one point, a key
// number for a name that has no room beside its point, the series' shapes, a name on its halo.
class ChartMarks final
{
public:
    ChartMarks() = delete;

    enum class Shape { Candidate, Group, Interview, Target, Region, Team, Density, Key };

    // A count badge: the candidate's colour, the count written in it.
    static double badgeDiameter(const QFont &font, int count);
    static void drawBadge(QPainter *painter, const QPointF &centre, int count, const QFont &font);
    // A key number in an outlined box.
    static QSizeF keySize(const QFont &font, const QString &number);
    static void drawKey(QPainter *painter, const QRectF &rect, const QString &number,
                        const QFont &font, const ChartStyle &style);
    // A legend's sample of a shape, centred in `rect`; `mark` is the number of a Key or the count
    // of a Group.
    static void drawShape(QPainter *painter, const QRectF &rect, Shape shape, const QString &mark,
                          const QFont &font, const ChartStyle &style);
    // Text on a halo of the background, in `rect` as laid out by the caller.
    static void drawName(QPainter *painter, const QRectF &rect, const QString &text,
                         const QFont &font, const ChartStyle &style);
    // The font of names, counts and the legend: the widget's, `factor` of its size, in pixels.
    static QFont smallFont(const QFont &font, double factor = 0.9);
    // The fill of a density cell holding `count` of the busiest cell's `most`.
    static QColor densityFill(int count, int most);
};

} // namespace hindsight::ui
