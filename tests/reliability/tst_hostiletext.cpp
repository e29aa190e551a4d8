// User text is shown as text: a role, candidate, e-mail, note, regret, rationale, override,
// team member and interviewer written as markup appear literally in every widget of the main
// window, the committee board (and who said what) and the live interview, never red, a link, an
// image or bold (issue 13, item 5).

#include "core/placementoverride.h"

#include "ui/board/committeeboard.h"
#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewwindow.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"
#include "tests/reliability/hostiletext.h"

#include <QApplication>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace hindsight;

namespace {

const QStringList hostile = test::hostileTexts();
const QString eve = hostile.at(0), mallory = hostile.at(1), trent = hostile.at(2),
              bold = hostile.at(3);

// Every place of every top-level window that interprets hostile text.
QStringList walkAllWindows()
{
    QStringList found;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            found += test::interpretedHostileText(w);
    found.removeDuplicates();
    return found;
}

void selectEveryRow(QTreeView *tree, const QModelIndex &parent, QStringList &found)
{
    for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
        const QModelIndex index = tree->model()->index(r, 0, parent);
        tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        QCoreApplication::processEvents();
        found += walkAllWindows();
        selectEveryRow(tree, index, found);
    }
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void userTextIsShownAsText();
};

void TestHostileText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
    // The live interview shows the interviewer's own name in its header.
    ui::Settings().setInterviewerName(trent + QStringLiteral(" Junior"));
}

void TestHostileText::userTextIsShownAsText()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const QString json = db.filePath(QStringLiteral("hostile.json"));
    QVERIFY(test::writeHostileDemo(json));
    QVERIFY2(db.importFile(json), qPrintable(db.error()));
    const core::Id role = db.roleId((bold + QStringLiteral(" backend")).toStdString());
    const core::Id candidate = db.candidateId(eve.toStdString());
    QVERIFY(role && candidate);
    QVERIFY(db.store().saveTeamMember({0, role, trent.toStdString(), 6.0, 2.0}));
    core::PlacementOverride moved;
    moved.candidateId = candidate;
    moved.breadth = 5.0;
    moved.depth = 3.0;
    moved.reason = (bold + QStringLiteral(" moved by ") + mallory).toStdString();
    moved.recordedBy = eve.toStdString();
    QVERIFY(db.store().addPlacementOverride(moved));

    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList found;
    auto *tree = test::child<QTreeView>(&window, "sidebarTree");
    QVERIFY(tree);
    selectEveryRow(tree, tree->rootIndex(), found);

    // The board of the hostile role, on the hostile candidate, and who said what about them.
    for (int r = 0; r < tree->model()->rowCount(); ++r) {
        const QModelIndex roleRow = tree->model()->index(r, 0);
        for (int c = 0; c < tree->model()->rowCount(roleRow); ++c) {
            const QModelIndex row = tree->model()->index(c, 0, roleRow);
            if (row.data().toString().contains(QStringLiteral("Eve")))
                tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
        }
    }
    test::triggerAction(&window, "actionCommitteeBoard");
    auto *board = window.findChild<ui::CommitteeBoard *>();
    QVERIFY(board);
    QCOMPARE(board->roleId(), role);
    board->selectCandidate(candidate);
    QCoreApplication::processEvents();
    found += walkAllWindows();
    QVERIFY(board->windowTitle().contains(bold));
    test::triggerAction(board, "actionWhoSaidWhat");
    QCoreApplication::processEvents();
    found += walkAllWindows();

    // The live interview with the hostile candidate, by an interviewer with a hostile name.
    QPointer<ui::InterviewWindow> interview = ui::InterviewLauncher::openFor(db.store(), db.path(),
                                                                             candidate);
    QVERIFY(interview);
    QVERIFY(QTest::qWaitForWindowExposed(interview));
    found += walkAllWindows();
    QVERIFY2(interview->windowTitle().contains(eve), qPrintable(interview->windowTitle()));

    found.removeDuplicates();
    // One warning per place: QVERIFY2 would cut a long list short.
    for (const QString &place : std::as_const(found))
        qWarning("%s", qPrintable(place));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 places interpret user text as markup").arg(found.size())));
    interview->close();
    QTRY_VERIFY(interview.isNull());
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
