// Amending a submitted interview: the reason is required, only the author amends, the amendment
// is a new sealed version and the first is kept unchanged and readable (each with its own digest),
// and the candidate page, who-said-what and the board say "amended" with the time and the reason.

#include "ui/board/boardmodel.h"
#include "ui/board/whosaidwhatmodel.h"
#include "ui/interview/amend/amenddialog.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/mainwindow/mainwindow.h"

#include "core/interviewseal.h"

#include "tests/common/modeltester.h"
#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <algorithm>

using namespace hindsight;
using test::bannerText;
using test::closeAndWait;
using test::focused;
using test::press;
using test::type;

class TestInterviewAmend final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reasonIsRequired();
    void onlyTheAuthorAmends();
    void amendmentIsANewSealedVersion();
    void candidatePageShowsTheTrail();
    void whoSaidWhatSaysAmended();
};

namespace {

const QString Reason = QStringLiteral("Regret 1 is depth 4: I mis-keyed it");

QString clockText(ui::InterviewWindow *w)
{
    return w->findChild<QLabel *>(QStringLiteral("interviewClock"))->text();
}

// Waits until the AmendDialog of `parent` is shown and returns it, or null.
ui::AmendDialog *amendDialog(QWidget *parent)
{
    ui::AmendDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        return (dialog = parent->findChild<ui::AmendDialog *>()) && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

// The evidence tree's top-level row that contains `text`, or an invalid index.
QModelIndex topRow(QTreeView *tree, const QString &text)
{
    for (int r = 0; r < tree->model()->rowCount(); ++r) {
        const QModelIndex i = tree->model()->index(r, 0);
        if (i.data().toString().contains(text))
            return i;
    }
    return {};
}

} // namespace

void TestInterviewAmend::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestInterviewAmend::reasonIsRequired()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id id = test::addSubmittedInterview(db, test::interviewer());
    QVERIFY(id);
    QPointer<ui::InterviewWindow> w = ui::InterviewLauncher::open(db.store(), db.path(), id);
    QVERIFY(QTest::qWaitForWindowActive(w));
    QAction *amend = w->findChild<QAction *>(QStringLiteral("actionAmendInterview"));
    QVERIFY(amend->isEnabled());
    QVERIFY(amend->toolTip().contains(amend->shortcut().toString(QKeySequence::NativeText)));

    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ui::AmendDialog> dialog = amendDialog(w);
    QVERIFY(dialog);
    QTRY_COMPARE(test::focusedName(), QStringLiteral("amendReason"));
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("amendStart"));
    QVERIFY(!start->isEnabled());
    type(QStringLiteral("   "));
    QVERIFY(!start->isEnabled());
    press(Qt::Key_Return, Qt::ControlModifier); // a blank reason starts nothing
    QVERIFY(dialog->isVisible());
    type(QStringLiteral("typo"));
    QVERIFY(start->isEnabled());
    // The dialog says what happens to the submitted version.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("amendExplanation"))
                ->text()
                .contains(QStringLiteral("kept")));
    press(Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(db.store().interviewVersions(id)->size(), std::size_t(1));
    // The store refuses a blank reason too.
    QVERIFY(!db.store().startAmendment(id, test::interviewer().toStdString(), "  "));
    closeAndWait(w);
}

void TestInterviewAmend::onlyTheAuthorAmends()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id id = test::addSubmittedInterview(db, QStringLiteral("Ana Lima"));
    QVERIFY(id);
    QPointer<ui::InterviewWindow> w = ui::InterviewLauncher::open(db.store(), db.path(), id);
    QVERIFY(w);
    QAction *amend = w->findChild<QAction *>(QStringLiteral("actionAmendInterview"));
    QVERIFY(!amend->isEnabled());
    QVERIFY2(amend->toolTip().contains(QStringLiteral("Only Ana Lima")),
             qPrintable(amend->toolTip()));
    QVERIFY(amend->statusTip().contains(QStringLiteral("Only Ana Lima")));
    closeAndWait(w);

    const auto refused = db.store().startAmendment(id, test::interviewer().toStdString(),
                                                   Reason.toStdString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, core::Error::Code::NotAuthor);
    QCOMPARE(db.store().interviewVersions(id)->size(), std::size_t(1));

    // The candidate page's Amend is disabled on it too, saying why.
    ui::MainWindow main(db.store(), db.path());
    main.show();
    auto *tree = main.findChild<QTreeView *>(QStringLiteral("evidenceTree"));
    QVERIFY(tree);
    const QModelIndex row = topRow(tree, QStringLiteral("Ana Lima"));
    QVERIFY(row.isValid());
    tree->setCurrentIndex(row);
    QAction *pageAmend = main.findChild<QAction *>(QStringLiteral("actionAmendEvidenceInterview"));
    QVERIFY(pageAmend);
    QVERIFY(!pageAmend->isEnabled());
    QVERIFY(pageAmend->toolTip().contains(QStringLiteral("Only Ana Lima")));
}

void TestInterviewAmend::amendmentIsANewSealedVersion()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id id = test::addSubmittedInterview(db, test::interviewer());
    QVERIFY(id);
    const core::Interview before = *db.store().interview(id);
    QPointer<ui::InterviewWindow> old = ui::InterviewLauncher::open(db.store(), db.path(), id);
    QVERIFY(QTest::qWaitForWindowActive(old));

    // Ctrl+Shift+A, the reason, Ctrl+Return: the live window opens on version 2.
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(amendDialog(old));
    QTRY_COMPARE(test::focusedName(), QStringLiteral("amendReason"));
    type(Reason);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(db.store().interviewVersions(id)->size(), std::size_t(2));
    const core::Id amendmentId = db.store().interviewVersions(id)->back().id;
    QPointer<ui::InterviewWindow> w = ui::InterviewLauncher::openWindow(amendmentId);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
    QVERIFY(!w->session()->isReadOnly());
    QVERIFY2(clockText(w).contains(QStringLiteral("Amending")), qPrintable(clockText(w)));
    QVERIFY(bannerText(w).contains(Reason));
    QVERIFY(!w->findChild<QAction *>(QStringLiteral("actionAmendInterview"))->isEnabled());

    // Correct the depth and submit through the review, which names the version and the reason.
    QTRY_COMPARE(test::focusedName(), QStringLiteral("noteEditor"));
    press(Qt::Key_4, Qt::AltModifier);
    test::note(QStringLiteral("Depth 4: the notes show the replay design"));
    QSignalSpy submitted(w.data(), &ui::InterviewWindow::interviewSubmitted);
    QPointer<QDialog> review = test::openReview(w);
    QVERIFY(review);
    const QString text = review->findChild<QTextBrowser *>(QStringLiteral("submitReviewText"))
                             ->toPlainText();
    QVERIFY(text.contains(QStringLiteral("version 2 replaces version 1")));
    QVERIFY(text.contains(Reason));
    QVERIFY2(text.contains(QStringLiteral("was: 2 · ")), qPrintable(text)); // the correction
    press(Qt::Key_Return);
    QTRY_COMPARE(submitted.count(), 1);

    // Two sealed versions, the first unchanged but for what replaced it, each its own digest.
    auto reader = db.reader();
    const std::vector<core::Interview> versions = *reader->interviewVersions(id);
    QCOMPARE(versions.size(), std::size_t(2));
    const core::Interview &first = versions[0];
    const core::Interview &second = versions[1];
    QCOMPARE(first.id, id);
    QCOMPARE(first.supersededBy, second.id);
    core::Interview unchanged = first;
    unchanged.supersededBy = 0;
    QCOMPARE(unchanged, before);
    QVERIFY(second.submitted);
    QCOMPARE(second.version, 2);
    QCOMPARE(second.amends, id);
    QCOMPARE(second.amendReason, Reason.toStdString());
    QVERIFY(second.amendedAt > first.startedAt);
    QCOMPARE(first.regrets.at(0).depth, 2);
    QCOMPARE(second.regrets.at(0).depth, 4);
    // A note added while amending goes at the end of the interview's timeline, not at the hours
    // or days since the interview started.
    std::int64_t lastAt = 0;
    for (const core::Note &n : first.notes)
        lastAt = std::max(lastAt, n.atMs);
    QCOMPARE(second.notes.size(), first.notes.size() + 1);
    QCOMPARE(second.notes.back().text, std::string("Depth 4: the notes show the replay design"));
    QCOMPARE(second.notes.back().atMs, lastAt);
    QVERIFY(!first.digest.empty());
    QVERIFY(!second.digest.empty());
    QVERIFY(first.digest != second.digest);
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(first));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(second));
    const auto current = *reader->interviews(db.candidate());
    QCOMPARE(current.size(), std::size_t(1));
    QCOMPARE(current.front().id, second.id);

    // The window of version 1 follows: it says what replaced it and no longer offers Amend.
    QTRY_VERIFY(bannerText(old).contains(QStringLiteral("Version 1 of 2")));
    QVERIFY(bannerText(old).contains(Reason));
    QCOMPARE(clockText(old), QStringLiteral("Version 1 of 2"));
    QAction *amendOld = old->findChild<QAction *>(QStringLiteral("actionAmendInterview"));
    QVERIFY(!amendOld->isEnabled());
    QVERIFY(amendOld->toolTip().contains(QStringLiteral("replaced")));
    // The amendment's own window, read-only now, says it is version 2 and amended.
    QVERIFY(bannerText(w).contains(QStringLiteral("Version 2 of 2")));
    QVERIFY(bannerText(w).contains(QStringLiteral("amended")));
    closeAndWait(w);
    closeAndWait(old);
}

void TestInterviewAmend::candidatePageShowsTheTrail()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id id = test::addSubmittedInterview(db, test::interviewer());
    QVERIFY(id);
    const auto amendment = db.store().startAmendment(id, test::interviewer().toStdString(),
                                                     Reason.toStdString());
    QVERIFY(amendment);

    ui::MainWindow main(db.store(), db.path());
    main.show();
    main.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    auto *tree = main.findChild<QTreeView *>(QStringLiteral("evidenceTree"));
    QVERIFY(tree);
    test::testModel(tree->model()); // the contract holds with earlier versions in the tree
    // The amendment in progress is shown as such, beside the version that still counts.
    QVERIFY(topRow(tree, QStringLiteral("Amendment in progress (version 2): ") + Reason).isValid());
    QVERIFY(topRow(tree, QStringLiteral("submitted")).isValid());

    // Sealed: one interview, "amended <time>: <reason>", version 1 listed under it.
    core::Interview draft = *db.store().interview(*amendment);
    draft.regrets[0].depth = 4;
    QVERIFY(db.store().saveRegret(draft.regrets[0]));
    QVERIFY(!db.store().submitInterview(*amendment));
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    const QModelIndex interview = tree->model()->index(0, 0);
    QVERIFY2(interview.data().toString().contains(QStringLiteral("amended ")),
             qPrintable(interview.data().toString()));
    QVERIFY(interview.data().toString().contains(Reason));
    const QModelIndex earlier = tree->model()->index(0, 0, interview);
    QVERIFY2(earlier.data().toString().startsWith(
                 QStringLiteral("Version 1 of 2 — replaced by an amendment on")),
             qPrintable(earlier.data().toString()));

    // Amend is offered on the current version, not on the one it replaced.
    QAction *amend = main.findChild<QAction *>(QStringLiteral("actionAmendEvidenceInterview"));
    tree->setFocus();
    tree->setCurrentIndex(interview);
    QVERIFY(amend->isEnabled());
    // The context menu offers both, Amend with its shortcut.
    emit tree->customContextMenuRequested(tree->visualRect(interview).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = main.findChild<QMenu *>()) && menu->isVisible());
    QVERIFY(menu->actions().contains(amend));
    menu->close();
    // Ctrl+Shift+A on it asks for the reason; Esc leaves everything as it was.
    QTRY_VERIFY(QApplication::activeWindow() == &main);
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ui::AmendDialog> dialog = amendDialog(&main);
    QVERIFY(dialog);
    QTRY_COMPARE(test::focusedName(), QStringLiteral("amendReason"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(db.store().interviewVersions(id)->size(), std::size_t(2));
    QTRY_VERIFY(QApplication::activeWindow() == &main);
    tree->setFocus();
    tree->setCurrentIndex(earlier);
    QVERIFY(!amend->isEnabled());

    // Enter on the earlier version opens it read-only, saying what it is.
    QTRY_VERIFY(focused() == tree);
    press(Qt::Key_Return);
    QPointer<ui::InterviewWindow> w;
    QTRY_VERIFY((w = ui::InterviewLauncher::openWindow(id)));
    QVERIFY(w->session()->isReadOnly());
    QCOMPARE(w->session()->regret(0).depth, 2);
    QCOMPARE(clockText(w), QStringLiteral("Version 1 of 2"));
    QVERIFY(bannerText(w).contains(QStringLiteral("Version 1 of 2 — replaced by an amendment on")));
    QVERIFY(!bannerText(w).contains(QStringLiteral("Modified after submission")));
    closeAndWait(w);
}

void TestInterviewAmend::whoSaidWhatSaysAmended()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id id = test::addSubmittedInterview(db, test::interviewer());
    const auto amendment = db.store().startAmendment(id, test::interviewer().toStdString(),
                                                     Reason.toStdString());
    QVERIFY(amendment);
    QVERIFY(!db.store().submitInterview(*amendment));
    ui::WhoSaidWhatModel model;
    model.setInterviews(*db.store().interviews(db.candidate()), *db.store().taxonomy());
    QCOMPARE(model.columnCount(), 1);
    const QString started = model.index(ui::WhoSaidWhatModel::StartedRow, 0).data().toString();
    QVERIFY2(started.contains(QStringLiteral("amended")), qPrintable(started));
    QVERIFY(started.contains(Reason));
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("amended")));

    // The board's interview count says which interviews were amended, when and why.
    const core::Id role = db.store().candidate(db.candidate())->roleId;
    auto snapshot = ui::BoardSnapshot::load(db.store(), role);
    QVERIFY(snapshot);
    ui::BoardModel board;
    board.setSnapshot(std::move(*snapshot));
    const QString tip =
        board.index(0, ui::BoardModel::SubmittedColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(test::interviewer() + QStringLiteral(": amended ")), qPrintable(tip));
    QVERIFY(tip.contains(Reason));
}

QTEST_MAIN(TestInterviewAmend)
#include "tst_interviewwindow_amend.moc"
