// Screenshots of the main window on the demo data and on an empty database, light and dark, at
// two window sizes: always rendered and saved, so a screen that fails to paint fails the test;
// kept where HINDSIGHT_SCREENSHOT_DIR says, to be looked at.

#include "ui/common/englishplurals.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"
#include "tests/ui/mainwindowsteps.h"

#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace hindsight;
using test::child;
using test::findCandidate;

class TestMainWindowScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshots();
};

void TestMainWindowScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // As app/main does: English plural forms ("1 candidate", "3 candidates").
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestMainWindowScreenshots::screenshots()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    test::TemporaryDatabase empty;
    QVERIFY2(empty, qPrintable(empty.error()));

    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        ui::MainWindow window(db.store(), db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = child<QTreeView>(&window, "sidebarTree");
        const struct
        {
            const char *role;
            const char *candidate;
            const char *tag;
        } candidates[] = {
            {"Payment backend", "Mateus Oliveira", "specialist-in-generalist-role"},
            {"Payment backend", "Lars Eriksen", "with-draft"},
            {"Fraud scoring pipeline", "Kai Lindqvist", "good-match"},
        };
        for (QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
            window.resize(size);
            const QString prefix =
                QStringLiteral("main-%1x%2-%3").arg(size.width()).arg(size.height()).arg(paletteName);
            for (const auto &shot : candidates) {
                const QModelIndex index = findCandidate(tree, QString::fromUtf8(shot.role),
                                                        QString::fromUtf8(shot.candidate));
                QVERIFY2(index.isValid(), shot.candidate);
                tree->setCurrentIndex(index);
                QTest::qWait(50);
                QVERIFY(shots.save(&window,
                                   QStringLiteral("%1-%2.png").arg(prefix, QLatin1String(shot.tag))));
            }
            auto *charts = child<QTabWidget>(&window, "candidateCharts");
            charts->setCurrentIndex(1);
            QVERIFY(shots.save(&window, prefix + QStringLiteral("-domain-chart.png")));
            charts->setCurrentIndex(0);
        }
        tree->setCurrentIndex(tree->model()->index(1, 0));
        QTest::qWait(50);
        QVERIFY(shots.save(&window, QStringLiteral("role-%1.png").arg(paletteName)));

        ui::MainWindow emptyWindow(empty.store(), empty.path());
        emptyWindow.resize(1366, 768);
        emptyWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&emptyWindow));
        QVERIFY(shots.save(&emptyWindow, QStringLiteral("empty-%1.png").arg(paletteName)));
    }
}

QTEST_MAIN(TestMainWindowScreenshots)
#include "tst_mainwindow_screenshots.moc"
