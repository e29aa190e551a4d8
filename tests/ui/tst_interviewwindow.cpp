#include "ui/mainwindow/actionregistry.h"
#include "ui/interview/drafts/draftwriter.h"
#include "ui/common/englishplurals.h"
#include "ui/interview/interviewactions.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/levelguidedialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/newcandidatedialog.h"
#include "ui/interview/notes/notelogmodel.h"
#include "ui/common/settings.h"
#include "ui/mainwindow/sidebar.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include "tests/common/darkpalette.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hindsight;
using Level = core::Regret::Level;

namespace {

const QString Interviewer = QStringLiteral("Rui Interviewer");

// A database in a temporary folder with one role and one candidate.
struct Database
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<core::SqliteStore> store;
    core::Id candidate = 0;

    Database()
    {
        path = dir.filePath(QStringLiteral("hindsight.sqlite3"));
        auto opened = core::SqliteStore::open(path.toStdString());
        if (!opened)
            return;
        store = std::move(*opened);
        core::Role role;
        role.title = "Payment backend";
        role.breadthDemand = 7.5;
        role.domainDemands = {{"payments", 1}};
        const core::Id roleId = *store->saveRole(role);
        candidate = *store->saveCandidate({0, "Noor Haddad", "", roleId});
    }

    // What another process would read: a second connection to the same file.
    std::unique_ptr<core::SqliteStore> reader() const
    {
        auto opened = core::SqliteStore::open(path.toStdString());
        return opened ? std::move(*opened) : nullptr;
    }
};

QWidget *focused()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QVERIFY(focused());
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QVERIFY(focused());
    QTest::keyClick(focused(), key, modifiers);
}

// Types a line into the note editor and commits it with Enter.
void note(const QString &text)
{
    QCOMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    type(text);
    press(Qt::Key_Return);
}

ui::InterviewWindow *startInterview(Database &db)
{
    ui::InterviewWindow *w = ui::InterviewLauncher::openFor(*db.store, db.path, db.candidate);
    if (!w || !QTest::qWaitForWindowActive(w))
        return nullptr;
    return w;
}

void closeAndWait(QPointer<ui::InterviewWindow> &w)
{
    w->close();
    QTRY_VERIFY(w.isNull()); // deleted on close, after the writer flushed
}

QString bannerText(ui::InterviewWindow *w)
{
    auto *banner = w->findChild<QLabel *>(QStringLiteral("interviewBanner"));
    return banner && !banner->isHidden() ? banner->text() : QString();
}

using hindsight::test::darkPalette;

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
    void draftReopensWhereItWas();
    void tamperedSubmissionIsFlagged();
    void newCandidateThroughTheMainWindow();
    void newCandidateWithANewRole();
    void levelGuideOpensWithF1();
    void saveErrorStaysVisible();
    void screenshots();
};

void TestInterviewWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
    ui::Settings().setInterviewerName(Interviewer);
}

void TestInterviewWindow::wholeInterviewByKeyboard()
{
    Database db;
    QVERIFY(db.store);
    ui::MainWindow main(*db.store, db.path);
    main.show();
    main.activateWindow(); // under Xvfb without a window manager nothing activates by itself
    QVERIFY(QTest::qWaitForWindowActive(&main));
    QCOMPARE(main.findChild<ui::Sidebar *>()->currentCandidate(), std::optional(db.candidate));

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
    press(Qt::Key_2, Qt::ControlModifier);             // domain-specific
    press(Qt::Key_D, Qt::ControlModifier);             // domain picker
    QCOMPARE(focused()->objectName(), QStringLiteral("regretDomain"));
    type(QStringLiteral("stream"));
    press(Qt::Key_Return);                             // type-ahead, back to the notes
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("noteEditor"));
    press(Qt::Key_3, Qt::AltModifier);                 // depth 3
    press(Qt::Key_1, Qt::AltModifier | Qt::ShiftModifier); // databases
    press(Qt::Key_4, Qt::AltModifier | Qt::ShiftModifier); // queuing
    for (const char *line : {"Found out when CRUD endpoints slipped by weeks",
                             "Would use plain tables and a job queue",
                             "Replays doubled writes after a crash"}) {
        press(Qt::Key_Right, Qt::ControlModifier);
        note(QString::fromUtf8(line));
    }
    QCOMPARE(s->stageId(), QStringLiteral("probe"));
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier); // failure modes asked
    press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(s->stageId(), QStringLiteral("another"));
    press(Qt::Key_R, Qt::ControlModifier);             // another regret
    QCOMPARE(s->stageId(), QStringLiteral("decision"));
    QCOMPARE(s->regretCount(), 2);
    QCOMPARE(s->currentRegret(), 1);
    note(QStringLiteral("A generic settings layer nobody configured"));
    press(Qt::Key_1, Qt::ControlModifier);             // product-level
    press(Qt::Key_2, Qt::AltModifier);
    press(Qt::Key_2, Qt::AltModifier | Qt::ShiftModifier); // apis
    press(Qt::Key_7, Qt::AltModifier | Qt::ShiftModifier); // integrations
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(s->stageId(), QStringLiteral("wrapup"));
    note(QStringLiteral("Asked about on-call"));
    type(QStringLiteral("Thanks, last words"));         // left in the editor: kept at submit
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().value<core::Id>(), db.candidate);
    QVERIFY(bannerText(w).contains(QStringLiteral("Submitted")));
    QVERIFY(static_cast<QPlainTextEdit *>(w->findChild<QWidget *>(QStringLiteral("noteEditor")))
                ->isReadOnly());

    auto reader = db.reader();
    QVERIFY(reader);
    auto interviews = reader->interviews(db.candidate);
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
    QVERIFY(i.probesTicked.count("probe.domain.failure-modes"));
    closeAndWait(w);
}

void TestInterviewWindow::undoRedoNotesAndTags()
{
    Database db;
    QVERIFY(db.store);
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
    // Ctrl+Q marks the selected note as a quote.
    view->selectRow(0);
    press(Qt::Key_Q, Qt::ControlModifier);
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
    Database db;
    QVERIFY(db.store);
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_D, Qt::ControlModifier);
    type(QStringLiteral("pay"));
    press(Qt::Key_Return);
    QTRY_COMPARE(w->session()->regret(0).domain, std::string("payments"));
    press(Qt::Key_Return, Qt::ControlModifier);
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
    Database db;
    QVERIFY(db.store);
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    const core::Id id = w->session()->interviewId();
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Right, Qt::ControlModifier);
    press(Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier);
    closeAndWait(w);
    QCOMPARE(db.reader()->interview(id)->probesTicked,
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
    QCOMPARE(db.reader()->interview(id)->probesTicked, (std::set<std::string>{"system.scale"}));
}

void TestInterviewWindow::draftReopensWhereItWas()
{
    Database db;
    QVERIFY(db.store);
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    const core::Id id = w->session()->interviewId();
    note(QStringLiteral("context"));
    press(Qt::Key_R, Qt::ControlModifier);  // regret 2, decision stage
    press(Qt::Key_Right, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::ControlModifier); // instead
    type(QStringLiteral("half a thought"));
    press(Qt::Key_W, Qt::ControlModifier);  // close window
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
    QCOMPARE(static_cast<QPlainTextEdit *>(focused())->toPlainText(), QStringLiteral("half a thought"));
    type(QStringLiteral(", finished"));
    press(Qt::Key_Return);
    QCOMPARE(w->session()->notes()->rowCount(), 2);
    closeAndWait(w);
    stored = db.reader()->interview(id);
    QCOMPARE(stored->notes.back().text, std::string("half a thought, finished"));
    QCOMPARE(stored->pendingNote, std::string());
}

void TestInterviewWindow::tamperedSubmissionIsFlagged()
{
    Database db;
    QVERIFY(db.store);
    core::Interview i;
    i.candidateId = db.candidate;
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
    const core::Id id = *db.store->addInterview(i);
    QVERIFY(!db.store->submitInterview(id));

    QPointer<ui::InterviewWindow> w = ui::InterviewLauncher::open(*db.store, db.path, id);
    QVERIFY(w);
    QVERIFY(bannerText(w).contains(QStringLiteral("Submitted")));
    QVERIFY(!bannerText(w).contains(QStringLiteral("Modified after submission")));
    QVERIFY(!w->interviewActions()->action(ui::InterviewActions::Id::LevelProduct)->isEnabled());
    closeAndWait(w);

    QVERIFY(!db.store->database().exec("UPDATE notes SET text = 'Other words'"));
    w = ui::InterviewLauncher::open(*db.store, db.path, id);
    QVERIFY(w);
    QVERIFY(bannerText(w).contains(QStringLiteral("Modified after submission")));
    closeAndWait(w);
}

void TestInterviewWindow::newCandidateThroughTheMainWindow()
{
    Database db;
    QVERIFY(db.store);
    ui::MainWindow main(*db.store, db.path);
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
    auto candidates = db.store->candidates();
    QCOMPARE(candidates->size(), std::size_t(2));
    const core::Id added = *main.findChild<ui::Sidebar *>()->currentCandidate();
    QCOMPARE(db.store->candidate(added)->name, std::string("Ilse Brandt"));
}

// A role title nobody has yet: the role and its first candidate are added together.
void TestInterviewWindow::newCandidateWithANewRole()
{
    Database db;
    QVERIFY(db.store);
    const std::size_t roles = db.store->roles()->size();
    ui::MainWindow main(*db.store, db.path);
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
    const core::Candidate ilse = *db.store->candidate(added);
    QCOMPARE(ilse.name, std::string("Ilse Brandt"));
    QCOMPARE(db.store->role(ilse.roleId)->title, std::string("Search backend"));
    QCOMPARE(db.store->roles()->size(), roles + 1);
}

void TestInterviewWindow::levelGuideOpensWithF1()
{
    Database db;
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

void TestInterviewWindow::saveErrorStaysVisible()
{
    Database db;
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
    QVERIFY(indicator->text().size() > QStringLiteral("Not saved: ").size());
    w->close();
    QTRY_VERIFY(w.isNull());
}

void TestInterviewWindow::screenshots()
{
    // Always rendered and saved, so a screen that fails to paint fails the test; kept where
    // HINDSIGHT_SCREENSHOT_DIR says, to be looked at.
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = scratch.path();
    QVERIFY(QDir().mkpath(dir));
    const QPalette original = QApplication::palette();
    const struct { const char *name; QPalette palette; } palettes[] = {
        {"light", original}, {"dark", darkPalette()}};
    for (const auto &[paletteName, palette] : palettes) {
        QApplication::setPalette(palette);
        Database db;
        QVERIFY(db.store);
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
            QVERIFY(w->grab().save(QStringLiteral("%1/interview-%2x%3-%4.png")
                                       .arg(dir).arg(size.width()).arg(size.height())
                                       .arg(QLatin1String(paletteName))));
        }
        // A second regret, not yet tagged: submitting names what is missing.
        press(Qt::Key_Return);
        press(Qt::Key_R, Qt::ControlModifier);
        note(QStringLiteral("Hand-rolled sign-in instead of the provider's"));
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(bannerText(w).contains(QStringLiteral("Regret 2")));
        w->resize(1366, 768);
        QTest::qWait(100);
        QVERIFY(w->grab().save(QStringLiteral("%1/interview-missing-%2.png")
                                   .arg(dir, QLatin1String(paletteName))));
        closeAndWait(w);
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestInterviewWindow)
#include "tst_interviewwindow.moc"
