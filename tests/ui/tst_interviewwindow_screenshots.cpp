// Screenshots of the live interview mid-way, light and dark, at two window sizes, and of what
// submitting names as missing: always rendered and saved; kept where HINDSIGHT_SCREENSHOT_DIR says.

#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/interview/interviewwindow.h"

#include "tests/common/screenshots.h"
#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QStandardPaths>
#include <QTest>

using namespace hindsight;
using Level = core::Regret::Level;
using test::bannerText;
using test::closeAndWait;
using test::focused;
using test::note;
using test::press;
using test::startInterview;
using test::type;

class TestInterviewWindowScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshots();
};

void TestInterviewWindowScreenshots::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestInterviewWindowScreenshots::screenshots()
{
    // Always rendered and saved, so a screen that fails to paint fails the test; kept where
    // HINDSIGHT_SCREENSHOT_DIR says, to be looked at.
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        test::InterviewDatabase db;
        QVERIFY2(db, qPrintable(db.error()));
        QPointer<ui::InterviewWindow> w = startInterview(db);
        QVERIFY(w);
        note(QStringLiteral("Payment backend at ~200 orders/day, owned ledger and payouts"));
        press(Qt::Key_Right, Qt::ControlModifier);
        note(QStringLiteral("Would reverse: event-driven core sized for 10k events/s"));
        press(Qt::Key_Q, Qt::ControlModifier);
        press(Qt::Key_2, Qt::ControlModifier);
        press(Qt::Key_D, Qt::ControlModifier);
        type(QStringLiteral("stream"));
        press(Qt::Key_Return);
        press(Qt::Key_3, Qt::AltModifier);
        press(Qt::Key_4, Qt::AltModifier | Qt::ShiftModifier);
        press(Qt::Key_Right, Qt::ControlModifier);
        note(QStringLiteral("CRUD endpoints for the frontend fell weeks behind"));
        press(Qt::Key_Right, Qt::ControlModifier);
        press(Qt::Key_Right, Qt::ControlModifier);
        press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
        type(QStringLiteral("Replays after a crash doubled some writes"));
        for (QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            w->resize(size);
            QTest::qWait(100);
            QVERIFY(shots.save(w, QStringLiteral("interview-%1x%2-%3.png")
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(paletteName)));
        }
        // A second regret, not yet tagged: submitting names what is missing.
        press(Qt::Key_Return);
        press(Qt::Key_R, Qt::ControlModifier);
        note(QStringLiteral("Hand-rolled sign-in instead of the provider's"));
        QVERIFY(test::openReview(w)); // Ctrl+Return reviews; Enter goes to what is missing
        press(Qt::Key_Return);
        QTRY_VERIFY(bannerText(w).contains(QStringLiteral("Regret 2")));
        w->resize(1366, 768);
        QTest::qWait(100);
        QVERIFY(shots.save(w, QStringLiteral("interview-missing-%1.png").arg(paletteName)));
        closeAndWait(w);
    }
}

QTEST_MAIN(TestInterviewWindowScreenshots)
#include "tst_interviewwindow_screenshots.moc"
