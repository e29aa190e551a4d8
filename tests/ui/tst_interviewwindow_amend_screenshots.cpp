// Screenshots of submitting with a look and amending with a trail, light and dark: the review
// with nothing missing and with something missing, the amend dialog, an amendment being written
// and its review, the first version after it was replaced, and the candidate page of an amended
// interview. Always rendered and saved; kept where HINDSIGHT_SCREENSHOT_DIR says.

#include "ui/interview/amend/amenddialog.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/common/screenshots.h"
#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QDialog>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace hindsight;
using test::bannerText;
using test::closeAndWait;
using test::note;
using test::press;
using test::startInterview;
using test::type;

class TestInterviewAmendScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingItems();
    void reviewAndAmend();
};

void TestInterviewAmendScreenshots::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestInterviewAmendScreenshots::missingItems()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        test::InterviewDatabase db;
        QVERIFY2(db, qPrintable(db.error()));
        QPointer<ui::InterviewWindow> w = startInterview(db);
        QVERIFY(w);
        note(QStringLiteral("Payment backend at ~200 orders/day, owned ledger and payouts"));
        press(Qt::Key_2, Qt::ControlModifier);
        press(Qt::Key_D, Qt::ControlModifier);
        type(QStringLiteral("stream"));
        press(Qt::Key_Return);
        QTRY_COMPARE(test::focusedName(), QStringLiteral("noteEditor"));
        press(Qt::Key_3, Qt::AltModifier);
        press(Qt::Key_R, Qt::ControlModifier);
        note(QStringLiteral("Hand-rolled sign-in instead of the provider's"));
        QPointer<QDialog> review = test::openReview(w);
        QVERIFY(review);
        QVERIFY(shots.save(review, QStringLiteral("review-missing-%1.png").arg(paletteName)));
        press(Qt::Key_Escape);
        QTRY_VERIFY(review.isNull() || !review->isVisible());
        closeAndWait(w);
    }
}

void TestInterviewAmendScreenshots::reviewAndAmend()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        test::InterviewDatabase db;
        QVERIFY2(db, qPrintable(db.error()));
        QPointer<ui::InterviewWindow> w = startInterview(db);
        QVERIFY(w);
        const core::Id id = w->session()->interviewId();
        note(QStringLiteral("Payment backend at ~200 orders/day, owned ledger and payouts"));
        press(Qt::Key_Right, Qt::ControlModifier);
        w->session()->setText(0, ui::InterviewSession::Field::Decision,
                              QStringLiteral("Event-driven core sized for 10k events/s"));
        note(QStringLiteral("Would reverse: the event bus before there were events"));
        press(Qt::Key_2, Qt::ControlModifier);
        press(Qt::Key_D, Qt::ControlModifier);
        type(QStringLiteral("stream"));
        press(Qt::Key_Return);
        QTRY_COMPARE(test::focusedName(), QStringLiteral("noteEditor"));
        press(Qt::Key_2, Qt::AltModifier);
        press(Qt::Key_1, Qt::AltModifier | Qt::ShiftModifier);
        press(Qt::Key_4, Qt::AltModifier | Qt::ShiftModifier);
        press(Qt::Key_R, Qt::ControlModifier);
        w->session()->setText(1, ui::InterviewSession::Field::Decision,
                              QStringLiteral("A generic settings layer nobody configured"));
        press(Qt::Key_1, Qt::ControlModifier);
        press(Qt::Key_3, Qt::AltModifier);
        type(QStringLiteral("Thanks, that's all"));

        // The review with nothing missing: Enter seals.
        QSignalSpy submitted(w.data(), &ui::InterviewWindow::interviewSubmitted);
        QPointer<QDialog> review = test::openReview(w);
        QVERIFY(review);
        QVERIFY(shots.save(review, QStringLiteral("review-ready-%1.png").arg(paletteName)));
        press(Qt::Key_Return);
        QTRY_COMPARE(submitted.count(), 1);

        // Amend it from its window: the reason, then the amendment being written.
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        ui::AmendDialog *amend = nullptr;
        QTRY_VERIFY((amend = w->findChild<ui::AmendDialog *>()) && amend->isVisible());
        QTRY_COMPARE(test::focusedName(), QStringLiteral("amendReason"));
        type(QStringLiteral("Regret 1 is depth 3, not 2: I mis-keyed it during the interview"));
        QVERIFY(shots.save(amend, QStringLiteral("amend-dialog-%1.png").arg(paletteName)));
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(db.store().interviewVersions(id)->size(), std::size_t(2));
        QPointer<ui::InterviewWindow> amending = ui::InterviewLauncher::openWindow(
            db.store().interviewVersions(id)->back().id);
        QVERIFY(amending);
        QVERIFY(QTest::qWaitForWindowActive(amending));
        amending->resize(1366, 768);
        QTRY_COMPARE(test::focusedName(), QStringLiteral("noteEditor"));
        press(Qt::Key_Up, Qt::ControlModifier); // regret 1, where the mistake is
        press(Qt::Key_3, Qt::AltModifier);
        QTest::qWait(100);
        QVERIFY(shots.save(amending, QStringLiteral("amendment-%1.png").arg(paletteName)));
        QSignalSpy sealed(amending.data(), &ui::InterviewWindow::interviewSubmitted);
        review = test::openReview(amending);
        QVERIFY(review);
        QVERIFY(shots.save(review, QStringLiteral("review-amendment-%1.png").arg(paletteName)));
        press(Qt::Key_Return);
        QTRY_COMPARE(sealed.count(), 1);
        closeAndWait(amending);

        // The first version's window now says what replaced it.
        w->resize(1366, 768);
        QTRY_VERIFY(bannerText(w).contains(QStringLiteral("Version 1 of 2")));
        QTest::qWait(100);
        QVERIFY(shots.save(w, QStringLiteral("version-1-of-2-%1.png").arg(paletteName)));
        closeAndWait(w);

        // The candidate page: the amended interview, its first version under it.
        ui::MainWindow main(db.store(), db.path());
        main.resize(1366, 768);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        auto *tree = main.findChild<QTreeView *>(QStringLiteral("evidenceTree"));
        QVERIFY(tree);
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::qWait(100);
        QVERIFY(shots.save(&main, QStringLiteral("candidate-amended-%1.png").arg(paletteName)));
    }
}

QTEST_MAIN(TestInterviewAmendScreenshots)
#include "tst_interviewwindow_amend_screenshots.moc"
