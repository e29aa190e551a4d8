// Time in the live interview: the clock turns amber past the time budget (a setting, changed
// through Interview → Time Budget… and followed by open windows) and says so in words, not
// before; each stage in the stepper shows the time spent in it, the running one by the second,
// without moving the row. Screenshots of the window past its budget.

#include "ui/common/settings.h"
#include "ui/interview/interviewheader.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/stagestep.h"
#include "ui/interview/timebudgetdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/common/screenshots.h"
#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QApplication>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <chrono>

using namespace hindsight;
using test::child;
using test::press;

namespace {

// A draft of the test candidate begun `minutesAgo` minutes ago, at `stage` with these times.
core::Id addDraft(test::InterviewDatabase &db, int minutesAgo, const std::string &stage = "system",
                  const std::map<std::string, std::int64_t> &stageMs = {})
{
    core::Interview i;
    i.candidateId = db.candidate();
    i.interviewer = test::interviewer().toStdString();
    i.startedAt = std::chrono::floor<std::chrono::milliseconds>(core::Clock::now())
                  - std::chrono::minutes(minutesAgo);
    const auto id = db.store().addInterview(i);
    if (!id || db.store().saveSession(*id, stage, 0, {}) || db.store().saveStageTimes(*id, stageMs))
        return 0;
    return *id;
}

ui::InterviewWindow *open(test::InterviewDatabase &db, core::Id id)
{
    ui::InterviewWindow *w = ui::InterviewLauncher::open(db.store(), db.path(), id);
    return w && QTest::qWaitForWindowActive(w) ? w : nullptr;
}

QString stepText(ui::InterviewWindow *w, int stage)
{
    auto *step = child<QToolButton>(w, qPrintable(QStringLiteral("stage_%1").arg(stage)));
    return step ? step->text() : QString();
}

} // namespace

class TestInterviewTime final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void clockTurnsAmberPastTheBudget();
    void budgetDialogFromTheMainWindow();
    void stepperShowsTimePerStage();
    void screenshots();
};

void TestInterviewTime::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestInterviewTime::init()
{
    ui::Settings().setTimeBudgetMinutes(ui::Settings::DefaultTimeBudget);
}

void TestInterviewTime::cleanup()
{
    // A test that failed half-way leaves no window for the next one, whose database reuses ids.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (QPointer<ui::InterviewWindow> window = qobject_cast<ui::InterviewWindow *>(w))
            test::closeAndWait(window);
    }
}

void TestInterviewTime::cleanupTestCase()
{
    init(); // the next test program finds the default
}

void TestInterviewTime::clockTurnsAmberPastTheBudget()
{
    QCOMPARE(ui::Settings().timeBudgetMinutes(), 45);
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));

    // 44 minutes in: within the default budget.
    QPointer<ui::InterviewWindow> w = open(db, addDraft(db, 44));
    QVERIFY(w);
    auto *header = child<ui::InterviewHeader>(w, "interviewHeader");
    auto *clock = child<QLabel>(w, "interviewClock");
    QVERIFY(!header->isOverBudget());
    QVERIFY(!clock->autoFillBackground());
    QVERIFY(!clock->accessibleName().contains(QStringLiteral("budget")));
    QVERIFY(clock->toolTip().contains(QStringLiteral("45 minutes")));
    const QColor window = clock->palette().color(QPalette::Window);

    // A shorter budget set elsewhere: the open window follows at once, in colour and in words.
    ui::Settings().setTimeBudgetMinutes(30);
    QVERIFY(header->isOverBudget());
    QVERIFY(clock->autoFillBackground());
    QVERIFY(clock->palette().color(QPalette::Window) != window);
    QCOMPARE(clock->palette().color(QPalette::WindowText),
             header->palette().color(QPalette::WindowText));
    QVERIFY2(clock->accessibleName().contains(QStringLiteral("past the time budget of 30 minutes")),
             qPrintable(clock->accessibleName()));
    QVERIFY(clock->toolTip().startsWith(QStringLiteral("Past the time budget of 30 minutes")));

    ui::Settings().setTimeBudgetMinutes(60);
    QVERIFY(!header->isOverBudget());
    QVERIFY(!clock->autoFillBackground());
    test::closeAndWait(w);

    // Opened past the budget: amber from the first second.
    w = open(db, addDraft(db, 61));
    QVERIFY(w);
    QVERIFY(child<ui::InterviewHeader>(w, "interviewHeader")->isOverBudget());
    test::closeAndWait(w);
}

void TestInterviewTime::budgetDialogFromTheMainWindow()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow main(db.store(), db.path());
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QPointer<ui::InterviewWindow> w = open(db, addDraft(db, 20));
    QVERIFY(w);
    auto *header = child<ui::InterviewHeader>(w, "interviewHeader");
    QVERIFY(!header->isOverBudget());

    // Keys go to the dialog's own focus widget: which window a window system activates when
    // (Xvfb has no window manager) is not what this test is about.
    test::triggerAction(&main, "actionTimeBudget");
    ui::TimeBudgetDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = main.findChild<ui::TimeBudgetDialog *>()) && dialog->isVisible());
    auto *minutes = child<QSpinBox>(dialog, "timeBudgetMinutes");
    QCOMPARE(dialog->focusWidget(), minutes);
    QCOMPARE(minutes->value(), 45);
    // Typed over the selected value and confirmed with Enter, as a keyboard user would.
    QTest::keyClicks(minutes, QStringLiteral("15"));
    QTest::keyClick(minutes, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(ui::Settings().timeBudgetMinutes(), 15);
    QVERIFY(header->isOverBudget());

    // Cancel changes nothing; the setting stays within its range.
    test::triggerAction(&main, "actionTimeBudget");
    QTRY_VERIFY((dialog = main.findChild<ui::TimeBudgetDialog *>()) && dialog->isVisible());
    child<QSpinBox>(dialog, "timeBudgetMinutes")->setValue(90);
    dialog->reject();
    QCOMPARE(ui::Settings().timeBudgetMinutes(), 15);
    ui::Settings().setTimeBudgetMinutes(100000);
    QCOMPARE(ui::Settings().timeBudgetMinutes(), ui::Settings::MaxTimeBudget);
    test::closeAndWait(w);
}

void TestInterviewTime::stepperShowsTimePerStage()
{
    QCOMPARE(ui::StageStep::minutesSeconds(0), QString());
    QCOMPARE(ui::StageStep::minutesSeconds(4 * 60000 + 7000), QStringLiteral("4:07"));
    QCOMPARE(ui::StageStep::minutesSeconds(62 * 60000 + 30999), QStringLiteral("62:30"));

    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = open(db, addDraft(db, 10, "decision",
                                                        {{"system", 125000}, {"decision", 8000}}));
    QVERIFY(w);
    QVERIFY2(stepText(w, 0).endsWith(QStringLiteral("System · 2:05")), qPrintable(stepText(w, 0)));
    QVERIFY2(stepText(w, 1).contains(QStringLiteral("Decision · 0:0")), qPrintable(stepText(w, 1)));
    QCOMPARE(stepText(w, 2), QStringLiteral("3  Discovery")); // not reached yet
    auto *running = child<QToolButton>(w, "stage_1");
    QVERIFY(running->isChecked());
    QVERIFY(running->accessibleDescription().contains(QStringLiteral("spent")));

    // The running stage counts by the second, and the row does not move while it does.
    const QRect before = running->geometry();
    QTRY_VERIFY2(stepText(w, 1).contains(QStringLiteral("0:10")), qPrintable(stepText(w, 1)));
    QCOMPARE(running->geometry(), before);
    QCOMPARE(stepText(w, 0), QStringLiteral("1  System · 2:05"));

    // Moving on: the stage left keeps its time, the next one starts counting.
    press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(w->session()->stage(), 2);
    QTRY_VERIFY(stepText(w, 2).contains(QStringLiteral("Discovery · 0:01")));
    const QString decision = stepText(w, 1);
    QTest::qWait(1100);
    QCOMPARE(stepText(w, 1), decision);
    QCOMPARE(running->geometry(), before);
    test::closeAndWait(w);
}

void TestInterviewTime::screenshots()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        test::InterviewDatabase db;
        QVERIFY2(db, qPrintable(db.error()));
        QPointer<ui::InterviewWindow> w = open(db, addDraft(db, 52, "probe",
                                                            {{"system", 6 * 60000 + 12000},
                                                             {"decision", 9 * 60000 + 40000},
                                                             {"discovery", 14 * 60000 + 3000},
                                                             {"instead", 11 * 60000 + 55000},
                                                             {"probe", 4 * 60000}}));
        QVERIFY(w);
        test::note(QStringLiteral("Replays after a crash doubled some writes"));
        QVERIFY(child<ui::InterviewHeader>(w, "interviewHeader")->isOverBudget());
        w->resize(1366, 768);
        QTest::qWait(100);
        QVERIFY(shots.save(w, QStringLiteral("interview-time-%1.png").arg(paletteName)));
        test::closeAndWait(w);
    }
}

QTEST_MAIN(TestInterviewTime)
#include "tst_interviewtime.moc"
