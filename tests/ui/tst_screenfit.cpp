// Screens that fit (issue 16, item 2): every window and dialog opens within the available screen
// geometry with nothing it shows outside it, on the screen ctest gives it (1366x768 at scale 1,
// 2732x1536 at scale 2: test_screenfit and test_screenfit_scale2); geometry, splitters and the
// board's columns come back as they were left, and a window saved off screen comes back on it.
// Screenshots of the main window and the board, light and dark, on the demo and on 2,500
// generated candidates, in English, Danish and Indonesian, kept where HINDSIGHT_SCREENSHOT_DIR
// says.

#include "ui/board/boardmodel.h"
#include "ui/board/committeeboard.h"
#include "ui/common/columnchooser.h"
#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/common/windowgeometry.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/common/generateddataset.h"
#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"
#include "tests/ui/everywindow.h"
#include "tests/ui/mainwindowsteps.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace hindsight;
using test::child;

class TestScreenFit final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sizesFitTheScreen();
    void everyWindowFits();
    void geometryComesBack();
    void offScreenComesBackOnScreen();
    void screenshots_data();
    void screenshots();

private:
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }
};

namespace {

// What a user must reach: a control whose rectangle lies outside its window is off screen.
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w) || w->inherits("QScrollBar"))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w);
}

QStringList offScreen(QWidget *window, const QRect &available)
{
    QStringList problems;
    if (!available.contains(window->frameGeometry()))
        problems << QStringLiteral("frame %1,%2 %3x%4")
                        .arg(window->frameGeometry().x())
                        .arg(window->frameGeometry().y())
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height());
    const QRect inside = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isControl(w) || w->window() != window)
            continue;
        // Only what the window lays out: a control inside a scrolled area scrolls into view.
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            scrolled = scrolled || p->objectName() == u"qt_scrollarea_viewport";
        if (scrolled)
            continue;
        const QRect r(w->mapTo(window, QPoint()), w->size());
        // Half of it at least must show: a combo box's last pixel under a border is no matter.
        const QRect shown = r.intersected(inside);
        if (shown.width() * 2 < r.width() || shown.height() * 2 < r.height())
            problems << QStringLiteral("%1 %2 at %3,%4")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                            .arg(r.x())
                            .arg(r.y());
    }
    return problems;
}

} // namespace

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
    ui::Settings().setInterviewerName(QStringLiteral("Mette Lund"));
    ui::Settings().setInterviewerConfirmed(true);
    qInfo("screen %dx%d available, device pixel ratio %g", available().width(),
          available().height(), QGuiApplication::primaryScreen()->devicePixelRatio());
}

void TestScreenFit::init()
{
    // Every test starts with nothing kept from an earlier one.
    QSettings().remove(QStringLiteral("windows"));
}

void TestScreenFit::sizesFitTheScreen()
{
    const QRect laptop(0, 0, 1366, 740);
    const QSize board = ui::WindowGeometry::fitted(QSize(1500, 940), laptop);
    const QMargins frame = ui::WindowGeometry::assumedFrame();
    QVERIFY(laptop.contains(QRect(QPoint(), board).marginsAdded(frame).translated(10, 40)));
    QCOMPARE(ui::WindowGeometry::fitted(QSize(400, 300), laptop), QSize(400, 300));
    // A frame saved on a second monitor to the right comes back on this one, whole.
    QCOMPARE(ui::WindowGeometry::within(QRect(2000, 100, 800, 600), laptop),
             QRect(566, 100, 800, 600));
    QCOMPARE(ui::WindowGeometry::within(QRect(-50, -50, 2000, 1000), laptop), laptop);
}

void TestScreenFit::everyWindowFits()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    QStringList problems;
    int visited = 0;
    test::visitEveryWindow(db, [&](QWidget *window, const QString &what) {
        ++visited;
        for (const QString &problem : offScreen(window, available()))
            problems << QStringLiteral("%1: %2").arg(what, problem);
    });
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(visited > 20, qPrintable(QString::number(visited)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestScreenFit::geometryComesBack()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    QByteArray splitterState;
    QSize size;
    {
        ui::MainWindow window(db.store(), db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 700);
        auto *splitter = child<QSplitter>(&window, "mainSplitter");
        splitter->setSizes({400, 500});
        splitterState = splitter->saveState();
        size = window.size();
        window.close();
    }
    {
        ui::MainWindow window(db.store(), db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        QCOMPARE(child<QSplitter>(&window, "mainSplitter")->saveState(), splitterState);
        window.close();
    }

    // The board: its splitters, a column hidden by the user, a column's width.
    int width = 0;
    {
        QPointer<ui::CommitteeBoard> board = new ui::CommitteeBoard(db.store(), role);
        // A failed check must not leave the board behind the store it reads.
        const auto cleanup = qScopeGuard([&] { delete board.data(); });
        board->show();
        QVERIFY(QTest::qWaitForWindowExposed(board));
        auto *splitter = child<QSplitter>(board, "boardDetailsSplitter");
        // Sizes that fill the splitter as laid out, so that nothing redistributes them later.
        QTRY_VERIFY(splitter->sizes().value(0) + splitter->sizes().value(1) > 0);
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        const QList<int> before = splitter->sizes();
        splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
        QCoreApplication::processEvents();
        QVERIFY(splitter->sizes() != before); // a state of the user's, not the default
        splitterState = splitter->saveState();
        board->table()->horizontalHeader()->resizeSection(ui::BoardModel::BreadthColumn, 123);
        width = board->table()->columnWidth(ui::BoardModel::BreadthColumn);
        // As the header's context menu and the Columns dialog do.
        ui::ColumnChooser *chooser = ui::ColumnChooser::of(board->table());
        QVERIFY(chooser);
        chooser->setShown(ui::BoardModel::GapsColumn, false);
        QVERIFY(board->table()->isColumnHidden(ui::BoardModel::GapsColumn));
        board->close();
        QTRY_VERIFY(board.isNull()); // deleted on close, while the store is still there
    }
    {
        QPointer<ui::CommitteeBoard> board = new ui::CommitteeBoard(db.store(), role);
        const auto cleanup = qScopeGuard([&] { delete board.data(); });
        board->show();
        QVERIFY(QTest::qWaitForWindowExposed(board));
        QTRY_COMPARE(child<QSplitter>(board, "boardDetailsSplitter")->saveState(), splitterState);
        QCOMPARE(board->table()->columnWidth(ui::BoardModel::BreadthColumn), width);
        QVERIFY(board->table()->isColumnHidden(ui::BoardModel::GapsColumn));
        QVERIFY(!board->table()->isColumnHidden(ui::BoardModel::RisksColumn));
        board->close();
        QTRY_VERIFY(board.isNull());
    }
}

void TestScreenFit::offScreenComesBackOnScreen()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    {
        // Left on a monitor that is no longer there.
        ui::MainWindow window(db.store(), db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(available().right() + 400, 200, 3000, 2000);
        window.close();
    }
    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY2(available().contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())));
}

void TestScreenFit::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("generated");
    QTest::newRow("en demo") << QStringLiteral("en") << 0;
    QTest::newRow("en 2500") << QStringLiteral("en") << 2500;
    QTest::newRow("da demo") << QStringLiteral("da") << 0;
    QTest::newRow("id demo") << QStringLiteral("id") << 0;
}

void TestScreenFit::screenshots()
{
    QFETCH(QString, language);
    QFETCH(int, generated);
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    // The language as --lang sets it: our translations and Qt's own.
    QTranslator qt;
    QTranslator ours;
    if (language != u"en") {
        QVERIFY(ours.load(QStringLiteral("hindsight_%1").arg(language),
                          QStringLiteral(HINDSIGHT_QM_DIR)));
        if (qt.load(QStringLiteral("qtbase_%1").arg(language),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QCoreApplication::installTranslator(&ours);
    }
    // ... and the locale it sets, so that numbers and dates are shown as the user sees them.
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(language));
    const auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(previousLocale); });
    test::TemporaryDatabase db(generated ? test::TemporaryDatabase::Empty
                                         : test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    core::Id role = db.roleId("Payment backend");
    if (generated) {
        const auto dataset = test::generateDataset(generated);
        QVERIFY(!test::writeThroughStore(db.store(), dataset));
        role = db.store().roles()->front().id;
    }
    const QString screen = QStringLiteral("%1x%2@%3")
                               .arg(available().width())
                               .arg(available().height())
                               .arg(QGuiApplication::primaryScreen()->devicePixelRatio());
    const QString tag = QStringLiteral("%1-%2-%3")
                            .arg(screen, language,
                                 generated ? QString::number(generated) : QStringLiteral("demo"));
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        ui::MainWindow window(db.store(), db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = child<QTreeView>(&window, "sidebarTree");
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        QTest::qWait(100);
        QVERIFY(shots.save(&window, QStringLiteral("fit-main-%1-%2.png").arg(tag, paletteName)));
        QVERIFY(offScreen(&window, available()).isEmpty());
        window.close();

        QPointer<ui::CommitteeBoard> board = new ui::CommitteeBoard(db.store(), role);
        board->show();
        QVERIFY(QTest::qWaitForWindowExposed(board));
        board->table()->selectRow(0);
        QTest::qWait(100);
        QVERIFY(shots.save(board, QStringLiteral("fit-board-%1-%2.png").arg(tag, paletteName)));
        const QStringList problems = offScreen(board, available());
        board->close();
        QTRY_VERIFY(board.isNull());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    QCoreApplication::removeTranslator(&ours);
    QCoreApplication::removeTranslator(&qt);
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
