// Screenshots of the live interview mid-way, light and dark, at two window sizes, and of what
// submitting names as missing: always rendered and saved; kept where HINDSIGHT_SCREENSHOT_DIR says.
// With three regrets, at 1366x768 and 1920x1080, nothing is cut off: the cards fit their column,
// the note log's time, stage and regret columns show their whole text.

#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/notes/notelogmodel.h"
#include "ui/interview/regrets/regretcard.h"
#include "ui/interview/regrets/regretcardlist.h"

#include "tests/common/screenshots.h"
#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace hindsight;
using Level = core::Regret::Level;
using test::bannerText;
using test::card;
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
    void threeRegretsFit();
};

namespace {

// Three regrets as an interviewer would record them, the second one current.
void recordThreeRegrets()
{
    const auto useNote = [](const QString &text) {
        note(text);
        press(Qt::Key_L, Qt::ControlModifier);
    };
    useNote(QStringLiteral("Payment backend at ~200 orders/day, owned ledger and payouts"));
    press(Qt::Key_Right, Qt::ControlModifier);
    useNote(QStringLiteral("Event-driven core sized for 10k events/s"));
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_D, Qt::ControlModifier);
    type(QStringLiteral("stream"));
    press(Qt::Key_Return);
    press(Qt::Key_3, Qt::AltModifier);
    press(Qt::Key_4, Qt::AltModifier | Qt::ShiftModifier);
    press(Qt::Key_5, Qt::AltModifier | Qt::ShiftModifier);
    press(Qt::Key_Right, Qt::ControlModifier);
    useNote(QStringLiteral("CRUD endpoints for the frontend fell weeks behind"));
    press(Qt::Key_Right, Qt::ControlModifier);
    useNote(QStringLiteral("Plain tables and a job queue"));
    press(Qt::Key_Right, Qt::ControlModifier);
    useNote(QStringLiteral("Replays after a crash doubled some writes"));

    press(Qt::Key_R, Qt::ControlModifier);
    useNote(QStringLiteral("A generic settings layer nobody configured"));
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_2, Qt::AltModifier);
    press(Qt::Key_2, Qt::AltModifier | Qt::ShiftModifier);
    press(Qt::Key_7, Qt::AltModifier | Qt::ShiftModifier);
    press(Qt::Key_Right, Qt::ControlModifier);
    useNote(QStringLiteral("Support tickets every time a default changed"));

    press(Qt::Key_R, Qt::ControlModifier);
    useNote(QStringLiteral("Hand-rolled payment retries instead of the provider's idempotency keys"));
    press(Qt::Key_3, Qt::ControlModifier);
    press(Qt::Key_D, Qt::ControlModifier);
    type(QStringLiteral("pay"));
    press(Qt::Key_Return);
    press(Qt::Key_1, Qt::AltModifier);
    press(Qt::Key_Up, Qt::ControlModifier); // back to regret 2
}

// Every card within the list's viewport, every field within its card, every label's text within
// the label; the note log's narrow columns as wide as their texts.
void checkNothingClipped(ui::InterviewWindow *w)
{
    auto *list = w->findChild<ui::RegretCardList *>();
    QVERIFY(list);
    const int viewportWidth = list->viewport()->width();
    QVERIFY(list->widget()->width() <= viewportWidth);
    for (int i = 0; i < list->count(); ++i) {
        ui::RegretCard *c = list->card(i);
        const QRect inViewport(c->mapTo(list->viewport(), QPoint(0, 0)), c->size());
        QVERIFY2(inViewport.left() >= 0 && inViewport.right() < viewportWidth,
                 qPrintable(QStringLiteral("card %1 at %2..%3, viewport %4 wide")
                                .arg(i)
                                .arg(inViewport.left())
                                .arg(inViewport.right())
                                .arg(viewportWidth)));
        for (QWidget *child : c->findChildren<QWidget *>()) {
            if (!child->isVisibleTo(c))
                continue;
            const QRect r(child->mapTo(c, QPoint(0, 0)), child->size());
            QVERIFY2(r.left() >= 0 && r.right() < c->width(), qPrintable(child->objectName()));
            if (auto *label = qobject_cast<QLabel *>(child); label && !label->wordWrap()) {
                QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->width(),
                         qPrintable(label->text()));
            }
        }
    }
    // A compact card is one line high; the current one shows all of the regret.
    for (int i = 0; i < list->count(); ++i) {
        const int lines = list->card(i)->height() / list->card(i)->fontMetrics().height();
        QVERIFY(list->card(i)->isCurrent() ? lines > 8 : lines < 3);
    }

    auto *log = w->findChild<QTableView *>(QStringLiteral("noteLog"));
    QVERIFY(log);
    const QFontMetrics fm = log->fontMetrics();
    const int margins = 2 * (log->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    for (int column : {ui::NoteLogModel::TimeColumn, ui::NoteLogModel::StageColumn,
                       ui::NoteLogModel::RegretColumn}) {
        const int width = log->columnWidth(column);
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            const QString text = log->model()->index(row, column).data().toString();
            QVERIFY2(fm.horizontalAdvance(text) + margins <= width,
                     qPrintable(QStringLiteral("\"%1\" in a column %2 wide").arg(text).arg(width)));
        }
        QVERIFY(log->horizontalHeader()->sectionSizeHint(column) <= width);
    }
    QVERIFY(log->columnWidth(ui::NoteLogModel::TextColumn) > log->viewport()->width() / 2);
}

} // namespace

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
        press(Qt::Key_Apostrophe, Qt::ControlModifier);
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

void TestInterviewWindowScreenshots::threeRegretsFit()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        test::InterviewDatabase db;
        QVERIFY2(db, qPrintable(db.error()));
        QPointer<ui::InterviewWindow> w = startInterview(db);
        QVERIFY(w);
        recordThreeRegrets();
        QCOMPARE(w->session()->regretCount(), 3);
        QCOMPARE(w->session()->currentRegret(), 1);
        for (QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            w->resize(size);
            QTest::qWait(100);
            checkNothingClipped(w);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(shots.save(w, QStringLiteral("interview-three-%1x%2-%3.png")
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(paletteName)));
        }
        // The cards' column as narrow as the splitter lets it be.
        w->resize(1366, 768);
        auto *split = w->findChild<QSplitter *>(QStringLiteral("interviewSplitter"));
        QVERIFY(split);
        split->setSizes({4000, 1});
        QTest::qWait(100);
        checkNothingClipped(w);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(shots.save(w, QStringLiteral("interview-three-narrow-%1.png").arg(paletteName)));
        // The last regret current, with long answers: the list scrolls, it does not clip.
        split->setSizes({820, 480});
        press(Qt::Key_Down, Qt::ControlModifier);
        for (Qt::Key key : {Qt::Key_Y, Qt::Key_W, Qt::Key_N, Qt::Key_C}) {
            press(key, Qt::AltModifier);
            type(QStringLiteral("They retried every failed charge from a cron job, which after a "
                                "provider outage charged some customers twice; refunds took two "
                                "weeks and a support rota"));
        }
        press(Qt::Key_Escape);
        QTest::qWait(100);
        checkNothingClipped(w);
        if (QTest::currentTestFailed())
            return;
        auto *list = w->findChild<ui::RegretCardList *>();
        QVERIFY(list->widget()->height() > list->viewport()->height());
        QVERIFY(list->verticalScrollBar()->isVisible());
        QVERIFY(shots.save(w, QStringLiteral("interview-three-long-%1.png").arg(paletteName)));
        closeAndWait(w);
    }
}

QTEST_MAIN(TestInterviewWindowScreenshots)
#include "tst_interviewwindow_screenshots.moc"
