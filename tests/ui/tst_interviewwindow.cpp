// The live interview screen driven by key events only, checked against a second connection: a
// whole interview, undo and redo, what submitting names as missing, probe ticks, the level guide,
// a new candidate from the main window.

#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/levelguidedialog.h"
#include "ui/interview/notes/notelogmodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/newcandidatedialog.h"
#include "ui/mainwindow/sidebar.h"

#include "core/interviewseal.h"

#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hindsight;
using Level = core::Regret::Level;
using test::bannerText;
using test::closeAndWait;
using test::focused;
using test::note;
using test::press;
using test::startInterview;

namespace {

// The probe ids ticked, whichever regret they were asked for.
std::set<std::string> probesOf(const core::Interview &interview)
{
    std::set<std::string> ids;
    for (const core::ProbeTick &t : interview.probeTicks)
        ids.insert(t.probe);
    return ids;
}

} // namespace
using test::type;

namespace {

const QString Interviewer = test::interviewer();

} // namespace

class TestInterviewWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeInterviewByKeyboard();
    void undoRedoNotesAndTags();
    void submitNamesWhatIsMissing();
    void probeTicksRoundTrip();
    void probeTicksBelongToTheCurrentRegret();
    void levelGuideOpensWithF1();
    void newCandidateThroughTheMainWindow();
    void newCandidateWithANewRole();
};

void TestInterviewWindow::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestInterviewWindow::wholeInterviewByKeyboard()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow main(db.store(), db.path());
    main.show();
    main.activateWindow(); // under Xvfb without a window manager nothing activates by itself
    QVERIFY(QTest::qWaitForWindowActive(&main));
    QCOMPARE(main.findChild<ui::Sidebar *>()->currentCandidate(), std::optional(db.candidate()));

    // Start: Ctrl+N in the main window opens the interview with the cursor in the note editor.
    press(Qt::Key_N, Qt::ControlModifier);
    QPointer<ui::InterviewWindow> w = main.findChild<ui::InterviewWindow *>();
    QVERIFY(w);
    QSignalSpy submitted(w.data(), &ui::InterviewWindow::interviewSubmitted);
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    ui::InterviewSession *s = w->session();

    note(QStringLiteral("Payment backend, about 200 orders a day; owned the ledger"));
    press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(s->stageId(), QStringLiteral("decision"));
    note(QStringLiteral("Would drop the event bus sized for 10k events/s"));
    press(Qt::Key_2, Qt::ControlModifier); // domain-specific
    press(Qt::Key_D, Qt::ControlModifier); // domain picker
    QCOMPARE(focused()->objectName(), QStringLiteral("regretDomain"));
    type(QStringLiteral("stream"));
    press(Qt::Key_Return); // type-ahead, back to the notes
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    press(Qt::Key_3, Qt::AltModifier);                     // depth 3
    press(Qt::Key_1, Qt::AltModifier | Qt::ShiftModifier); // databases
    press(Qt::Key_4, Qt::AltModifier | Qt::ShiftModifier); // queuing
    for (const char *line :
         {"Found out when CRUD endpoints slipped by weeks",
          "Would use plain tables and a job queue", "Replays doubled writes after a crash"}) {
        press(Qt::Key_Right, Qt::ControlModifier);
        note(QString::fromUtf8(line));
    }
    QCOMPARE(s->stageId(), QStringLiteral("probe"));
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier); // failure modes asked
    press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(s->stageId(), QStringLiteral("another"));
    press(Qt::Key_R, Qt::ControlModifier); // another regret
    QCOMPARE(s->stageId(), QStringLiteral("decision"));
    QCOMPARE(s->regretCount(), 2);
    QCOMPARE(s->currentRegret(), 1);
    note(QStringLiteral("A generic settings layer nobody configured"));
    press(Qt::Key_1, Qt::ControlModifier); // product-level
    press(Qt::Key_2, Qt::AltModifier);
    press(Qt::Key_2, Qt::AltModifier | Qt::ShiftModifier); // apis
    press(Qt::Key_7, Qt::AltModifier | Qt::ShiftModifier); // integrations
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(s->stageId(), QStringLiteral("wrapup"));
    note(QStringLiteral("Asked about on-call"));
    type(QStringLiteral("Thanks, last words")); // left in the editor: kept at submit
    // Ctrl+Return shows what will be sealed; with nothing missing, Enter seals it.
    QPointer<QDialog> review = test::openReview(w);
    QVERIFY(review);
    QCOMPARE(focused()->objectName(), QStringLiteral("submitReviewSubmit"));
    press(Qt::Key_Return);
    QTRY_COMPARE(submitted.count(), 1);
    QTRY_VERIFY(review.isNull());
    QCOMPARE(submitted.first().first().value<core::Id>(), db.candidate());
    QVERIFY(bannerText(w).contains(QStringLiteral("Submitted")));
    QVERIFY(static_cast<QPlainTextEdit *>(w->findChild<QWidget *>(QStringLiteral("noteEditor")))
                ->isReadOnly());

    auto reader = db.reader();
    QVERIFY(reader);
    auto interviews = reader->interviews(db.candidate());
    QVERIFY(interviews);
    QCOMPARE(interviews->size(), std::size_t(1));
    const core::Interview &i = interviews->front();
    QVERIFY(i.submitted);
    QCOMPARE(i.interviewer, Interviewer.toStdString());
    QVERIFY(!i.digest.empty());
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(i));
    QCOMPARE(i.regrets.size(), std::size_t(2));
    const core::Regret &first = i.regrets[0];
    QCOMPARE(first.level, Level::Domain);
    QCOMPARE(first.domain, std::string("streaming"));
    QCOMPARE(first.depth, 3);
    QCOMPARE(first.layers, (std::set<std::string>{"databases", "queuing"}));
    const core::Regret &second = i.regrets[1];
    QCOMPARE(second.level, Level::Product);
    QCOMPARE(second.depth, 2);
    QCOMPARE(second.layers, (std::set<std::string>{"apis", "integrations"}));
    QCOMPARE(i.notes.size(), std::size_t(8));
    QCOMPARE(i.notes.front().stage, std::string("system"));
    QCOMPARE(i.notes[1].stage, std::string("decision"));
    QCOMPARE(i.notes[1].regretId, first.id);
    QCOMPARE(i.notes[5].regretId, second.id);
    QCOMPARE(i.notes.back().text, std::string("Thanks, last words"));
    QVERIFY(std::any_of(i.probeTicks.begin(), i.probeTicks.end(), [&](const core::ProbeTick &t) {
        return t.probe == "probe.domain.failure-modes" && t.regretId == first.id;
    }));
    closeAndWait(w);
}

void TestInterviewWindow::undoRedoNotesAndTags()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    ui::InterviewSession *s = w->session();
    ui::NoteLogModel *log = s->notes();
    note(QStringLiteral("first"));
    note(QStringLiteral("second"));
    QCOMPARE(log->rowCount(), 2);

    // F2 edits the last note in place.
    press(Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("second, edited"));
    press(Qt::Key_Return);
    const auto text = [log](int row) {
        return log->index(row, ui::NoteLogModel::TextColumn).data(Qt::EditRole).toString();
    };
    QTRY_COMPARE(text(1), QStringLiteral("second, edited"));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(text(1), QStringLiteral("second"));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(text(1), QStringLiteral("second, edited"));

    // Delete in the log removes the selected note; undo brings it back.
    QCOMPARE(focused()->objectName(), QStringLiteral("noteLog"));
    auto *view = static_cast<QTableView *>(focused());
    view->selectRow(0);
    press(Qt::Key_Delete);
    QCOMPARE(log->rowCount(), 1);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(log->rowCount(), 2);
    QCOMPARE(text(0), QStringLiteral("first"));
    // Ctrl+' marks the selected note as a quote.
    view->selectRow(0);
    press(Qt::Key_Apostrophe, Qt::ControlModifier);
    QVERIFY(log->index(0, 0).data(ui::NoteLogModel::QuoteRole).toBool());

    // Tags: every change is one undo step.
    press(Qt::Key_Tab, Qt::ShiftModifier); // back to the note editor
    QCOMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_4, Qt::AltModifier);
    press(Qt::Key_3, Qt::AltModifier | Qt::ShiftModifier); // caching
    QCOMPARE(s->regret(0).layers, (std::set<std::string>{"caching"}));
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(s->regret(0).layers.empty());
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!s->regret(0).depthChosen);
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!s->regret(0).levelChosen);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(s->regret(0).level, Level::Domain);
    QVERIFY(s->regret(0).levelChosen);
    press(Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(s->regret(0).depth, 4);
    // The depth meaning is shown beside the control.
    auto *meaning = w->findChild<QLabel *>(QStringLiteral("regretDepthMeaning"));
    QVERIFY(meaning->text().contains(QStringLiteral("numbers")));

    const core::Id id = s->interviewId();
    QVERIFY(w->writer()->waitUntilSaved());
    auto stored = db.reader()->interview(id);
    QVERIFY(stored);
    QCOMPARE(stored->notes.size(), std::size_t(2));
    QCOMPARE(stored->notes[0].text, std::string("first"));
    QVERIFY(stored->notes[0].quote);
    QCOMPARE(stored->notes[1].text, std::string("second, edited"));
    QCOMPARE(stored->regrets.at(0).level, Level::Domain);
    QCOMPARE(stored->regrets.at(0).depth, 4);
    QVERIFY(stored->regrets.at(0).layers.empty());
    closeAndWait(w);
}

void TestInterviewWindow::submitNamesWhatIsMissing()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_D, Qt::ControlModifier);
    type(QStringLiteral("pay"));
    press(Qt::Key_Return);
    QTRY_COMPARE(w->session()->regret(0).domain, std::string("payments"));
    // The review cannot seal: Submit is disabled and Enter goes to what is missing.
    QPointer<QDialog> review = test::openReview(w);
    QVERIFY(review);
    QVERIFY(!review->findChild<QPushButton *>(QStringLiteral("submitReviewSubmit"))->isEnabled());
    QCOMPARE(focused()->objectName(), QStringLiteral("submitReviewGoTo"));
    QVERIFY(static_cast<QPushButton *>(focused())->text().contains(QStringLiteral("Depth")));
    press(Qt::Key_Return);
    QTRY_VERIFY(!review || !review->isVisible());
    QTRY_COMPARE(test::focusedName(), QStringLiteral("regretDepth"));
    QVERIFY(bannerText(w).contains(QStringLiteral("Regret 1 has no depth rating")));
    QVERIFY(!bannerText(w).contains(QStringLiteral("level")));
    QCOMPARE(focused()->objectName(), QStringLiteral("regretDepth"));
    QVERIFY(w->writer()->waitUntilSaved());
    auto stored = db.reader()->interview(w->session()->interviewId());
    QVERIFY(stored);
    QVERIFY(!stored->submitted);
    closeAndWait(w);
}

void TestInterviewWindow::probeTicksRoundTrip()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    const core::Id id = w->session()->interviewId();
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Right, Qt::ControlModifier);
    press(Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier);
    closeAndWait(w);
    QCOMPARE(probesOf(*db.reader()->interview(id)),
             (std::set<std::string>{"system.scale", "decision.alternatives"}));

    w = startInterview(db);
    QVERIFY(w);
    QCOMPARE(w->session()->interviewId(), id);
    auto *second = w->findChild<QCheckBox *>(QStringLiteral("probe_1"));
    QVERIFY(second->isChecked());
    QVERIFY(!w->findChild<QCheckBox *>(QStringLiteral("probe_0"))->isChecked());
    press(Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier); // untick
    QVERIFY(!second->isChecked());
    press(Qt::Key_Left, Qt::ControlModifier);
    QVERIFY(w->findChild<QCheckBox *>(QStringLiteral("probe_0"))->isChecked());
    closeAndWait(w);
    QCOMPARE(probesOf(*db.reader()->interview(id)), (std::set<std::string>{"system.scale"}));
}

void TestInterviewWindow::probeTicksBelongToTheCurrentRegret()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    const core::Id id = w->session()->interviewId();
    auto *first = w->findChild<QCheckBox *>(QStringLiteral("probe_0"));
    QVERIFY(first);
    press(Qt::Key_Right, Qt::ControlModifier); // the decision stage
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(first->isChecked());
    press(Qt::Key_R, Qt::ControlModifier); // regret 2, back at the decision stage
    QCOMPARE(w->session()->currentRegret(), 1);
    QVERIFY2(!first->isChecked(), "regret 2 starts with its probes unticked");
    press(Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Up, Qt::ControlModifier); // back to regret 1: its own tick shows
    QCOMPARE(w->session()->currentRegret(), 0);
    QVERIFY(first->isChecked());
    QVERIFY(!w->findChild<QCheckBox *>(QStringLiteral("probe_1"))->isChecked());
    closeAndWait(w);

    const core::Interview stored = *db.reader()->interview(id);
    QCOMPARE(stored.regrets.size(), std::size_t(2));
    QCOMPARE(stored.probeTicks.size(), std::size_t(2));
    QCOMPARE(stored.probeTicks[0].regretId, stored.regrets[0].id);
    QCOMPARE(stored.probeTicks[0].probe, std::string("decision.context"));
    QCOMPARE(stored.probeTicks[1].regretId, stored.regrets[1].id);
    QVERIFY(stored.probeTicks[1].probe != stored.probeTicks[0].probe);
    // Each tick records when it was asked.
    for (const core::ProbeTick &t : stored.probeTicks)
        QVERIFY(t.tickedAt >= stored.startedAt);
}

void TestInterviewWindow::levelGuideOpensWithF1()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    press(Qt::Key_F1);
    ui::LevelGuideDialog *guide = nullptr;
    QTRY_VERIFY((guide = w->findChild<ui::LevelGuideDialog *>()) && guide->isVisible());
    // The guide explains both levels, with words a reader can check.
    QString text;
    for (const QLabel *label : guide->findChildren<QLabel *>())
        text += label->text();
    QVERIFY(text.contains(QStringLiteral("roduct")));
    QVERIFY(text.contains(QStringLiteral("omain")));
    QTest::keyClick(guide, Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<ui::LevelGuideDialog *>() || !guide->isVisible());
    closeAndWait(w);
}

void TestInterviewWindow::newCandidateThroughTheMainWindow()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow main(db.store(), db.path());
    main.show();
    main.activateWindow(); // under Xvfb without a window manager nothing activates by itself
    QVERIFY(QTest::qWaitForWindowActive(&main));
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ui::NewCandidateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = main.findChild<ui::NewCandidateDialog *>()) && dialog->isVisible());
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("newCandidateName"));
    type(QStringLiteral("Ilse Brandt"));
    press(Qt::Key_Return);
    QTRY_COMPARE(main.findChild<ui::Sidebar *>()->currentCandidate().has_value(), true);
    auto candidates = db.store().candidates();
    QCOMPARE(candidates->size(), std::size_t(2));
    const core::Id added = *main.findChild<ui::Sidebar *>()->currentCandidate();
    QCOMPARE(db.store().candidate(added)->name, std::string("Ilse Brandt"));
}

// A role title nobody has yet: the role and its first candidate are added together.
void TestInterviewWindow::newCandidateWithANewRole()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const std::size_t roles = db.store().roles()->size();
    ui::MainWindow main(db.store(), db.path());
    main.show();
    main.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ui::NewCandidateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = main.findChild<ui::NewCandidateDialog *>()) && dialog->isVisible());
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("newCandidateName"));
    type(QStringLiteral("Ilse Brandt"));
    dialog->findChild<QComboBox *>(QStringLiteral("newCandidateRole"))
        ->setEditText(QStringLiteral("Search backend"));
    press(Qt::Key_Return);
    QTRY_COMPARE(main.findChild<ui::Sidebar *>()->currentCandidate().has_value(), true);
    const core::Id added = *main.findChild<ui::Sidebar *>()->currentCandidate();
    const core::Candidate ilse = *db.store().candidate(added);
    QCOMPARE(ilse.name, std::string("Ilse Brandt"));
    QCOMPARE(db.store().role(ilse.roleId)->title, std::string("Search backend"));
    QCOMPARE(db.store().roles()->size(), roles + 1);
}

QTEST_MAIN(TestInterviewWindow)
#include "tst_interviewwindow.moc"
