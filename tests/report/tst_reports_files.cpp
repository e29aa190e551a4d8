// What a report PDF is on disk: the chart drawn as vector paths, never a bitmap; an export to a
// path that cannot be written leaves nothing, and one that fails part-way keeps the good file.

#include "ui/report/reportchart.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

#include "tests/common/testfiles.h"
#include "tests/report/pdfreader.h"
#include "tests/report/reportfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace hindsight;
using namespace Qt::StringLiterals;
using namespace hindsight::test;

class TestReportFiles : public QObject, protected test::ReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartIsVector();
    void chartNamesCountsAndLegendOnPaper();
    void unwritablePathLeavesNothing();
    void failedExportKeepsTheGoodFile();
};

void TestReportFiles::initTestCase()
{
    checkReady();
}

void TestReportFiles::chartIsVector()
{
    // A page with the chart alone: what it adds to a PDF is paths, never a bitmap.
    ui::ReportDocument report(QStringLiteral("Chart"));
    ui::ReportChart chart;
    chart.role = *m_db.store().role(roleId("Payment backend"));
    chart.candidates.push_back(
        {1, QStringLiteral("Point"), 6.5, 7.5, 80, {core::Risk::GoodMatch}, {{6.0, 7.5}, {7.0, 7.5}}});
    report.setBody(report.chart(chart, 150, 110));
    const QString path = output(QStringLiteral("chart.pdf"));
    QVERIFY(!ui::ReportPrinter().writePdf(report, path));
    const QByteArray chartOnly = test::readAll(path);
    QCOMPARE(images(chartOnly), 0);
    const int chartPaths = pathOperators(chartOnly);
    QVERIFY2(chartPaths > 100, qPrintable(QString::number(chartPaths)));
    // The axis labels are text, as a reader can search and copy them.
    QVERIFY(pdfText(path).contains(u"Breadth"));

    ui::ReportDocument empty(QStringLiteral("Chart"));
    empty.setBody(QStringLiteral("<p>Breadth</p>"));
    QVERIFY(!ui::ReportPrinter().writePdf(empty, path));
    QVERIFY(pathOperators(test::readAll(path)) < chartPaths / 4);

    // And in a real summary, the chart's paths are there and nothing is a bitmap.
    const QString summary = write({ui::ReportRequest::Kind::CandidateSummary,
                                   candidateId("Mateus Oliveira"), false},
                                  QStringLiteral("summary-vector.pdf"));
    const QByteArray bytes = test::readAll(summary);
    QCOMPARE(images(bytes), 0);
    const int summaryPaths = pathOperators(bytes);
    QVERIFY2(summaryPaths > 100, qPrintable(QString::number(summaryPaths)));
}

void TestReportFiles::chartNamesCountsAndLegendOnPaper()
{
    // The printed chart is laid out by the screen's code: four candidates at one point are one
    // marker with "4", every name is written beside its point or in the key, the legend whole.
    ui::ReportChart chart;
    chart.role = *m_db.store().role(roleId("Payment backend"));
    chart.nameLabels = true;
    const QStringList names{u"Ann Berg"_s, u"Bo Chen"_s,  u"Cy Dahl"_s,
                            u"Di Eng"_s,   u"Eve Falk"_s, u"Finn Gaard"_s};
    const QList<QPointF> at{{5, 5}, {5, 5}, {5, 5}, {5, 5}, {10, 10}, {0, 0}};
    for (qsizetype i = 0; i < names.size(); ++i)
        chart.candidates.push_back({core::Id(i + 1),
                                    names[i],
                                    at[i].x(),
                                    at[i].y(),
                                    70,
                                    {core::Risk::GoodMatch},
                                    {{at[i].x(), at[i].y()}}});
    chart.team.push_back({u"Jonas Berg"_s, 8.0, 3.75});
    ui::ReportDocument report(QStringLiteral("Chart"));
    report.setBody(report.chart(chart, 120, 95));
    const QString path = output(QStringLiteral("chart-names.pdf"));
    QVERIFY(!ui::ReportPrinter().writePdf(report, path));
    const QString text = pdfText(path);
    for (const QString &name : names)
        QVERIFY2(text.contains(name), qPrintable(name + u" missing from: "_s + text));
    QVERIFY(text.contains(u"Jonas Berg"));
    QVERIFY2(text.contains(u" 4 "), qPrintable(text));
    for (const QString &entry : {u"Candidates at one point"_s, u"No breadth or depth risk"_s,
                                 u"Role target"_s, u"Team member"_s})
        QVERIFY2(text.contains(entry), qPrintable(entry + u" missing from: "_s + text));

    // A crowded printed chart shows density cells, and says so.
    ui::ReportChart crowded;
    crowded.role = chart.role;
    for (int i = 0; i < 400; ++i)
        crowded.candidates.push_back({core::Id(i + 1),
                                      u"C%1"_s.arg(i),
                                      (i % 9) * 1.25,
                                      (i % 5) * 2.5,
                                      50,
                                      {core::Risk::GoodMatch},
                                      {}});
    ui::ReportDocument dense(QStringLiteral("Chart"));
    dense.setBody(dense.chart(crowded, 150, 110));
    QVERIFY(!ui::ReportPrinter().writePdf(dense, path));
    const QString denseText = pdfText(path);
    QVERIFY2(denseText.contains(u"Candidates per cell"), qPrintable(denseText));
    QVERIFY(!denseText.contains(u"C17 "));
}

void TestReportFiles::unwritablePathLeavesNothing()
{
    auto report = ui::Reports::build(m_db.store(), {ui::ReportRequest::Kind::InterviewKit,
                                                    roleId("Payment backend"), false});
    QVERIFY(report);
    // A folder that does not exist, and a "folder" that is a file.
    const QString missing = m_out.filePath(QStringLiteral("no/such/folder/kit.pdf"));
    auto failure = ui::ReportPrinter().writePdf(**report, missing);
    QVERIFY(failure);
    QVERIFY2(failure->sentence().contains(u"no/such/folder"), qPrintable(failure->sentence()));
    QVERIFY(!QFileInfo::exists(missing));

    const QString file = m_out.filePath(QStringLiteral("plain-file"));
    QVERIFY(test::writeFile(file, "not a folder"));
    const QString inside = file + QStringLiteral("/kit.pdf");
    failure = ui::ReportPrinter().writePdf(**report, inside);
    QVERIFY(failure);
    QVERIFY2(failure->sentence().contains(u"plain-file"), qPrintable(failure->sentence()));
    QCOMPARE(test::readAll(file), QByteArray("not a folder"));
}

void TestReportFiles::failedExportKeepsTheGoodFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    const QByteArray good = "%PDF-1.4 a good pack from yesterday";
    QVERIFY(test::writeFile(path, good));
    auto report = ui::Reports::build(m_db.store(), {ui::ReportRequest::Kind::CommitteePack,
                                                    roleId("Payment backend"), false});
    QVERIFY(report);

    // A file size limit makes the write fail part-way, as a full disk would; it binds root too,
    // unlike permissions. SIGXFSZ would kill the process, so it is ignored meanwhile.
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 8192;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto failure = ui::ReportPrinter().writePdf(**report, path);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(failure);
    QVERIFY2(failure->sentence().contains(path), qPrintable(failure->sentence()));
    QCOMPARE(test::readAll(path), good);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"pack.pdf"_s});
}

QTEST_MAIN(TestReportFiles)
#include "tst_reports_files.moc"
