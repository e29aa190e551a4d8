#include "tests/ui/everywindow.h"

#include "tests/common/nextdialog.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"
#include "tests/ui/mainwindowsteps.h"

#include "ui/board/committeeboard.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewwindow.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace hindsight::test {

namespace {

// The window once, then once more for every other page of each of its tab widgets.
void visitPages(QWidget *window, const QString &what, const WindowVisitor &visit)
{
    visit(window, what);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == current || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            visit(window, QStringLiteral("%1, %2 %3").arg(what, tabs->objectName()).arg(i));
        }
        tabs->setCurrentIndex(current);
    }
}

// Triggers `action` in `root` and visits the dialog it opens.
void visitDialog(QWidget *root, const char *action, const WindowVisitor &visit)
{
    const QString what = QString::fromLatin1(action);
    NextDialog next("QDialog", [&](QDialog *dialog) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(20);
        visitPages(dialog, QStringLiteral("%1 (%2)").arg(what, dialog->objectName()), visit);
        dialog->reject();
    });
    triggerAction(root, action);
    QTRY_VERIFY2(next.answered(), action);
}

template<typename T>
T *shownTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    return nullptr;
}

} // namespace

void visitEveryWindow(TemporaryDatabase &db, const WindowVisitor &visit)
{
    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = child<QTreeView>(&window, "sidebarTree");
    const QModelIndex candidate = findCandidate(tree, QStringLiteral("Payment backend"),
                                                QStringLiteral("Mateus Oliveira"));
    QVERIFY(candidate.isValid());
    tree->setCurrentIndex(candidate);
    QTest::qWait(50);
    visitPages(&window, QStringLiteral("main window"), visit);
    for (const char *action : {"actionPreferences", "actionKeyboardShortcuts", "actionNewCandidate",
                               "actionEditCandidate", "actionMergeCandidate", "actionNewRole",
                               "actionEditRole", "actionMyDrafts", "actionTimeBudget",
                               "actionPrint", "actionConnectTeamServer", "actionAbout"})
        visitDialog(&window, action, visit);

    triggerAction(&window, "actionCommitteeBoard");
    QPointer<ui::CommitteeBoard> board;
    QTRY_VERIFY((board = shownTopLevel<ui::CommitteeBoard>()));
    QVERIFY(QTest::qWaitForWindowExposed(board));
    board->table()->selectRow(0);
    QTest::qWait(50);
    visitPages(board, QStringLiteral("committee board"), visit);
    for (const char *action : {"actionRecordDecision", "actionOverridePlacement",
                               "actionWhoSaidWhat", "actionCommitteePack", "actionBoardColumns"})
        visitDialog(board, action, visit);
    board->close();
    QTRY_VERIFY(board.isNull());

    QPointer<ui::InterviewWindow> interview = ui::InterviewLauncher::openFor(
        db.store(), db.path(), db.candidateId("Mateus Oliveira"));
    QVERIFY(interview);
    QVERIFY(QTest::qWaitForWindowExposed(interview));
    // A domain-specific regret shows every field of its card, the domain among them.
    triggerAction(interview, "actionLevelDomain");
    QTest::qWait(50);
    visitPages(interview, QStringLiteral("interview window"), visit);
    for (const char *action : {"actionLevelGuide", "actionSubmitInterview"})
        visitDialog(interview, action, visit);
    interview->close();
    QTRY_VERIFY(interview.isNull());
}

} // namespace hindsight::test
