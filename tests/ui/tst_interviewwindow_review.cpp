// The look before an interview is sealed, driven by key events only: Ctrl+Return opens the review
// of what will be submitted; Esc goes back untouched; with something missing, Enter lands on it
// and nothing is sealed; with nothing missing, Enter seals (also in tst_interviewwindow's whole
// interview).

#include "ui/common/terms.h"
#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/review/submitreviewdialog.h"

#include "core/interviewseal.h"

#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace hindsight;
using test::bannerText;
using test::closeAndWait;
using test::focused;
using test::note;
using test::press;
using test::startInterview;
using test::type;

class TestInterviewReview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewShowsWhatWillBeSealed();
    void enterGoesToTheFirstMissingItem();
    void enterSealsWhenNothingIsMissing();
};

namespace {

QString reviewText(QDialog *review)
{
    return review->findChild<QTextBrowser *>(QStringLiteral("submitReviewText"))->toPlainText();
}

} // namespace

void TestInterviewReview::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestInterviewReview::reviewShowsWhatWillBeSealed()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    press(Qt::Key_Right, Qt::ControlModifier);
    note(QStringLiteral("Would drop the hand-rolled retries"));
    test::triggerAction(w, "actionToggleQuote"); // the last note is the candidate's words
    note(QStringLiteral("Found out from chargebacks"));
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_D, Qt::ControlModifier);
    type(QStringLiteral("pay"));
    press(Qt::Key_Return);
    QTRY_COMPARE(test::focusedName(), QStringLiteral("noteEditor"));
    press(Qt::Key_3, Qt::AltModifier);
    press(Qt::Key_1, Qt::AltModifier | Qt::ShiftModifier); // databases
    // Typed text is shown as text, never as markup.
    w->session()->setText(0, ui::InterviewSession::Field::Decision,
                          QStringLiteral("<b>Hand-rolled</b> retries"));
    type(QStringLiteral("half a line"));

    QPointer<QDialog> review = test::openReview(w);
    QVERIFY(review);
    const QString text = reviewText(review);
    for (const QString &expected :
         {QStringLiteral("1 regret"), QStringLiteral("Domain-specific"), QStringLiteral("Payments"),
          QStringLiteral("3 · "), QStringLiteral("Databases"), QStringLiteral("2 notes (1 quote)"),
          QStringLiteral("“half a line”"), QStringLiteral("Nothing is missing")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    QVERIFY(text.contains(ui::Terms::depthMeaning(3)));
    QVERIFY(text.contains(QStringLiteral("<b>Hand-rolled</b> retries")));
    QVERIFY(review->findChild<QPushButton *>(QStringLiteral("submitReviewSubmit"))->isDefault());
    QVERIFY(!review->accessibleName().isEmpty());

    // Esc goes back to the interview with nothing changed.
    press(Qt::Key_Escape);
    QTRY_VERIFY(review.isNull() || !review->isVisible());
    QTRY_COMPARE(test::focusedName(), QStringLiteral("noteEditor"));
    QCOMPARE(static_cast<QPlainTextEdit *>(focused())->toPlainText(), QStringLiteral("half a line"));
    QVERIFY(!w->session()->isReadOnly());
    QVERIFY(w->writer()->waitUntilSaved());
    const core::Interview stored = *db.reader()->interview(w->session()->interviewId());
    QVERIFY(!stored.submitted);
    QVERIFY(stored.digest.empty());
    QCOMPARE(stored.notes.size(), std::size_t(2));
    closeAndWait(w);
}

void TestInterviewReview::enterGoesToTheFirstMissingItem()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    // Regret 1 complete, regret 2 with a depth but no level.
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_2, Qt::AltModifier);
    press(Qt::Key_R, Qt::ControlModifier);
    note(QStringLiteral("A settings layer nobody configured"));
    press(Qt::Key_3, Qt::AltModifier);
    press(Qt::Key_Up, Qt::ControlModifier); // looking at regret 1 again
    QCOMPARE(w->session()->currentRegret(), 0);

    QPointer<QDialog> review = test::openReview(w);
    QVERIFY(review);
    QVERIFY(reviewText(review).contains(QStringLiteral("Regret 2 has no level")));
    auto *submit = review->findChild<QPushButton *>(QStringLiteral("submitReviewSubmit"));
    QVERIFY(!submit->isEnabled());
    QCOMPARE(focused()->objectName(), QStringLiteral("submitReviewGoTo"));
    QCOMPARE(static_cast<QPushButton *>(focused())->text().remove(QLatin1Char('&')),
             QStringLiteral("Go to the Level of Regret 2"));
    press(Qt::Key_Return);

    // The review closes and the focus is on regret 2's level, regret 2 made current.
    QTRY_VERIFY(review.isNull() || !review->isVisible());
    QTRY_COMPARE(test::focusedName(), QStringLiteral("regretLevel"));
    QCOMPARE(w->session()->currentRegret(), 1);
    QVERIFY(bannerText(w).contains(QStringLiteral("Regret 2 has no level")));
    QVERIFY(w->writer()->waitUntilSaved());
    const core::Interview stored = *db.reader()->interview(w->session()->interviewId());
    QVERIFY(!stored.submitted);
    QVERIFY(stored.digest.empty());
    closeAndWait(w);
}

void TestInterviewReview::enterSealsWhenNothingIsMissing()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    QSignalSpy submitted(w.data(), &ui::InterviewWindow::interviewSubmitted);
    note(QStringLiteral("Owned the ledger"));
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_2, Qt::AltModifier);
    QPointer<QDialog> review = test::openReview(w);
    QVERIFY(review);
    QCOMPARE(focused()->objectName(), QStringLiteral("submitReviewSubmit"));
    QVERIFY(!review->findChild<QPushButton *>(QStringLiteral("submitReviewGoTo")));
    press(Qt::Key_Return);
    QTRY_COMPARE(submitted.count(), 1);
    QVERIFY(bannerText(w).contains(QStringLiteral("Submitted")));

    const core::Interview stored = *db.reader()->interview(w->session()->interviewId());
    QVERIFY(stored.submitted);
    QVERIFY(!stored.digest.empty());
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(stored));
    // Read-only now: Ctrl+Return opens no second review.
    press(Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(50);
    const auto *again = w->findChild<ui::SubmitReviewDialog *>();
    QVERIFY(!again || !again->isVisible());
    closeAndWait(w);
}

QTEST_MAIN(TestInterviewReview)
#include "tst_interviewwindow_review.moc"
