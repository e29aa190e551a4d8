// Views follow the store: a committee board, the sidebar, the candidate page and the interview
// header show what another window, the same window or another process wrote, without a
// keystroke, and keep their selection and scroll position while they do.

#include "ui/board/boarddetails.h"
#include "ui/board/boardmodel.h"
#include "ui/board/committeeboard.h"
#include "ui/board/teammodel.h"
#include "ui/candidate/candidatepage.h"
#include "ui/charts/breadthdepthchart.h"
#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/common/storewatcher.h"
#include "ui/interview/interviewheader.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/review/submitreviewdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/sidebar.h"

#include "core/scoring/scorer.h"
#include "tests/common/modeltester.h"
#include "tests/common/nextdialog.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/common/useractions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

const QString Interviewer = QStringLiteral("Mette Lund");

// The board's row of a candidate, or -1.
int rowOf(const ui::CommitteeBoard &board, const QString &name)
{
    const ui::BoardModel *model = board.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::BoardModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString cell(const ui::CommitteeBoard &board, const QString &name, int column)
{
    const int row = rowOf(board, name);
    return row < 0 ? QString() : board.model()->index(row, column).data().toString();
}

// An interchange file with one new candidate, submitted, for the demo's "Payment backend" role.
QByteArray oneCandidateForPaymentBackend(const QString &name)
{
    const QJsonObject demo = QJsonDocument::fromJson(test::readAll(test::demoFile())).object();
    QJsonObject role = demo[QStringLiteral("roles")].toArray().first().toObject();
    const QJsonObject regret{{QStringLiteral("level"), QStringLiteral("product")},
                             {QStringLiteral("depth"), 3},
                             {QStringLiteral("layers"),
                              QJsonArray{QStringLiteral("databases"), QStringLiteral("apis"),
                                         QStringLiteral("caching"), QStringLiteral("queuing")}}};
    const QJsonObject interview{{QStringLiteral("id"), QStringLiteral("i1")},
                                {QStringLiteral("interviewer"), QStringLiteral("Sam Okafor")},
                                {QStringLiteral("startedAt"), QStringLiteral("2026-11-20T10:00:00Z")},
                                {QStringLiteral("submitted"), true},
                                {QStringLiteral("regrets"), QJsonArray{regret}}};
    const QJsonObject candidate{{QStringLiteral("id"), QStringLiteral("c1")},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("roleId"), role[QStringLiteral("id")]},
                                {QStringLiteral("interviews"), QJsonArray{interview}}};
    const QJsonObject file{{QStringLiteral("format"), QStringLiteral("hindsight")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("roles"), QJsonArray{role}},
                           {QStringLiteral("candidates"), QJsonArray{candidate}}};
    return QJsonDocument(file).toJson();
}

} // namespace

class TestLiveUpdates final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void boardFollowsASubmitInAnotherWindow();
    void boardFollowsAnImportByAnotherProcess();
    void boardKeepsSelectionAndScrollWhileFollowing();
    void mainWindowFollowsTheBoardsDecision();
    void interviewHeaderFollowsARename();
    void teamRenameOnAFollowingBoard();
    void candidateMovedToAnotherRoleStaysSelected();
    void draftTypingDoesNotReloadTheBoard();
    void oneWatcherPerStore();
};

void TestLiveUpdates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
    ui::Settings().setInterviewerName(Interviewer);
}

void TestLiveUpdates::boardFollowsASubmitInAnotherWindow()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    QVERIFY(role);
    auto added = db.store().saveCandidate({0, "Ilse Brandt", "", role});
    QVERIFY(added);

    ui::CommitteeBoard board(db.store(), role);
    board.resize(1366, 768);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    const QString name = QStringLiteral("Ilse Brandt");
    QVERIFY(rowOf(board, name) >= 0);
    QCOMPARE(cell(board, name, ui::BoardModel::SubmittedColumn), QStringLiteral("0"));
    const qsizetype pointsBefore = board.chart()->candidatePoints().size();

    // The interview window writes through a DraftWriter on a connection of its own.
    QPointer<ui::InterviewWindow> w = ui::InterviewLauncher::openFor(db.store(), db.path(), *added);
    QVERIFY(w);
    // Opening the draft is a change the board shows: one draft outstanding.
    QTRY_COMPARE(cell(board, name, ui::BoardModel::DraftsColumn), QStringLiteral("1"));
    ui::InterviewSession *s = w->session();
    s->commitNote(QStringLiteral("Owned the shop's backend end to end"));
    s->setText(0, ui::RegretText::Field::Decision,
               QStringLiteral("A generic configuration layer instead of plain tables"));
    s->setLevel(0, core::Regret::Level::Product);
    s->setDepth(0, 3);
    for (const char *layer : {"databases", "apis", "caching", "queuing", "deployment", "auth"})
        s->setLayer(0, layer, true);
    QSignalSpy submitted(w.data(), &ui::InterviewWindow::interviewSubmitted);
    // Submit opens the review of what will be sealed; its Submit button seals.
    auto review = test::NextDialog::of<ui::SubmitReviewDialog>([](ui::SubmitReviewDialog *d) {
        d->findChild<QPushButton *>(QStringLiteral("submitReviewSubmit"))->click();
    });
    test::triggerAction(w, "actionSubmitInterview");
    QTRY_VERIFY(review->answered());
    QTRY_COMPARE(submitted.count(), 1);

    // The board shows the new figures, computed as core computes them, without a keystroke.
    QTRY_COMPARE(cell(board, name, ui::BoardModel::SubmittedColumn), QStringLiteral("1"));
    const ui::BoardEntry *entry = board.model()->snapshot().entry(*added);
    QVERIFY(entry);
    QCOMPARE(entry->scored.figures.draftInterviews, 0);
    QCOMPARE(entry->scored.figures.breadth, 10.0 * 6 / 8);
    QCOMPARE(entry->scored.figures.archetype, core::Archetype::Generalist);
    // And draws the candidate on the chart.
    QTRY_COMPARE(board.chart()->candidatePoints().size(), pointsBefore + 1);

    const QString dir = qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR");
    board.selectCandidate(*added);
    const QImage image = board.grab().toImage();
    QVERIFY(!image.isNull());
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(image.save(dir + QStringLiteral("/board-after-submit.png")));
    w->close();
    QTRY_VERIFY(w.isNull());
}

void TestLiveUpdates::boardFollowsAnImportByAnotherProcess()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    ui::CommitteeBoard board(db.store(), role);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    const int before = board.model()->rowCount();
    const QString name = QStringLiteral("Zora Importova");
    QCOMPARE(rowOf(board, name), -1);

    const QString file = db.filePath(QStringLiteral("one.json"));
    QVERIFY(test::writeFile(file, oneCandidateForPaymentBackend(name)));
    QProcess hindsight;
    hindsight.start(QStringLiteral(HINDSIGHT_BINARY),
                    {QStringLiteral("import"), file, QStringLiteral("--database"), db.path()});
    QVERIFY(hindsight.waitForFinished(30000));
    QCOMPARE(hindsight.exitCode(), 0);

    // Within a second of the other process's commit, with no keystroke and no call of ours.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(board, name) >= 0, 1000);
    QCOMPARE(board.model()->rowCount(), before + 1);
    QCOMPARE(cell(board, name, ui::BoardModel::SubmittedColumn), QStringLiteral("1"));
}

void TestLiveUpdates::boardKeepsSelectionAndScrollWhileFollowing()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::Role platform;
    platform.title = "Platform backend";
    const core::Id role = *db.store().saveRole(platform);
    for (int i = 0; i < 120; ++i)
        QVERIFY(db.store().saveCandidate({0, "Person " + std::to_string(1000 + i), "", role}));
    ui::CommitteeBoard board(db.store(), role);
    board.resize(1366, 768);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QTableView *table = board.table();
    const int rows = table->model()->rowCount();
    QVERIFY(rows > 60);
    table->selectRow(rows / 2);
    const core::Id selected = table->currentIndex().data(ui::BoardModel::IdRole).value<core::Id>();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Another process records a decision on some other candidate.
    auto other = db.connect();
    QVERIFY(other);
    const core::Id target = board.model()->snapshot().entries.front().id() == selected
                                ? board.model()->snapshot().entries.back().id()
                                : board.model()->snapshot().entries.front().id();
    core::Decision d;
    d.candidateId = target;
    d.outcome = core::Decision::Outcome::Hold;
    d.rationale = "Ask about the ledger again";
    d.recordedBy = "Another laptop";
    QVERIFY(other->addDecision(d));

    QTRY_VERIFY(board.model()->snapshot().entry(target)->decision() != nullptr);
    QCOMPARE(table->currentIndex().data(ui::BoardModel::IdRole).value<core::Id>(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);

    // A new candidate of the role joins the rows in place; the selection stays on its candidate.
    QVERIFY(other->saveCandidate({0, "Aaron Aaronson", "", role}));
    QTRY_COMPARE(table->model()->rowCount(), rows + 1);
    QCOMPARE(table->currentIndex().data(ui::BoardModel::IdRole).value<core::Id>(), selected);
}

void TestLiveUpdates::mainWindowFollowsTheBoardsDecision()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<ui::Sidebar *>();
    auto *page = window.findChild<ui::CandidatePage *>();
    QVERIFY(sidebar && page);
    const std::optional<core::Id> shown = sidebar->currentCandidate();
    QVERIFY(shown);
    QCOMPARE(page->candidate(), shown);
    auto *decision = window.findChild<QLabel *>(QStringLiteral("candidateDecision"));
    QVERIFY(decision);
    const QString before = decision->text();

    // The board is another window on the same store: its write reaches the page and the sidebar.
    const core::Id role = *sidebar->currentRole();
    ui::CommitteeBoard board(db.store(), role);
    core::Decision d;
    d.candidateId = *shown;
    d.outcome = core::Decision::Outcome::NoHire;
    d.rationale = "Depth in payments was not there";
    d.recordedBy = Interviewer.toStdString();
    QVERIFY(db.store().addDecision(d));
    QTRY_VERIFY(decision->text() != before);
    QVERIFY(decision->text().contains(QStringLiteral("No hire"), Qt::CaseInsensitive));
    QCOMPARE(sidebar->currentCandidate(), shown);

    // A candidate added elsewhere appears in the sidebar and in the counts.
    auto *counts = window.findChild<QLabel *>(QStringLiteral("statusCounts"));
    const QString countsBefore = counts->text();
    auto other = db.connect();
    QVERIFY(other->saveCandidate({0, "Per Olsen", "", role}));
    QTRY_VERIFY(counts->text() != countsBefore);
    QCOMPARE(sidebar->currentCandidate(), shown);
}

void TestLiveUpdates::interviewHeaderFollowsARename()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::Role r;
    r.title = "Payment backend";
    const core::Id role = *db.store().saveRole(r);
    const core::Id candidate = *db.store().saveCandidate({0, "Noor Hadad", "", role});
    QPointer<ui::InterviewWindow> w = ui::InterviewLauncher::openFor(db.store(), db.path(),
                                                                     candidate);
    QVERIFY(w);
    QVERIFY(w->windowTitle().contains(QStringLiteral("Noor Hadad")));

    // Someone corrects the spelling in the main window (another connection: another process).
    auto other = db.connect();
    QVERIFY(other->saveCandidate({candidate, "Noor Haddad", "", role}));
    QTRY_VERIFY(w->windowTitle().contains(QStringLiteral("Noor Haddad")));
    const auto labels = w->findChild<ui::InterviewHeader *>()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
        return l->text().contains(QStringLiteral("Noor Haddad"));
    }));
    w->close();
    QTRY_VERIFY(w.isNull());
}

void TestLiveUpdates::draftTypingDoesNotReloadTheBoard()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    const core::Id candidate = db.store().candidates(role)->front().id;
    ui::CommitteeBoard board(db.store(), role);
    QPointer<ui::InterviewWindow> w = ui::InterviewLauncher::openFor(db.store(), db.path(),
                                                                     candidate);
    QVERIFY(w);
    QTRY_VERIFY(board.model()->snapshot().entry(candidate)->scored.figures.draftInterviews > 0);

    // Notes typed into a draft are nobody else's business: the board does not read them.
    QSignalSpy changed(board.model(), &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 5; ++i)
        w->session()->commitNote(QStringLiteral("note %1").arg(i));
    w->session()->flush();
    QTest::qWait(3 * ui::StoreWatcher::PollIntervalMs);
    QCOMPARE(changed.count(), 0);
    w->close();
    QTRY_VERIFY(w.isNull());
}

void TestLiveUpdates::oneWatcherPerStore()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    auto first = ui::StoreWatcher::acquire(db.store());
    auto second = ui::StoreWatcher::acquire(db.store());
    QCOMPARE(first.get(), second.get());
    QSignalSpy changed(first.get(), &ui::StoreWatcher::changed);
    core::Role r;
    r.title = "Search";
    QVERIFY(db.store().saveRole(r));
    // The store's own write is announced at once, once.
    QCOMPARE(changed.count(), 1);
    const auto changes = changed.first().first().value<std::vector<core::Change>>();
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes.front().kind, core::Change::Kind::Role);
    // A failed write announces nothing.
    r.breadthDemand = 11;
    QVERIFY(!db.store().saveRole(r));
    QCOMPARE(changed.count(), 1);
}

void TestLiveUpdates::teamRenameOnAFollowingBoard()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Fraud scoring pipeline");
    ui::CommitteeBoard board(db.store(), role);
    ui::TeamModel *team = board.details()->teamModel();
    for (const char *name : {"Alice", "Bob", "Carol"}) {
        const int row = team->addMember();
        QVERIFY(row >= 0);
        QVERIFY(team->setData(team->index(row, ui::TeamModel::NameColumn), QString::fromUtf8(name)));
    }
    QCOMPARE(test::columnTexts(*team, ui::TeamModel::NameColumn),
             (QStringList{u"Alice"_s, u"Bob"_s, u"Carol"_s}));
    // The write is announced while setData runs, the board reads the team again and the renamed
    // member moves to the end (the team is sorted by name): nobody is lost or doubled.
    QVERIFY(team->setData(team->index(0, ui::TeamModel::NameColumn), u"Zed"_s));
    QCOMPARE(test::columnTexts(*team, ui::TeamModel::NameColumn),
             (QStringList{u"Bob"_s, u"Carol"_s, u"Zed"_s}));
    QCOMPARE(db.store().teamMembers(role)->size(), std::size_t(3));
    QCOMPARE(board.chart()->teamPoints().size(), 3);
}

void TestLiveUpdates::candidateMovedToAnotherRoleStaysSelected()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    auto *sidebar = window.findChild<ui::Sidebar *>();
    const core::Id gita = db.candidateId("Gita Raman");
    QVERIFY(sidebar->selectCandidate(gita));
    // Another laptop moves her to another role.
    core::Candidate moved = *db.store().candidate(gita);
    moved.roleId = db.roleId("Early-stage product engineer");
    auto other = db.connect();
    QVERIFY(other->saveCandidate(moved));
    QTRY_COMPARE(sidebar->currentRole(), std::optional(moved.roleId));
    QCOMPARE(sidebar->currentCandidate(), std::optional(gita));
    QCOMPARE(window.findChild<ui::CandidatePage *>()->candidate(), std::optional(gita));
}

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
