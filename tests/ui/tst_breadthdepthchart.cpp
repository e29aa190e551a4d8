#include "tests/core/scenario.h"

#include "ui/charts/breadthdepthchart.h"
#include "ui/charts/domaindepthchart.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"

#include "core/scoring/scorer.h"
#include "core/taxonomy.h"

#include <QApplication>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using L = core::Regret::Level;
using Chart = ui::BreadthDepthChart;

namespace {

const core::Scorer &scorer()
{
    static const core::Scorer s(core::Taxonomy::builtIn().layerCount());
    return s;
}

// A candidate scored by core and turned into a chart point the way the candidate page does it.
Chart::Candidate scored(core::Id id, const QString &name,
                        const std::vector<core::Interview> &interviews, const core::Role &role)
{
    const core::CandidateFigures figures = scorer().candidate(interviews);
    return Chart::fromFigures(id, name, figures, scorer().fit(role, figures));
}

bool hasRisk(const std::vector<core::Risk> &risks, core::Risk risk)
{
    return std::find(risks.begin(), risks.end(), risk) != risks.end();
}

} // namespace

// The breadth-versus-depth chart and the per-domain chart hold exactly core's figures.
class TestBreadthDepthChart : public QObject
{
    Q_OBJECT

private slots:
    void workedExamples();
    void acceptanceRegionMatchesRiskRules_data();
    void acceptanceRegionMatchesRiskRules();
    void noRoleHidesTarget();
    void tooltipText();
    void clickSelects();
    void thousandCandidates();
    void draftsAreNotDrawn();
    void domainChart();
};

void TestBreadthDepthChart::workedExamples()
{
    Chart chart;
    chart.setRole(fraudPipeline());
    QCOMPARE(chart.targetPoint(), std::optional<QPointF>(QPointF(2.5, 10.0)));
    chart.setCandidates({scored(1, QStringLiteral("K"), {candidateK()}, fraudPipeline())});
    QCOMPARE(chart.candidatePoints(), QList<QPointF>{QPointF(2.5, 10.0)});
    QCOMPARE(chart.interviewPoints(), QList<QPointF>{QPointF(2.5, 10.0)});

    chart.setRole(paymentBackend());
    QCOMPARE(chart.targetPoint(), std::optional<QPointF>(QPointF(7.5, 2.5)));
    QCOMPARE(chart.acceptanceRegion(), QRectF(QPointF(5.0, 0.0), QPointF(10.0, 10.0)));
    chart.setCandidates({scored(1, QStringLiteral("K"), {candidateK()}, paymentBackend()),
                         scored(2, QStringLiteral("G"), {candidateG()}, paymentBackend())});
    QCOMPARE(chart.candidatePoints(), (QList<QPointF>{QPointF(2.5, 10.0), QPointF(8.75, 2.5)}));
    QCOMPARE(chart.interviewPoints(), (QList<QPointF>{QPointF(2.5, 10.0), QPointF(8.75, 2.5)}));
}

void TestBreadthDepthChart::acceptanceRegionMatchesRiskRules_data()
{
    QTest::addColumn<double>("breadthDemand");
    QTest::addColumn<int>("demand");
    QTest::addColumn<double>("breadth");
    QTest::addColumn<double>("depth");
    // Region for B_r 7.5, q 3: B > 5, D > 5.
    QTest::newRow("on the left edge") << 7.5 << 3 << 5.0 << 7.5;
    QTest::newRow("just right of it") << 7.5 << 3 << 5.01 << 7.5;
    QTest::newRow("on the bottom edge") << 7.5 << 3 << 7.5 << 5.0;
    QTest::newRow("just above it") << 7.5 << 3 << 7.5 << 5.625;
    QTest::newRow("on the corner") << 7.5 << 3 << 5.0 << 5.0;
    QTest::newRow("just inside the corner") << 7.5 << 3 << 5.01 << 5.625;
    QTest::newRow("far outside") << 7.5 << 3 << 1.0 << 0.0;
    // Region for B_r 10, q 4: B > 7.5, D > 7.5.
    QTest::newRow("deep role, on the bottom edge") << 10.0 << 4 << 9.0 << 7.5;
    QTest::newRow("deep role, just above") << 10.0 << 4 << 9.0 << 8.125;
    // Clipped at 0: B_r 2, q 1 gives B > -0.5 and D > 0, drawn from 0.
    QTest::newRow("clipped, at zero depth") << 2.0 << 1 << 0.0 << 0.0;
    QTest::newRow("clipped, some depth") << 2.0 << 1 << 0.0 << 0.625;
}

void TestBreadthDepthChart::acceptanceRegionMatchesRiskRules()
{
    QFETCH(double, breadthDemand);
    QFETCH(int, demand);
    QFETCH(double, breadth);
    QFETCH(double, depth);
    const core::Role r = role("One domain", breadthDemand, {{"payments", demand}});

    core::CandidateFigures figures;
    figures.breadth = breadth;
    figures.depth = depth;
    if (depth > 0)
        figures.domainDepth["payments"] = depth / core::Scorer::DepthScale;
    const core::Fit fit = scorer().fit(r, figures);

    Chart chart;
    chart.setRole(r);
    const QRectF region = chart.acceptanceRegion();
    QVERIFY(region.left() >= 0.0 && region.bottom() <= 10.0);
    // The left and bottom edges are open; the clipped left edge at 0 has no breadth risk there.
    const bool inBreadth = breadth > breadthDemand - core::Scorer::RiskGap
                           && breadth >= region.left();
    const bool inDepth = depth > region.top();
    QCOMPARE(!hasRisk(fit.risks, core::Risk::UnderBreadth), inBreadth);
    QCOMPARE(!hasRisk(fit.risks, core::Risk::UnderDepth), inDepth);
}

void TestBreadthDepthChart::noRoleHidesTarget()
{
    Chart chart;
    chart.setRole(paymentBackend());
    chart.setRole(std::nullopt);
    QVERIFY(!chart.targetPoint());
    QVERIFY(chart.acceptanceRegion().isEmpty());
}

void TestBreadthDepthChart::tooltipText()
{
    Chart chart;
    chart.setRole(paymentBackend());
    chart.setCandidates({scored(7, QStringLiteral("Kai Lindqvist"), {candidateK()},
                                paymentBackend())});
    const QString tip = chart.tooltipFor(7);
    QVERIFY2(tip.contains(QStringLiteral("Kai Lindqvist")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("45")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2.5")) && tip.contains(QStringLiteral("10")),
             qPrintable(tip));
    for (core::Risk risk :
         {core::Risk::UnderBreadth, core::Risk::UnderDepth, core::Risk::OverSpecialization})
        QVERIFY2(tip.contains(ui::Terms::risk(risk)), qPrintable(tip));
    QVERIFY(!tip.contains(ui::Terms::risk(core::Risk::GoodMatch)));
    QVERIFY(chart.tooltipFor(8).isEmpty());
}

void TestBreadthDepthChart::clickSelects()
{
    Chart chart;
    chart.resize(500, 400);
    chart.setRole(fraudPipeline());
    chart.setCandidates({scored(3, QStringLiteral("K"), {candidateK()}, fraudPipeline()),
                         scored(4, QStringLiteral("G"), {candidateG()}, fraudPipeline())});
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QList<core::Id> clicked;
    connect(&chart, &Chart::candidateClicked, this, [&clicked](core::Id id) { clicked.append(id); });
    const QPoint at = chart.mapFromScene(chart.chart()->mapToPosition(QPointF(8.75, 2.5)));
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked, QList<core::Id>{4});
}

void TestBreadthDepthChart::thousandCandidates()
{
    std::vector<Chart::Candidate> candidates;
    for (int i = 0; i < 1000; ++i) {
        Chart::Candidate c;
        c.id = i + 1;
        c.name = QStringLiteral("Candidate %1").arg(i + 1);
        c.breadth = (i % 41) * 0.25;
        c.depth = (i % 5) * 2.5;
        c.fit = i % 101;
        c.risks = {core::Risk::GoodMatch};
        c.interviews = {{c.breadth, c.depth}, {10.0 - c.breadth, c.depth}};
        candidates.push_back(std::move(c));
    }
    Chart chart;
    chart.resize(800, 600);
    chart.setRole(fraudPipeline());
    chart.setCandidates(candidates);
    chart.setSelectedCandidate(500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.candidatePoints().size(), 1000);
    QCOMPARE(chart.interviewPoints().size(), 2000);
    QVERIFY(!chart.grab().isNull());
}

void TestBreadthDepthChart::draftsAreNotDrawn()
{
    core::Interview draft = interview({regret(L::Domain, "payments", 4, {"apis", "auth", "caching"})},
                                      false, "Drafting");
    Chart chart;
    chart.setCandidates({scored(1, QStringLiteral("G"), {candidateG(), draft}, paymentBackend())});
    QCOMPARE(chart.candidatePoints(), QList<QPointF>{QPointF(8.75, 2.5)});
    QCOMPARE(chart.interviewPoints(), QList<QPointF>{QPointF(8.75, 2.5)});
}

void TestBreadthDepthChart::domainChart()
{
    const core::CandidateFigures k = scorer().candidate({candidateK()});
    const ui::TaxonomyText text;
    ui::DomainDepthChart chart;
    chart.setDepths(k.domainDepth, paymentBackend().domainDemands, text);
    // Listed bottom-up, so the first domain in id order is the last category.
    QCOMPARE(chart.domains(), (QStringList{text.domain("streaming"), text.domain("performance"),
                                           text.domain("payments")}));
    QCOMPARE(chart.candidateValues(), (QList<qreal>{4.0, 3.0, 0.0}));
    QCOMPARE(chart.demandValues(), (QList<qreal>{0.0, 0.0, 1.0}));
    // The same figures as words for a screen reader, top bar first.
    const QString description = chart.accessibleDescription();
    QVERIFY2(description.startsWith(text.domain("payments")), qPrintable(description));
    for (const char *domain : {"payments", "performance", "streaming"})
        QVERIFY2(description.contains(text.domain(domain)), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("4")), qPrintable(description));
    QVERIFY(chart.focusPolicy() & Qt::TabFocus);
}

QTEST_MAIN(TestBreadthDepthChart)
#include "tst_breadthdepthchart.moc"
