// The live interview's draft on disk: reopened where it was left, a submission changed behind
// the screen's back flagged, a write that fails kept visible.

#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/interview/interviewactions.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/notes/notelogmodel.h"

#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
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

namespace {

const QString Interviewer = test::interviewer();

} // namespace

class TestInterviewWindowDrafts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftReopensWhereItWas();
    void tamperedSubmissionIsFlagged();
    void saveErrorStaysVisible();
};

void TestInterviewWindowDrafts::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestInterviewWindowDrafts::draftReopensWhereItWas()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    const core::Id id = w->session()->interviewId();
    note(QStringLiteral("context"));
    press(Qt::Key_R, Qt::ControlModifier); // regret 2, decision stage
    press(Qt::Key_Right, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::ControlModifier); // instead
    type(QStringLiteral("half a thought"));
    press(Qt::Key_W, Qt::ControlModifier); // close window
    QTRY_VERIFY(w.isNull());

    auto stored = db.reader()->interview(id);
    QCOMPARE(stored->stage, std::string("instead"));
    QCOMPARE(stored->currentRegret, 1);
    QCOMPARE(stored->pendingNote, std::string("half a thought"));

    w = startInterview(db);
    QVERIFY(w);
    QCOMPARE(w->session()->interviewId(), id);
    QCOMPARE(w->session()->stageId(), QStringLiteral("instead"));
    QCOMPARE(w->session()->currentRegret(), 1);
    QCOMPARE(w->session()->regretCount(), 2);
    QCOMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    QCOMPARE(static_cast<QPlainTextEdit *>(focused())->toPlainText(),
             QStringLiteral("half a thought"));
    type(QStringLiteral(", finished"));
    press(Qt::Key_Return);
    QCOMPARE(w->session()->notes()->rowCount(), 2);
    closeAndWait(w);
    stored = db.reader()->interview(id);
    QCOMPARE(stored->notes.back().text, std::string("half a thought, finished"));
    QCOMPARE(stored->pendingNote, std::string());
}

void TestInterviewWindowDrafts::tamperedSubmissionIsFlagged()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::Interview i;
    i.candidateId = db.candidate();
    i.interviewer = Interviewer.toStdString();
    core::Regret r;
    r.level = Level::Product;
    r.depth = 2;
    i.regrets = {r};
    core::Note n;
    n.atMs = 60'000;
    n.stage = "decision";
    n.text = "The original words";
    i.notes = {n};
    const core::Id id = *db.store().addInterview(i);
    QVERIFY(!db.store().submitInterview(id));

    QPointer<ui::InterviewWindow> w = ui::InterviewLauncher::open(db.store(), db.path(), id);
    QVERIFY(w);
    QVERIFY(bannerText(w).contains(QStringLiteral("Submitted")));
    QVERIFY(!bannerText(w).contains(QStringLiteral("Modified after submission")));
    QVERIFY(!w->interviewActions()->action(ui::InterviewActions::Id::LevelProduct)->isEnabled());
    closeAndWait(w);

    QVERIFY(!db.store().database().exec("UPDATE notes SET text = 'Other words'"));
    w = ui::InterviewLauncher::open(db.store(), db.path(), id);
    QVERIFY(w);
    QVERIFY(bannerText(w).contains(QStringLiteral("Modified after submission")));
    closeAndWait(w);
}

void TestInterviewWindowDrafts::saveErrorStaysVisible()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    auto *indicator = w->findChild<QLabel *>(QStringLiteral("saveIndicator"));
    QVERIFY(indicator);
    note(QStringLiteral("first line lands"));
    QTRY_COMPARE(indicator->text(), QStringLiteral("Saved"));

    // Another process seals the interview behind the screen's back: the next write must fail,
    // and the failure must stay on screen rather than flash by.
    auto reader = db.reader();
    QVERIFY(reader);
    QVERIFY(!reader->database().exec("UPDATE interviews SET submitted = 1"));
    note(QStringLiteral("this one cannot be written"));
    QTRY_VERIFY(indicator->text().startsWith(QStringLiteral("Not saved")));
    QTest::qWait(500);
    QVERIFY(indicator->text().startsWith(QStringLiteral("Not saved")));
    // The cause is in the red band under the header, which stays while the failure lasts.
    auto *banner = w->findChild<QLabel *>(QStringLiteral("saveStateBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Not saved. "))
                 && banner->text().size() > QStringLiteral("Not saved. ").size(),
             qPrintable(banner->text()));
    w->close();
    QTRY_VERIFY(w.isNull());
}

QTEST_MAIN(TestInterviewWindowDrafts)
#include "tst_interviewwindow_drafts.moc"
