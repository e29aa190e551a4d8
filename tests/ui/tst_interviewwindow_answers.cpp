// The whole answer of a regret in the live interview: system, decision, why, instead and impact
// typed into the current card and kept in the store, "Use Last Note as Answer" (Ctrl+L) filling
// the field of the current stage as one undo step, and the fields read-only once submitted.

#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/regrets/regretcard.h"

#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QAction>
#include <QDialog>
#include <QPlainTextEdit>
#include <QTest>

using namespace hindsight;
using test::card;
using test::cardOf;
using test::closeAndWait;
using test::focused;
using test::note;
using test::press;
using test::startInterview;
using test::statusText;
using test::type;

namespace {

// The text of a field of the regret at `position`, as its card shows it.
QString shown(ui::InterviewWindow *w, int position, const char *field)
{
    auto *edit = card(w, position)->findChild<QPlainTextEdit *>(QLatin1String(field));
    return edit ? edit->toPlainText() : QStringLiteral("<no field %1>").arg(QLatin1String(field));
}

} // namespace

class TestInterviewWindowAnswers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeAnswerRoundTrips();
    void typingMergesPerField();
    void lastNoteGoesIntoTheStageField();
    void lastNoteSaysWhyItCannot();
    void submittedAnswersAreReadOnly();
};

void TestInterviewWindowAnswers::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestInterviewWindowAnswers::wholeAnswerRoundTrips()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    const core::Id id = w->session()->interviewId();
    const QList<std::pair<Qt::Key, QString>> typed = {
        {Qt::Key_Y, QStringLiteral("Ledger service, 200 orders a day")},
        {Qt::Key_D, QStringLiteral("Event bus sized for 10k events/s")},
        {Qt::Key_W, QStringLiteral("CRUD endpoints slipped by weeks")},
        {Qt::Key_N, QStringLiteral("Plain tables and a job queue")},
        {Qt::Key_C, QStringLiteral("Two engineers for a quarter")},
    };
    for (const auto &[key, text] : typed) {
        press(key, Qt::AltModifier);
        QCOMPARE(cardOf(focused()), card(w, 0));
        type(text);
        press(Qt::Key_Return); // done: back to the notes
        QCOMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    }
    // Shift+Enter breaks the line inside a field.
    press(Qt::Key_W, Qt::AltModifier);
    press(Qt::Key_End, Qt::ControlModifier);
    press(Qt::Key_Return, Qt::ShiftModifier);
    type(QStringLiteral("and a lost launch"));
    press(Qt::Key_Escape);
    closeAndWait(w);

    auto stored = db.reader()->interview(id);
    QVERIFY(stored);
    QCOMPARE(stored->regrets.size(), std::size_t(1));
    const core::Regret &r = stored->regrets.front();
    QCOMPARE(r.system, std::string("Ledger service, 200 orders a day"));
    QCOMPARE(r.decision, std::string("Event bus sized for 10k events/s"));
    QCOMPARE(r.why, std::string("CRUD endpoints slipped by weeks\nand a lost launch"));
    QCOMPARE(r.instead, std::string("Plain tables and a job queue"));
    QCOMPARE(r.impact, std::string("Two engineers for a quarter"));

    // Reopened, the card shows them again.
    w = startInterview(db);
    QVERIFY(w);
    QCOMPARE(shown(w, 0, "regretSystem"), QStringLiteral("Ledger service, 200 orders a day"));
    QCOMPARE(shown(w, 0, "regretWhy"),
             QStringLiteral("CRUD endpoints slipped by weeks\nand a lost launch"));
    QCOMPARE(shown(w, 0, "regretImpact"), QStringLiteral("Two engineers for a quarter"));
    closeAndWait(w);
}

void TestInterviewWindowAnswers::typingMergesPerField()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    ui::InterviewSession *s = w->session();
    press(Qt::Key_D, Qt::AltModifier);
    type(QStringLiteral("event bus"));
    press(Qt::Key_W, Qt::AltModifier);
    type(QStringLiteral("outage"));
    press(Qt::Key_D, Qt::AltModifier);
    type(QStringLiteral("!"));
    press(Qt::Key_Escape);
    // Three steps: the decision, the why, the decision again.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(s->regret(0).decision, std::string("event bus"));
    QCOMPARE(s->regret(0).why, std::string("outage"));
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(s->regret(0).why.empty());
    QCOMPARE(shown(w, 0, "regretWhy"), QString());
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(s->regret(0).decision.empty());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(shown(w, 0, "regretDecision"), QStringLiteral("event bus"));
    closeAndWait(w);
}

void TestInterviewWindowAnswers::lastNoteGoesIntoTheStageField()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    ui::InterviewSession *s = w->session();
    auto *use = w->findChild<QAction *>(QStringLiteral("actionUseNoteAsAnswer"));
    QVERIFY(use);
    QCOMPARE(use->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QVERIFY(use->toolTip().contains(QStringLiteral("Ctrl+L")));
    QVERIFY(use->toolTip().contains(QStringLiteral("new line")));

    // System → system.
    note(QStringLiteral("Payments ledger, 200 orders a day"));
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(s->regret(0).system, std::string("Payments ledger, 200 orders a day"));
    QCOMPARE(shown(w, 0, "regretSystem"), QStringLiteral("Payments ledger, 200 orders a day"));
    QVERIFY(statusText(w).contains(QStringLiteral("System")));
    press(Qt::Key_L, Qt::ControlModifier); // the same note again adds nothing
    QCOMPARE(s->regret(0).system, std::string("Payments ledger, 200 orders a day"));

    // Discovery → why, a second note on a new line; each is one undo step.
    press(Qt::Key_Right, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(s->stageId(), QStringLiteral("discovery"));
    note(QStringLiteral("Found out in the Black Friday outage"));
    press(Qt::Key_L, Qt::ControlModifier);
    note(QStringLiteral("Cost two weeks of refunds"));
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(s->regret(0).why,
             std::string("Found out in the Black Friday outage\nCost two weeks of refunds"));
    QVERIFY(s->regret(0).decision.empty());
    QCOMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(s->regret(0).why, std::string("Found out in the Black Friday outage"));
    press(Qt::Key_Z, Qt::ControlModifier); // the second note itself
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(s->regret(0).why.empty());
    QCOMPARE(shown(w, 0, "regretWhy"), QString());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(s->regret(0).why, std::string("Found out in the Black Friday outage"));

    // On the current regret only.
    press(Qt::Key_R, Qt::ControlModifier); // regret 2, decision stage
    note(QStringLiteral("Hand-rolled sign-in"));
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(s->regret(1).decision, std::string("Hand-rolled sign-in"));
    QVERIFY(s->regret(0).decision.empty());

    QVERIFY(w->writer()->waitUntilSaved());
    auto stored = db.reader()->interview(s->interviewId());
    QCOMPARE(stored->regrets.at(0).system, std::string("Payments ledger, 200 orders a day"));
    QCOMPARE(stored->regrets.at(0).why, std::string("Found out in the Black Friday outage"));
    QCOMPARE(stored->regrets.at(1).decision, std::string("Hand-rolled sign-in"));
    closeAndWait(w);
}

void TestInterviewWindowAnswers::lastNoteSaysWhyItCannot()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    auto *use = w->findChild<QAction *>(QStringLiteral("actionUseNoteAsAnswer"));
    QVERIFY(!use->isEnabled()); // no note yet
    press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(statusText(w).contains(QStringLiteral("no note yet")));
    QVERIFY(use->statusTip().contains(QStringLiteral("no note yet")));
    note(QStringLiteral("context"));
    QVERIFY(use->isEnabled());
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(w->session()->stageId(), QStringLiteral("another"));
    QVERIFY(!use->isEnabled());
    press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(statusText(w).contains(QStringLiteral("no answer field")));
    QVERIFY(w->session()->regret(0).system.empty());
    press(Qt::Key_Left, Qt::ControlModifier); // depth probe → impact
    QVERIFY(use->isEnabled());
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(w->session()->regret(0).impact, std::string("context"));
    closeAndWait(w);
}

void TestInterviewWindowAnswers::submittedAnswersAreReadOnly()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    press(Qt::Key_D, Qt::AltModifier);
    type(QStringLiteral("A generic settings layer"));
    press(Qt::Key_Escape);
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_2, Qt::AltModifier);
    QPointer<QDialog> review = test::openReview(w);
    QVERIFY(review);
    press(Qt::Key_Return); // the review seals
    QTRY_VERIFY(w->session()->isReadOnly());

    for (const char *name :
         {"regretSystem", "regretDecision", "regretWhy", "regretInstead", "regretImpact"}) {
        auto *edit = card(w, 0)->findChild<QPlainTextEdit *>(QLatin1String(name));
        QVERIFY2(edit && edit->isReadOnly(), name);
    }
    // The keys still go there, to read.
    press(Qt::Key_D, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("regretDecision"));
    type(QStringLiteral("changed"));
    QCOMPARE(shown(w, 0, "regretDecision"), QStringLiteral("A generic settings layer"));
    QVERIFY(!w->findChild<QAction *>(QStringLiteral("actionUseNoteAsAnswer"))->isEnabled());
    closeAndWait(w);
}

QTEST_MAIN(TestInterviewWindowAnswers)
#include "tst_interviewwindow_answers.moc"
