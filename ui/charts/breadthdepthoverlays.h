#pragma once

#include "ui/charts/chartlegend.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/densitygrid.h"

#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

class QAbstractSeries;
class QChart;
class QGraphicsPathItem;

namespace hindsight::ui {

class PaintedItem;

// What the breadth-versus-depth chart draws itself rather than as series, laid out again whenever
// the plot area moves: the archetypes' words in their quadrants, the spokes joining a candidate to
// their interviews, a count on candidates who share a point, the names beside the points (a
// numbered mark and a line of the key where a name has no room), the density cells of a crowded
// chart, and the legend with the key below the plot. Words never overlap one another, a marker,
// the target or the plot's edges (LabelPlacer). The items belong to the QChart.
class BreadthDepthOverlays final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::BreadthDepthChart)

public:
    // Everyone drawn at one point: candidates with the same rounded figures, or one team member.
    struct Group
    {
        QPointF value;
        QStringList names;
        bool team = false;
    };

    // What to lay out, in chart values; `series` maps values to positions.
    struct Input
    {
        QList<QLineF> spokes;
        std::vector<Group> groups; // candidates first, then the team; the selected one first
        bool names = false;        // write the groups' names
        bool density = false;      // cells with counts instead of the candidates' points
        QList<QPointF> candidates; // every candidate's point, for the density cells
        QList<QPointF> interviews; // interview points drawn, kept clear of names
        std::optional<QPointF> target;
        std::optional<QPointF> selected;
        double candidateSize = 13; // marker diameters in pixels
        double selectedSize = 22;
        double targetSize = 28;
        QList<ChartLegend::Entry> legend;
    };

    explicit BreadthDepthOverlays(QChart *chart);
    BreadthDepthOverlays(const BreadthDepthOverlays &) = delete;
    BreadthDepthOverlays &operator=(const BreadthDepthOverlays &) = delete;

    void setStyle(const ChartStyle &style, const QFont &font);
    // Lays everything out on the chart's current plot area and puts the legend `legendTop`
    // pixels from the chart's top; returns the height the legend and key take, which the chart
    // keeps free below its axes. A key that would take more than `maxHeight` keeps its first
    // lines and says how many names it leaves to the tooltips and the table.
    double place(const Input &input, QAbstractSeries *series, double legendTop, double maxHeight);

    // What was laid out, for tests. Names: every group's, beside its point or in the key.
    QStringList names() const { return m_names; }
    int namesLeftOut() const { return m_namesLeftOut; } // no room in the key
    QStringList keyTexts() const;
    QList<QRectF> labelRects() const;    // names and key marks on the plot, in chart pixels
    QList<QRectF> obstacleRects() const; // markers, the target
    QList<QRectF> quadrantRects() const;
    QList<int> counts() const; // the count badges drawn
    const std::vector<DensityGrid::Cell> &density() const { return m_density; }
    const ChartLegend *legend() const { return m_legend; }

private:
    struct Label
    {
        QRectF rect;
        QString text;
        bool key = false; // a numbered mark, `text` its number
    };

    double layOutLegend(const QList<ChartLegend::Entry> &legend, double maxHeight);
    void placeQuadrants(class LabelPlacer &placer, const QRectF &area, const QPointF &centre);
    void paintLabels(const QRectF &area, const std::optional<QPointF> &target, double targetSize);
    void paintDensity(const QRectF &area, const QSizeF &cell, const std::vector<QPointF> &centres);

    QChart *m_chart;
    QGraphicsPathItem *m_spokes;
    PaintedItem *m_labelItem;
    PaintedItem *m_densityItem;
    ChartLegend *m_legend;
    ChartStyle m_style;
    QFont m_font;
    std::array<QString, 4> m_quadrantWords;
    std::array<QRectF, 4> m_quadrants;
    std::vector<Label> m_labels;
    std::vector<std::pair<QPointF, int>> m_badges; // position, count
    QList<QRectF> m_obstacles;
    QStringList m_names;
    int m_namesLeftOut = 0;
    QList<ChartLegend::Entry> m_key;
    QList<QStringList> m_keyNames; // the names of each line of the key
    std::vector<DensityGrid::Cell> m_density;
};

} // namespace hindsight::ui
