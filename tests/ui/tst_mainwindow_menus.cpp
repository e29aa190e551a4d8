// The main window's menus and what they open, on a temporary database: every menu item an action
// of the registry with its shortcut, the shortcuts dialog, About, File → Import (cancelled, done,
// refused), the committee board from the Role menu.

#include "ui/board/boardmodel.h"
#include "ui/board/committeeboard.h"
#include "ui/candidate/candidatepage.h"
#include "ui/common/dialogs.h"
#include "ui/common/englishplurals.h"
#include "ui/interchange/jsonimporter.h"
#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/importreviewdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/common/useractions.h"
#include "tests/ui/mainwindowsteps.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <utility>

using namespace hindsight;
using test::child;
using test::labelText;

class TestMainWindowMenus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importReviewScreenshots();
    void menusHoldOnlyRegistryActions();
    void shortcutsDialogListsEveryAction();
    void aboutNamesVersionAndLicence();
    void importThroughTheMenu();
    void importFailureNamesThePath();
    void committeeBoardFromTheRoleMenu();
};

void TestMainWindowMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // As app/main does: English plural forms ("1 candidate", "3 candidates").
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestMainWindowMenus::menusHoldOnlyRegistryActions()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    const QList<QAction *> registered = window.actions()->actions();

    QSet<QAction *> inMenus;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QVERIFY(!menu->isEmpty());
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(registered.contains(a), qPrintable(a->text()));
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY(a->objectName().startsWith(QStringLiteral("action")));
            inMenus.insert(a);
        }
    }
    QCOMPARE(inMenus.size(), registered.size());

    const QList<std::pair<const char *, QKeySequence>> expected = {
        {"actionImport", QKeySequence(Qt::CTRL | Qt::Key_I)},
        {"actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {"actionFilterCandidates", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {"actionRefresh", QKeySequence(Qt::Key_F5)},
        {"actionNextCandidate", QKeySequence(Qt::ALT | Qt::Key_Down)},
        {"actionPreviousCandidate", QKeySequence(Qt::ALT | Qt::Key_Up)},
    };
    for (const auto &[name, keys] : expected) {
        const QAction *a = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(a, name);
        QVERIFY2(a->shortcuts().contains(keys), name);
        QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)), name);
    }
    for (const char *name : {"actionAbout", "actionKeyboardShortcuts"})
        QVERIFY(window.findChild<QAction *>(QLatin1String(name)));
}

void TestMainWindowMenus::shortcutsDialogListsEveryAction()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    window.show();
    test::triggerAction(&window, "actionKeyboardShortcuts");
    ui::ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::ShortcutsDialog *>()) && dialog->isVisible());
    const QAbstractItemModel *m = child<QTableView>(dialog, "shortcutsTable")->model();
    QCOMPARE(m->rowCount(), window.actions()->actions().size());
    bool quitListed = false;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == QStringLiteral("Quit")) {
            quitListed = true;
            QCOMPARE(m->index(r, 1).data().toString(),
                     QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText));
        }
    }
    QVERIFY(quitListed);
    dialog->close();
}

void TestMainWindowMenus::aboutNamesVersionAndLicence()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    test::triggerAction(&window, "actionAbout");
    QVERIFY(ui::Dialogs::lastMessage().contains(QStringLiteral("0.1.0")));
    QVERIFY(ui::Dialogs::lastMessage().contains(QStringLiteral("GPL-3.0-or-later")));
}

void TestMainWindowMenus::importThroughTheMenu()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    QVERIFY(!child<ui::CandidatePage>(&window, "candidatePage")->isShowingCandidate());

    // Cancelling the file dialog changes nothing.
    ui::Dialogs::setNextFileName(QString());
    test::triggerAction(&window, "actionImport");
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("0 roles · 0 candidates"));

    // The import says what it will do and asks; Cancel writes nothing.
    ui::Dialogs::setNextFileName(test::demoFile());
    ui::Dialogs::setNextAnswer(QMessageBox::Cancel);
    test::triggerAction(&window, "actionImport");
    QVERIFY2(ui::Dialogs::lastMessage().contains(QStringLiteral("Candidates: 15 added")),
             qPrintable(ui::Dialogs::lastMessage()));
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("0 roles · 0 candidates"));

    ui::Dialogs::setNextFileName(test::demoFile());
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    test::triggerAction(&window, "actionImport");
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("4 roles · 15 candidates"));
    QVERIFY(child<ui::CandidatePage>(&window, "candidatePage")->isShowingCandidate());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("15 candidate")),
             qPrintable(window.statusBar()->currentMessage()));

    // The same file again holds nothing new: no question, nothing written.
    ui::Dialogs::setNextFileName(test::demoFile());
    test::triggerAction(&window, "actionImport");
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Nothing to import")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("4 roles · 15 candidates"));
}

void TestMainWindowMenus::importFailureNamesThePath()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    QFile bad(db.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"hindsight","version":1,
        "roles":[{"id":"r1","title":"T","description":"","breadthDemand":5,"domainDemands":{}}],
        "candidates":[{"id":"c1","name":"N","email":"","roleId":"r1","interviews":[
          {"id":"i1","interviewer":"S","startedAt":"2026-11-20T10:00:00Z","submitted":true,
           "regrets":[{"level":"product","depth":7,"layers":[]}],"notes":[]}]}]})");
    bad.close();

    ui::Dialogs::setNextFileName(bad.fileName());
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    test::triggerAction(&window, "actionImport");
    QVERIFY2(ui::Dialogs::lastMessage().contains(
                 QStringLiteral("candidates[0].interviews[0].regrets[0].depth")),
             qPrintable(ui::Dialogs::lastMessage()));
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("0 roles · 0 candidates"));
}

void TestMainWindowMenus::committeeBoardFromTheRoleMenu()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    test::fillWorkedExamples(db.store());
    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    test::triggerAction(&window, "actionCommitteeBoard");
    const auto boards = window.findChildren<ui::CommitteeBoard *>();
    QCOMPARE(boards.size(), 1);
    QVERIFY(boards.front()->isVisible());
    QCOMPARE(boards.front()->model()->rowCount(), 2);
    // The board opens on the candidate the window showed.
    QVERIFY(boards.front()->selectedCandidate().has_value());
    // Asking again raises the same board instead of opening a second one.
    test::triggerAction(&window, "actionCommitteeBoard");
    QCOMPARE(window.findChildren<ui::CommitteeBoard *>().size(), 1);
}

// What File → Import asks, with conflicts and a possible duplicate, at the size it opens, in both
// palettes; names in it are plain text. Always rendered; kept where HINDSIGHT_SCREENSHOT_DIR says.
void TestMainWindowMenus::importReviewScreenshots()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const QString file = db.filePath(QStringLiteral("other.json"));
    QVERIFY(test::writeFile(file, R"({"format": "hindsight", "version": 1,
        "roles": [{"id": "r1", "title": "payment backend", "description": "<b>changed</b>",
                   "breadthDemand": 6, "domainDemands": {}}],
        "candidates": [{"id": "c1", "name": "Amara Nwosu", "roleId": "r1"}]})"));
    core::ImportReport report;
    QVERIFY(!interchange::JsonImporter::importFile(db.store(), file, &report,
                                                   core::Store::ImportMode::DryRun));
    QVERIFY(!report.conflicts.empty());
    for (const auto &[name, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        ui::ImportReviewDialog dialog(QStringLiteral("other.json"), report);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.reportText().contains(QStringLiteral("<b>changed</b>")));
        QVERIFY(shots.save(&dialog, QStringLiteral("import-review-%1.png").arg(name)));
    }
}

QTEST_MAIN(TestMainWindowMenus)
#include "tst_mainwindow_menus.moc"
