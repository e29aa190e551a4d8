// The main window's sidebar and candidate page on a temporary database, driven the way a user
// would: the worked examples' figures, filtering, walking the candidates, the empty and the
// draft-only states.

#include "ui/candidate/candidatepage.h"
#include "ui/candidate/emptystate.h"
#include "ui/candidate/riskchips.h"
#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/common/modeltester.h"
#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"
#include "tests/ui/mainwindowsteps.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

using namespace hindsight;
using test::child;
using test::findCandidate;
using test::labelText;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workedExamplesShowExactFigures();
    void candidatePageMarksUnderDepthNotProbed();
    void filterKeepsRolesOfMatchingCandidates();
    void goActionsWalkTheCandidates();
    void filterShortcutFocusesTheField();
    void explanationLinksOpenTheirRegret();
    void emptyDatabaseSaysWhatToDo();
    void draftsAreMarkedAndNotCounted();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // As app/main does: English plural forms ("1 candidate", "3 candidates").
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestMainWindow::workedExamplesShowExactFigures()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    test::fillWorkedExamples(db.store());
    ui::MainWindow window(db.store(), db.path());

    auto *tree = child<QTreeView>(&window, "sidebarTree");
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 2);

    const QModelIndex fraudK = findCandidate(tree, QStringLiteral("Fraud scoring pipeline"),
                                             QStringLiteral("Kim Keller"));
    QVERIFY(fraudK.isValid());
    tree->selectionModel()->setCurrentIndex(fraudK, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(labelText(&window, "fitValue"), QStringLiteral("100"));
    QCOMPARE(labelText(&window, "breadthValue"), QStringLiteral("2.5"));
    QCOMPARE(labelText(&window, "depthValue"), QStringLiteral("10"));
    QCOMPARE(labelText(&window, "archetypeValue"), QStringLiteral("Specialist"));
    QCOMPARE(child<ui::RiskChips>(&window, "risksValue")->text(), QStringLiteral("Good match"));
    // The sidebar shows the same fit beside the name.
    QCOMPARE(fraudK.siblingAtColumn(1).data().toString(), QStringLiteral("100%"));

    // The explanation names the regrets behind depth, in translated words, not core's toText().
    const QString why = child<QTextBrowser>(&window, "explanationView")->toPlainText();
    QVERIFY2(why.contains(QStringLiteral("Rebuilt consumer state by hand")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Sam Okafor")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Domain-specific")), qPrintable(why));
    QVERIFY2(!why.contains(QStringLiteral("depth_gap")) && !why.contains(QStringLiteral("Risk ")),
             qPrintable(why));

    const QModelIndex paymentK = findCandidate(tree, QStringLiteral("Payment backend"),
                                               QStringLiteral("Kim Keller"));
    tree->selectionModel()->setCurrentIndex(paymentK, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(labelText(&window, "fitValue"), QStringLiteral("45"));
    // K was never asked about payments: under-depth keeps its name, marked as missing evidence.
    QCOMPARE(child<ui::RiskChips>(&window, "risksValue")->text(),
             QStringLiteral("Under-depth (not probed: ask about Payments), Under-breadth, "
                            "Over-specialization"));
    QCOMPARE(child<QLabel>(&window, "fitValue")->accessibleName(),
             QStringLiteral("Fit 45 out of 100"));

    const QModelIndex fraudG = findCandidate(tree, QStringLiteral("Fraud scoring pipeline"),
                                             QStringLiteral("Gus Green"));
    tree->selectionModel()->setCurrentIndex(fraudG, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(labelText(&window, "fitValue"), QStringLiteral("40"));
    QCOMPARE(labelText(&window, "breadthValue"), QStringLiteral("8.75"));
    QCOMPARE(labelText(&window, "archetypeValue"), QStringLiteral("Generalist"));
    QCOMPARE(child<ui::RiskChips>(&window, "risksValue")->text(),
             QStringLiteral("Under-depth (not probed: ask about Latency and throughput, Event "
                            "streaming)"));
}

void TestMainWindow::candidatePageMarksUnderDepthNotProbed()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    auto *tree = child<QTreeView>(&window, "sidebarTree");
    auto *chips = child<ui::RiskChips>(&window, "risksValue");
    // Domain labels in the explanation are bidi-isolated; a reader sees the words.
    const auto why = [&window] {
        return child<QTextBrowser>(&window, "explanationView")
            ->toPlainText()
            .remove(QChar(0x2068))
            .remove(QChar(0x2069));
    };
    const QString mark = QStringLiteral("Under-depth (not probed: ask about Payments)");

    // Mateus Oliveira: deep in streaming, never asked about payments.
    tree->setCurrentIndex(findCandidate(tree, QStringLiteral("Payment backend"),
                                        QStringLiteral("Mateus Oliveira")));
    QVERIFY2(chips->text().startsWith(mark), qPrintable(chips->text()));
    QVERIFY(chips->toolTip().contains(u"No submitted interview asked about Payments"));
    QVERIFY(chips->accessibleName().contains(mark));
    QVERIFY2(why().contains(mark + QStringLiteral(": No submitted interview asked about Payments")),
             qPrintable(why()));
    QVERIFY(why().contains(u"missing evidence, not a weakness"));

    // Sofía Martínez was asked about compliance and stayed shallow: no mark.
    tree->setCurrentIndex(findCandidate(tree, QStringLiteral("Ledger and compliance lead"),
                                        QStringLiteral("Sofía Martínez")));
    QVERIFY2(chips->text().contains(u"Under-depth"), qPrintable(chips->text()));
    QVERIFY(!chips->text().contains(u"not probed"));
    QVERIFY(!chips->toolTip().contains(u"not a weakness"));
    QVERIFY(why().contains(u"Under-depth:"));
    QVERIFY2(!why().contains(u"not probed"), qPrintable(why()));

    // The longest mark of the worked examples (two domains) stays whole on a small screen, in
    // light and dark palettes.
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    test::TemporaryDatabase worked;
    QVERIFY2(worked, qPrintable(worked.error()));
    test::fillWorkedExamples(worked.store());
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        ui::MainWindow small(worked.store(), worked.path());
        small.resize(1024, 700);
        small.show();
        QVERIFY(QTest::qWaitForWindowExposed(&small));
        auto *smallTree = child<QTreeView>(&small, "sidebarTree");
        smallTree->setCurrentIndex(findCandidate(smallTree, QStringLiteral("Fraud scoring pipeline"),
                                                 QStringLiteral("Gus Green")));
        QApplication::processEvents();
        auto *smallChips = child<ui::RiskChips>(&small, "risksValue");
        QVERIFY(smallChips->text().contains(u"ask about Latency and throughput, Event streaming"));
        QCOMPARE(small.width(), 1024);
        QVERIFY(smallChips->isVisible());
        QVERIFY2(smallChips->width() >= smallChips->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(smallChips->width())
                                .arg(smallChips->minimumSizeHint().width())));
        QVERIFY(smallChips->mapTo(&small, QPoint(smallChips->width(), 0)).x() <= small.width());
        QVERIFY(shots.save(&small,
                           QStringLiteral("candidate-not-probed-1024-%1.png").arg(paletteName)));
    }
}

void TestMainWindow::filterKeepsRolesOfMatchingCandidates()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    test::fillWorkedExamples(db.store());
    ui::MainWindow window(db.store(), db.path());
    auto *tree = child<QTreeView>(&window, "sidebarTree");
    auto *filter = child<QLineEdit>(&window, "sidebarFilter");
    QVERIFY(filter);
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter candidates… (Ctrl+F)"));
    QVERIFY(filter->isClearButtonEnabled());
    const QAbstractItemModel *m = tree->model();
    // The sidebar's filter proxy keeps to the model contract while the user types.
    test::testModel(tree->model());

    // A name: both roles stay, each with its one matching candidate.
    QTest::keyClicks(filter, QStringLiteral("kim"));
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->rowCount(m->index(0, 0)), 1);
    QCOMPARE(m->rowCount(m->index(1, 0)), 1);
    QVERIFY(tree->isExpanded(m->index(0, 0)));
    QCOMPARE(m->index(0, 0, m->index(0, 0)).data().toString(), QStringLiteral("Kim Keller"));
    // Search as you type: the page shows the first match.
    QCOMPARE(labelText(&window, "candidateName"), QStringLiteral("Kim Keller"));
    QVERIFY(labelText(&window, "statusCounts").contains(QStringLiteral("2 shown")));

    // An e-mail address matches too; case does not matter.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("GUS@"));
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->index(0, 0, m->index(0, 0)).data().toString(), QStringLiteral("Gus Green"));

    // A role title keeps the role with all of its candidates.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("fraud"));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->rowCount(m->index(0, 0)), 2);

    // Nothing matches: no rows, and the sidebar says so.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(!child<QLabel>(&window, "sidebarNoMatch")->isHidden());

    filter->clear();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->rowCount(m->index(0, 0)) + m->rowCount(m->index(1, 0)), 4);
    QVERIFY(child<QLabel>(&window, "sidebarNoMatch")->isHidden());
}

void TestMainWindow::goActionsWalkTheCandidates()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    auto *tree = child<QTreeView>(&window, "sidebarTree");

    // The first candidate is selected on start.
    const QModelIndex first = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), first);
    QCOMPARE(labelText(&window, "candidateName"), first.data().toString());

    test::triggerAction(&window, "actionNextCandidate");
    const QString second = tree->model()->index(1, 0, tree->model()->index(0, 0)).data().toString();
    QCOMPARE(labelText(&window, "candidateName"), second);
    test::triggerAction(&window, "actionPreviousCandidate");
    QCOMPARE(labelText(&window, "candidateName"), first.data().toString());
    // Previous from the first wraps to the last candidate of the last role.
    test::triggerAction(&window, "actionPreviousCandidate");
    const QModelIndex lastRole = tree->model()->index(tree->model()->rowCount() - 1, 0);
    QCOMPARE(
        labelText(&window, "candidateName"),
        tree->model()->index(tree->model()->rowCount(lastRole) - 1, 0, lastRole).data().toString());

    // Selecting a role row shows the role, not a stale candidate.
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QVERIFY(!child<ui::CandidatePage>(&window, "candidatePage")->isShowingCandidate());
    QCOMPARE(tree->model()->index(0, 0).data().toString(),
             child<ui::EmptyState>(&window, "emptyState")->title() + QStringLiteral(" (4)"));

    // Keyboard: Down from the role row goes to its first candidate.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(labelText(&window, "candidateName"), first.data().toString());

    // Refresh keeps the selection.
    test::triggerAction(&window, "actionNextCandidate");
    test::triggerAction(&window, "actionRefresh");
    QCOMPARE(labelText(&window, "candidateName"), second);
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("4 roles · 15 candidates"));
}

void TestMainWindow::filterShortcutFocusesTheField()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *filter = child<QLineEdit>(&window, "sidebarFilter");
    child<QTreeView>(&window, "sidebarTree")->setFocus();

    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(filter->hasFocus());
    // Accents are ignored: "sofia" finds Sofía.
    QTest::keyClicks(filter, QStringLiteral("sofia"));
    QCOMPARE(labelText(&window, "candidateName"), QStringLiteral("Sofía Martínez"));
    QTest::keyClick(filter, Qt::Key_Down);
    auto *tree = child<QTreeView>(&window, "sidebarTree");
    QVERIFY(tree->hasFocus());
    // Tab goes on from the list into the page.
    QTest::keyClick(tree, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("explanationView"));

    // The Go shortcuts work from anywhere in the window.
    filter->clear();
    const QString before = labelText(&window, "candidateName");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    QVERIFY(labelText(&window, "candidateName") != before);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(labelText(&window, "candidateName"), before);
}

void TestMainWindow::explanationLinksOpenTheirRegret()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    test::fillWorkedExamples(db.store());
    ui::MainWindow window(db.store(), db.path());
    auto *why = child<QTextBrowser>(&window, "explanationView");
    auto *evidence = child<QTreeView>(&window, "evidenceTree");

    // The second regret of the interview, linked from the explanation.
    const QRegularExpression link(QStringLiteral("href=\"(regret:\\d+)\""));
    QStringList links;
    for (auto it = link.globalMatch(why->toHtml()); it.hasNext();)
        links << it.next().captured(1);
    QVERIFY2(links.size() >= 2, qPrintable(why->toHtml()));
    emit why->anchorClicked(QUrl(links.at(1)));
    const QModelIndex current = evidence->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 1);
    QVERIFY(current.parent().isValid());
    QVERIFY(child<QTextBrowser>(&window, "evidenceDetail")
                ->toPlainText()
                .contains(QStringLiteral("Regret 2")));
}

void TestMainWindow::emptyDatabaseSaysWhatToDo()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    auto *page = child<ui::CandidatePage>(&window, "candidatePage");
    QVERIFY(!page->isShowingCandidate());
    auto *empty = child<ui::EmptyState>(&window, "emptyState");
    QCOMPARE(empty->title(), QStringLiteral("No candidates yet"));
    QVERIFY(empty->body().contains(QStringLiteral("File → Import…")));
    QVERIFY(empty->body().contains(QStringLiteral("hindsight --demo")));
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("0 roles · 0 candidates"));
    QVERIFY(labelText(&window, "statusDatabase").contains(QDir::toNativeSeparators(db.path())));
    QVERIFY(window.windowTitle().contains(QStringLiteral("hindsight.sqlite3")));
    // Nothing to walk through: the Go actions say so by being disabled.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNextCandidate"))->isEnabled());
}

void TestMainWindow::draftsAreMarkedAndNotCounted()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::Role role;
    role.title = "Payment backend";
    role.breadthDemand = 7.5;
    role.domainDemands = {{"payments", 1}};
    const core::Id roleId = *db.store().saveRole(role);
    const core::Id id = *db.store().saveCandidate({0, "Dora Draft", "", roleId});
    core::Interview draft = test::interviewG(id);
    draft.submitted = false;
    QVERIFY(db.store().addInterview(draft));

    // The author sees their own draft, marked as one.
    ui::Settings().setInterviewerName(QString::fromStdString(draft.interviewer));
    {
        ui::MainWindow window(db.store(), db.path());
        QCOMPARE(labelText(&window, "candidateName"), QStringLiteral("Dora Draft"));
        // No submitted interview: no figures rather than misleading zeros.
        QCOMPARE(labelText(&window, "fitValue"), QStringLiteral("–"));
        QVERIFY(labelText(&window, "candidateInterviews").contains(QStringLiteral("1 draft")));
        const QAbstractItemModel *evidence = child<QTreeView>(&window, "evidenceTree")->model();
        QCOMPARE(evidence->rowCount(), 1);
        QVERIFY(evidence->index(0, 0).data().toString().startsWith(QStringLiteral("Draft by")));
        QCOMPARE(evidence->rowCount(evidence->index(0, 0)), 3);
    }
    // Anyone else learns that a draft exists, and nothing of what is in it.
    ui::Settings().setInterviewerName(QStringLiteral("Someone Else"));
    ui::MainWindow window(db.store(), db.path());
    QVERIFY(labelText(&window, "candidateInterviews").contains(QStringLiteral("1 draft")));
    QCOMPARE(child<QTreeView>(&window, "evidenceTree")->model()->rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
