// The breadth-versus-depth chart stays readable (issue 16): names placed without overlapping one
// another, a marker, the target, a quadrant's word or the plot's edges, a key where there is no
// room; a count on candidates who share a point; markers at the edges drawn whole; a legend that
// wraps instead of eliding; density cells on a crowded chart; chart words at 4.5:1 in light and
// dark palettes; an accessible summary and a table of the same figures. Screenshots of each.

#include "tests/common/darkpalette.h"
#include "tests/common/generateddataset.h"
#include "tests/common/modeltester.h"
#include "tests/common/screenshots.h"
#include "tests/core/scenario.h"

#include "ui/charts/breadthdepthchart.h"
#include "ui/charts/breadthdepthoverlays.h"
#include "ui/charts/breadthdepthpanel.h"
#include "ui/charts/breadthdepthtooltips.h"
#include "ui/charts/chartmarks.h"
#include "ui/charts/chartpointmodel.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/labelplacer.h"
#include "ui/common/colours.h"
#include "ui/common/terms.h"

#include "core/scoring/scorer.h"
#include "core/taxonomy.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>

using namespace hindsight;
using Chart = ui::BreadthDepthChart;

namespace {

Chart::Candidate point(core::Id id, const QString &name, double breadth, double depth, int fit = 70,
                       std::vector<core::Risk> risks = {core::Risk::GoodMatch})
{
    return {id, name, breadth, depth, fit, std::move(risks), {{breadth, depth}}};
}

// Every candidate of generateDataset(n) that has a submitted interview, scored for its own role,
// the way the board turns them into chart points.
std::vector<Chart::Candidate> generatedPoints(int n)
{
    const core::Scorer scorer(core::Taxonomy::builtIn().layerCount());
    const core::Dataset data = test::generateDataset(n);
    std::vector<Chart::Candidate> points;
    for (const auto &entry : data.candidates) {
        const core::CandidateFigures figures = scorer.candidate(entry.interviews);
        if (figures.submittedInterviews == 0)
            continue;
        const core::Fit fit = scorer.fit(data.roles[entry.roleIndex], figures);
        points.push_back(Chart::fromFigures(core::Id(points.size() + 1),
                                            QString::fromStdString(entry.candidate.name), figures,
                                            fit));
    }
    return points;
}

// Nothing the chart wrote on its plot overlaps anything else it drew or leaves the plot area.
QString overlapIn(const Chart &chart)
{
    const ui::BreadthDepthOverlays &o = chart.overlays();
    const QRectF area = chart.chart()->plotArea();
    const QList<QRectF> labels = o.labelRects();
    const QList<QRectF> words = o.quadrantRects();
    auto overlap = [](const QRectF &a, const QRectF &b) {
        return a.adjusted(0.02, 0.02, -0.02, -0.02).intersects(b);
    };
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!area.contains(labels[i]))
            return QStringLiteral("label %1 leaves the plot area").arg(i);
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (overlap(labels[i], labels[j]))
                return QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j);
        }
        for (const QRectF &w : words) {
            if (overlap(labels[i], w))
                return QStringLiteral("label %1 is on a quadrant word").arg(i);
        }
        for (const QRectF &m : o.obstacleRects()) {
            if (overlap(labels[i], m))
                return QStringLiteral("label %1 is on a marker or the target").arg(i);
        }
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            if (overlap(words[i], words[j]))
                return QStringLiteral(
                           "quadrant words %1 and %2 overlap (%3,%4 %5x%6 / %7,%8; plot %9)")
                    .arg(i)
                    .arg(j)
                    .arg(words[i].x())
                    .arg(words[i].y())
                    .arg(words[i].width())
                    .arg(words[i].height())
                    .arg(words[j].x())
                    .arg(words[j].y())
                    .arg(area.height());
        }
    }
    return {};
}

void show(Chart &chart, QSize size)
{
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.settle();
}

} // namespace

class TestChartReadability final : public QObject
{
    Q_OBJECT

private slots:
    void placerNeverOverlaps_data();
    void placerNeverOverlaps();
    void placerAroundAPoint();
    void coincidentCandidatesShowACount();
    void namesKeepClear_data();
    void namesKeepClear();
    void noRoomGivesAKey();
    void markersAtTheEdgesAreWhole();
    void legendWrapsInsteadOfEliding();
    void crowdedChartShowsDensity();
    void chartWordsContrast();
    void accessibleSummary();
    void tableAlternative();
    void screenshots();
};

void TestChartReadability::placerNeverOverlaps_data()
{
    QTest::addColumn<QList<QPointF>>("anchors");
    QTest::addColumn<int>("seed");
    // Adversarial: one point four times, a cluster, the corners and the edges.
    QTest::newRow("four at one point") << QList<QPointF>(4, QPointF(150, 100)) << 0;
    QTest::newRow("corners") << QList<QPointF>{{0, 0},     {300, 0}, {0, 200},
                                               {300, 200}, {0, 0},   {300, 200}}
                             << 0;
    QList<QPointF> cluster;
    for (int i = 0; i < 30; ++i)
        cluster << QPointF(140 + i % 5, 95 + i / 5);
    QTest::newRow("tight cluster") << cluster << 0;
    for (int seed = 1; seed <= 20; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed))) << QList<QPointF>{} << seed;
}

void TestChartReadability::placerNeverOverlaps()
{
    QFETCH(QList<QPointF>, anchors);
    QFETCH(int, seed);
    const QRectF bounds(0, 0, 300, 200);
    QRandomGenerator random(quint32(seed + 1));
    if (seed > 0) {
        for (int i = 0, n = random.bounded(5, 60); i < n; ++i)
            anchors << QPointF(random.bounded(300.0), random.bounded(200.0));
    }
    ui::LabelPlacer placer(bounds);
    // Obstacles: a quadrant word in a corner, a target in the middle, a marker on each anchor.
    const QList<QRectF> fixed{QRectF(4, 4, 60, 14), QRectF(136, 86, 28, 28)};
    for (const QRectF &r : fixed)
        placer.addObstacle(r);
    for (const QPointF &a : anchors)
        placer.addObstacle(QRectF(a.x() - 6, a.y() - 6, 12, 12));
    int placed = 0;
    for (const QPointF &a : anchors) {
        const QSizeF size(20 + random.bounded(70.0), 13);
        if (placer.placeBeside(a, 8, size) || placer.placeMark(a, 8, QSizeF(12, 13)))
            ++placed;
    }
    const QList<QRectF> rects = placer.placed();
    QCOMPARE(rects.size(), placed);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY2(bounds.contains(rects[i]), qPrintable(QStringLiteral("label %1 outside").arg(i)));
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].adjusted(0.02, 0.02, -0.02, -0.02).intersects(rects[j]),
                     qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        for (const QRectF &o : placer.obstacles())
            QVERIFY(!rects[i].adjusted(0.02, 0.02, -0.02, -0.02).intersects(o));
    }
    // Four names at one point all find a place around it.
    if (QByteArray(QTest::currentDataTag()) == "four at one point")
        QCOMPARE(placed, 4);
}

void TestChartReadability::placerAroundAPoint()
{
    ui::LabelPlacer placer(QRectF(0, 0, 200, 100));
    // Right of the point first; at the right edge, the left.
    QCOMPARE(placer.placeBeside(QPointF(50, 50), 5, QSizeF(40, 10)), QRectF(55, 45, 40, 10));
    QCOMPARE(placer.placeBeside(QPointF(190, 50), 5, QSizeF(40, 10)), QRectF(145, 45, 40, 10));
    // A second label at the first point goes elsewhere.
    const auto second = placer.placeBeside(QPointF(50, 50), 5, QSizeF(40, 10));
    QVERIFY(second);
    QVERIFY(!second->intersects(QRectF(55, 45, 40, 10)));
    // No room at all: nothing.
    ui::LabelPlacer full(QRectF(0, 0, 30, 30));
    full.addObstacle(QRectF(0, 0, 30, 30));
    QVERIFY(!full.placeBeside(QPointF(15, 15), 4, QSizeF(10, 10)));
    QVERIFY(!full.placeMark(QPointF(15, 15), 4, QSizeF(5, 5)));
}

void TestChartReadability::coincidentCandidatesShowACount()
{
    Chart chart;
    chart.setRole(test::paymentBackend());
    chart.setNameLabels(true);
    chart.setCandidates({point(1, QStringLiteral("Ann Berg"), 5, 5),
                         point(2, QStringLiteral("Bo Chen"), 5, 5),
                         point(3, QStringLiteral("Cy Dahl"), 5, 5),
                         point(4, QStringLiteral("Di Eng"), 5, 5),
                         point(5, QStringLiteral("Eve Falk"), 2.5, 7.5)});
    show(chart, QSize(620, 460));
    QCOMPARE(chart.overlays().counts(), QList<int>{4});
    // Every name is written once, beside its point or in the key.
    QStringList names = chart.nameLabels();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Ann Berg"), QStringLiteral("Bo Chen"),
                                 QStringLiteral("Cy Dahl"), QStringLiteral("Di Eng"),
                                 QStringLiteral("Eve Falk")}));
    QVERIFY(chart.overlays().legend()->texts().contains(Chart::tr("Candidates at one point")));
    const QString overlap = overlapIn(chart);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
}

void TestChartReadability::namesKeepClear_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<QSize>("size");
    QTest::newRow("on the quadrant words")
        << QList<QPointF>{{0, 10}, {0.4, 9.8}, {10, 10}, {9.6, 9.8}, {0, 0}, {10, 0}}
        << QSize(520, 400);
    QTest::newRow("at the target")
        << QList<QPointF>{{7.5, 2.5}, {7.5, 2.6}, {7.4, 2.5}, {7.6, 2.4}} << QSize(520, 400);
    QTest::newRow("corners") << QList<QPointF>{{0, 0}, {10, 10}, {0, 10}, {10, 0}, {5, 5}}
                             << QSize(300, 260);
    QList<QPointF> many;
    for (int i = 0; i < Chart::LabelLimit; ++i)
        many << QPointF((i * 37 % 41) * 0.25, (i * 13 % 9) * 1.25);
    QTest::newRow("label limit, small chart") << many << QSize(300, 260);
    QTest::newRow("label limit, large chart") << many << QSize(900, 700);
}

void TestChartReadability::namesKeepClear()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(QSize, size);
    std::vector<Chart::Candidate> candidates;
    for (const QPointF &p : points)
        candidates.push_back(point(core::Id(candidates.size() + 1),
                                   QStringLiteral("Candidate number %1").arg(candidates.size() + 1),
                                   p.x(), p.y()));
    Chart chart;
    chart.setRole(test::paymentBackend());
    chart.setNameLabels(true);
    chart.setCandidates(candidates);
    chart.setTeam({{QStringLiteral("Jonas Berg"), 8.0, 3.75}});
    show(chart, size);
    const QString overlap = overlapIn(chart);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
    QVERIFY(!chart.overlays().labelRects().isEmpty());
    // Every name is on the chart or in the key, or the key says how many it leaves out.
    QCOMPARE(chart.nameLabels().size() + chart.overlays().namesLeftOut(),
             qsizetype(candidates.size() + 1));
    if (size.width() > 500)
        QCOMPARE(chart.overlays().namesLeftOut(), 0);
    // The plot keeps most of the chart.
    QVERIFY(chart.chart()->plotArea().height() > size.height() * 0.3);
}

void TestChartReadability::noRoomGivesAKey()
{
    std::vector<Chart::Candidate> candidates;
    for (int i = 0; i < 12; ++i)
        candidates.push_back(point(i + 1,
                                   QStringLiteral("A rather long candidate name %1").arg(i + 1),
                                   4 + (i % 4) * 0.5, 4 + (i / 4) * 0.5));
    Chart chart;
    chart.setNameLabels(true);
    chart.setCandidates(candidates);
    show(chart, QSize(360, 320));
    const QStringList key = chart.overlays().keyTexts();
    QVERIFY2(!key.isEmpty(), "a crowded small chart numbers some names");
    // The key is part of the legend below the chart, each name whole.
    for (const QString &text : key)
        QVERIFY(chart.overlays().legend()->texts().contains(text));
    const QString overlap = overlapIn(chart);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
    QVERIFY(chart.overlays().legend()->y() + chart.overlays().legend()->height()
            <= chart.chart()->size().height() + 0.5);
}

void TestChartReadability::markersAtTheEdgesAreWhole()
{
    // The fraud pipeline's target sits at depth 10; a deeper role puts it at (10, 10).
    const core::Role deep = test::role("Deep and broad", 10.0, {{"streaming", 4}});
    for (const QSize size : {QSize(260, 220), QSize(500, 400), QSize(1200, 900)}) {
        Chart chart;
        chart.setRole(deep);
        chart.setCandidates({point(1, QStringLiteral("Zero"), 0, 0),
                             point(2, QStringLiteral("Ten"), 10, 10)});
        show(chart, size);
        QCOMPARE(chart.targetPoint(), std::optional<QPointF>(QPointF(10, 10)));
        const QRectF area = chart.chart()->plotArea();
        // The target is drawn whole, unclipped, inside the chart; the points and the selection
        // ring (22 pixels and its pen), which Qt Charts clips at the plot area, inside it.
        const QPointF target = chart.chart()->mapToPosition(QPointF(10, 10));
        QVERIFY(QRectF(QPointF(0, 0), chart.chart()->size())
                    .contains(QRectF(target.x() - 16, target.y() - 16, 32, 32)));
        QVERIFY(chart.overlays().obstacleRects().contains(QRectF(target.x() - 16, target.y() - 16,
                                                                 32, 32)));
        for (const QPointF &value : {QPointF(10, 10), QPointF(0, 0), QPointF(0, 10)}) {
            const QPointF at = chart.chart()->mapToPosition(value);
            const QRectF ring(at.x() - 12.5, at.y() - 12.5, 25, 25);
            QVERIFY2(area.contains(ring), qPrintable(QStringLiteral("%1x%2: marker at (%3, %4) cut")
                                                         .arg(size.width())
                                                         .arg(size.height())
                                                         .arg(value.x())
                                                         .arg(value.y())));
        }
    }
}

void TestChartReadability::legendWrapsInsteadOfEliding()
{
    Chart chart;
    chart.setRole(test::paymentBackend());
    chart.setSpread(Chart::Spread::SelectedOnly);
    chart.setCandidates({point(1, QStringLiteral("Ann"), 5, 5),
                         point(2, QStringLiteral("Bo"), 5, 5)});
    chart.setTeam({{QStringLiteral("Jonas Berg"), 8.0, 3.75}});
    show(chart, QSize(260, 240));
    const ui::ChartLegend *legend = chart.overlays().legend();
    const QStringList expected{
        Chart::tr("Candidate"),   Chart::tr("Candidates at one point"),  Chart::tr("One interview"),
        Chart::tr("Role target"), Chart::tr("No breadth or depth risk"), Chart::tr("Team member")};
    QCOMPARE(legend->texts(), expected);
    // Each line of the legend fits the chart's width, and the whole legend is inside the chart.
    const double width = chart.chart()->size().width();
    QVERIFY(legend->textRects().size() >= expected.size());
    for (const QRectF &line : legend->textRects())
        QVERIFY2(legend->x() + line.right() <= width + 0.5,
                 qPrintable(QString::number(line.right())));
    QVERIFY(legend->y() + legend->height() <= chart.chart()->size().height() + 0.5);
    QVERIFY2(legend->height() > legend->textRects().first().height() * 1.5,
             "six entries wrap onto more than one line at 260 pixels");
    // The plot and its axes stay above the legend.
    QVERIFY(chart.chart()->plotArea().bottom() < legend->y());
}

void TestChartReadability::crowdedChartShowsDensity()
{
    const std::vector<Chart::Candidate> candidates = generatedPoints(2500);
    QVERIFY(candidates.size() > 1000);
    Chart chart;
    chart.setRole(test::paymentBackend());
    chart.setNameLabels(true);
    chart.setSpread(Chart::Spread::SelectedOnly);
    chart.setCandidates(candidates);
    show(chart, QSize(800, 600));
    QVERIFY(chart.showsDensity());
    QVERIFY(chart.nameLabels().isEmpty());
    int sum = 0;
    int most = 0;
    for (const ui::DensityGrid::Cell &cell : chart.overlays().density()) {
        sum += cell.count;
        most = std::max(most, cell.count);
        QVERIFY(cell.count > 0);
    }
    QCOMPARE(sum, int(candidates.size()));
    QVERIFY2(most > 1, "generated candidates cluster");
    QVERIFY(chart.overlays().legend()->texts().contains(
        Chart::tr("Candidates per cell (darker: more)")));
    QVERIFY(!chart.overlays().legend()->texts().contains(Chart::tr("Candidate")));
    // A click on a cell selects its best fit; hovering names who is there.
    const ui::DensityGrid::Cell busiest = *std::max_element(chart.overlays().density().begin(),
                                                            chart.overlays().density().end(),
                                                            [](const auto &a, const auto &b) {
        return a.count < b.count;
    });
    QList<core::Id> clicked;
    connect(&chart, &Chart::candidateClicked, this, [&clicked](core::Id id) { clicked << id; });
    const QPoint at = chart.mapFromScene(chart.chart()->mapToPosition(busiest.centre));
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.size(), 1);
    const auto inCell = ui::BreadthDepthTooltips::inCell(busiest.centre, candidates);
    QCOMPARE(int(inCell.size()), busiest.count);
    QCOMPARE(clicked.front(), inCell.front()->id);
    QCOMPARE(chart.selectedCandidate(), std::optional(clicked.front()));
    for (const auto *c : inCell)
        QVERIFY(c->fit <= inCell.front()->fit);
    const QString tip = ui::BreadthDepthTooltips::cell(inCell);
    QVERIFY2(tip.contains(inCell.front()->name), qPrintable(tip));
    QVERIFY2(tip.contains(QString::number(busiest.count)), qPrintable(tip));

    // Below the threshold, points with counts.
    chart.setCandidates(std::vector<Chart::Candidate>(candidates.begin(),
                                                      candidates.begin() + Chart::DensityFrom - 1));
    QVERIFY(!chart.showsDensity());
    QVERIFY(chart.overlays().density().empty());
}

void TestChartReadability::chartWordsContrast()
{
    for (const QPalette &palette :
         {QApplication::palette(), test::darkPalette(), ui::Colours::paperPalette()}) {
        const ui::ChartStyle style = ui::ChartStyle::of(palette);
        const double text = ui::ChartStyle::contrast(style.text, style.background);
        const double secondary = ui::ChartStyle::contrast(style.secondary, style.background);
        QVERIFY2(text >= 4.5, qPrintable(QString::number(text)));
        QVERIFY2(secondary >= 4.5, qPrintable(QString::number(secondary)));
        // Quieter than names, so the quadrants' words do not compete with them.
        QVERIFY(secondary < text);
        // A name's halo keeps it readable over a grid line.
        const QColor halo = ui::ChartStyle::blend(style.background, style.halo);
        QVERIFY(ui::ChartStyle::contrast(style.text, halo) >= 4.5);
        // Counts in density cells, from the lightest to the darkest.
        for (int count : {1, 5, 10}) {
            const QColor cell = ui::ChartStyle::blend(style.background,
                                                      ui::ChartMarks::densityFill(count, 10));
            const QColor ink = ui::ChartStyle::onFill(cell, style.text, style.background);
            QVERIFY2(ui::ChartStyle::contrast(ink, cell) >= 4.5,
                     qPrintable(QStringLiteral("count %1: %2")
                                    .arg(count)
                                    .arg(ui::ChartStyle::contrast(ink, cell))));
        }
    }
    // The count badge's white figure on its fill.
    QVERIFY(ui::ChartStyle::contrast(Qt::white, ui::Colours::candidate().darker(130)) >= 4.5);
    // And the toy case: black on white is 21:1.
    QCOMPARE(qRound(ui::ChartStyle::contrast(Qt::black, Qt::white)), 21);
}

void TestChartReadability::accessibleSummary()
{
    Chart chart;
    chart.setRole(test::paymentBackend());
    chart.setCandidates({point(1, QStringLiteral("Ann"), 8, 5),
                         point(2, QStringLiteral("Bo"), 2, 1, 40, {core::Risk::UnderBreadth}),
                         point(3, QStringLiteral("Cy"), 8, 5)});
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.focusPolicy() & Qt::TabFocus);
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(&chart);
    QVERIFY(a);
    QVERIFY(!a->text(QAccessible::Name).isEmpty());
    const QString description = a->text(QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("3")), qPrintable(description));
    QVERIFY2(description.contains(Chart::tr("%n candidate(s)", "", 3)), qPrintable(description));
    QVERIFY2(description.contains(Chart::tr("%n without a breadth or depth risk", "", 2)),
             qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("7.5")), qPrintable(description));
    chart.setCandidates({});
    QVERIFY(a->text(QAccessible::Description).contains(Chart::tr("%n candidate(s)", "", 0)));
}

void TestChartReadability::tableAlternative()
{
    ui::BreadthDepthPanel panel;
    test::testModel(panel.model());
    Chart &chart = *panel.chart();
    chart.setRole(test::paymentBackend());
    const std::vector<Chart::Candidate> candidates{
        point(1, QStringLiteral("Ann Berg"), 8.75, 2.5, 88),
        point(2, QStringLiteral("Bo Chen"), 2.5, 10, 45,
              {core::Risk::UnderBreadth, core::Risk::UnderDepth})};
    chart.setCandidates(candidates);
    const ui::ChartPointModel &model = *panel.model();
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const Chart::Candidate &c = candidates[std::size_t(row)];
        auto text = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(ui::ChartPointModel::NameColumn), c.name);
        QCOMPARE(text(ui::ChartPointModel::BreadthColumn), ui::Terms::figure(c.breadth));
        QCOMPARE(text(ui::ChartPointModel::DepthColumn), ui::Terms::figure(c.depth));
        QCOMPARE(text(ui::ChartPointModel::FitColumn), QString::number(c.fit));
        for (core::Risk risk : c.risks)
            QVERIFY(text(ui::ChartPointModel::RisksColumn).contains(ui::Terms::risk(risk)));
    }

    // By keyboard: Tab reaches the button, the shortcut swaps chart and table, focus follows.
    panel.resize(600, 480);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.showsTable());
    chart.setFocus();
    QTRY_VERIFY(chart.hasFocus());
    QTest::keyClick(&chart, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(panel.showsTable());
    QTRY_VERIFY(panel.table()->hasFocus());
    QCOMPARE(panel.table()->model()->rowCount(), 2);
    QTest::keyClick(panel.table(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!panel.showsTable());
    QTRY_VERIFY(chart.hasFocus());
    QVERIFY(panel.tableAction()->toolTip().contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G).toString(QKeySequence::NativeText)));
    chart.setCandidates({});
    QCOMPARE(model.rowCount(), 0);
}

void TestChartReadability::screenshots()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    const std::vector<Chart::Candidate> crowd = generatedPoints(2500);
    std::vector<Chart::Candidate> few;
    const QStringList names{QStringLiteral("Ann Berg"),    QStringLiteral("Bo Chen"),
                            QStringLiteral("Cy Dahl"),     QStringLiteral("Di Eng"),
                            QStringLiteral("Eve Falk"),    QStringLiteral("Finn Gaard"),
                            QStringLiteral("Gita Holm"),   QStringLiteral("Hamid Iqbal"),
                            QStringLiteral("Ines Jensen"), QStringLiteral("Kai Lindqvist"),
                            QStringLiteral("Lea Møller"),  QStringLiteral("Mads Nørgaard")};
    const QList<QPointF> at{{5, 5},     {5, 5}, {5, 5},  {5, 5},    {0, 10},   {10, 10},
                            {7.5, 2.5}, {0, 0}, {10, 0}, {2.5, 10}, {6.25, 5}, {5, 5.625}};
    for (qsizetype i = 0; i < names.size(); ++i)
        few.push_back(point(core::Id(i + 1), names[i], at[i].x(), at[i].y()));
    const core::Role deep = test::role("Deep and broad", 10.0, {{"streaming", 4}});
    for (const test::NamedPalette &palette : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette.palette);
        struct Shot
        {
            QString name;
            const std::vector<Chart::Candidate> &candidates;
            core::Role role;
            QSize size;
        };
        for (const Shot &shot :
             {Shot{QStringLiteral("few"), few, test::paymentBackend(), QSize(640, 520)},
              Shot{QStringLiteral("few-small"), few, deep, QSize(340, 300)},
              Shot{QStringLiteral("crowd"), crowd, test::paymentBackend(), QSize(800, 600)}}) {
            ui::BreadthDepthPanel panel;
            panel.chart()->setRole(shot.role);
            panel.chart()->setNameLabels(true);
            panel.chart()->setSpread(Chart::Spread::SelectedOnly);
            panel.chart()->setCandidates(shot.candidates);
            panel.chart()->setSelectedCandidate(2);
            panel.chart()->setTeam({{QStringLiteral("Jonas Berg"), 8.0, 3.75}});
            panel.resize(shot.size);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.chart()->settle();
            QApplication::processEvents();
            QVERIFY(shots.save(&panel,
                               QStringLiteral("chart-%1-%2.png").arg(shot.name, palette.name)));
            if (shot.name == QStringLiteral("few")) {
                panel.tableAction()->trigger();
                QVERIFY(shots.save(&panel, QStringLiteral("chart-table-%1.png").arg(palette.name)));
            }
        }
    }
}

QTEST_MAIN(TestChartReadability)
#include "tst_chartreadability.moc"
