// What the committee records and reads beside the board, on a temporary database: decisions and
// placement overrides with their history, who said what, evidence gaps, interviewer calibration
// and the current team drawn on the chart.

#include "ui/board/boardactions.h"
#include "ui/board/boarddetails.h"
#include "ui/board/boardmodel.h"
#include "ui/board/calibrationmodel.h"
#include "ui/board/committeeboard.h"
#include "ui/board/decisiondialog.h"
#include "ui/board/overridedialog.h"
#include "ui/board/teammodel.h"
#include "ui/board/whosaidwhatdialog.h"
#include "ui/board/whosaidwhatmodel.h"
#include "ui/charts/breadthdepthchart.h"
#include "ui/common/englishplurals.h"
#include "ui/common/terms.h"

#include "tests/common/temporarydatabase.h"
#include "tests/ui/boardsteps.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace hindsight;
using Col = ui::BoardModel::Column;
using test::generate;
using test::openDialog;
using test::regret;

class TestCommitteeBoardRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decisionAndOverrideHistoryRoundTrip();
    void overrideNeedsAReason();
    void whoSaidWhatShowsEachInterviewer();
    void evidenceGapsTellNotProbedFromShallow();
    void calibrationPairsAndSentences();
    void teamMembersAreDrawnApart();
};

void TestCommitteeBoardRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestCommitteeBoardRecords::decisionAndOverrideHistoryRoundTrip()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Fraud scoring pipeline");
    core::Id candidate = 0;
    {
        ui::CommitteeBoard board(db.store(), role);
        candidate = board.model()->snapshot().entries.front().id();
        board.selectCandidate(candidate);
        const std::size_t before = db.store().decisions(candidate)->size();

        board.actions()->action(ui::BoardActions::Id::RecordDecision)->trigger();
        auto *decision = openDialog<ui::DecisionDialog>(&board);
        QPushButton *ok = decision->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        decision->findChild<QAbstractButton *>(QStringLiteral("outcome-hold"))->setChecked(true);
        QVERIFY(!ok->isEnabled()); // a rationale is required
        decision->findChild<QPlainTextEdit *>(QStringLiteral("decisionRationale"))
            ->setPlainText(QStringLiteral("Waiting for the second reference."));
        QVERIFY(ok->isEnabled());
        ok->click();

        board.actions()->action(ui::BoardActions::Id::OverridePlacement)->trigger();
        auto *place = openDialog<ui::OverrideDialog>(&board);
        place->findChild<QDoubleSpinBox *>(QStringLiteral("overrideBreadth"))->setValue(6.0);
        place->findChild<QDoubleSpinBox *>(QStringLiteral("overrideDepth"))->setValue(7.5);
        place->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"))
            ->setPlainText(QStringLiteral("Ran the on-call rotation for every service."));
        place->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(db.store().decisions(candidate)->size(), before + 1);
        QCOMPARE(db.store().decisions(candidate)->back().rationale,
                 std::string("Waiting for the second reference."));
    }
    // A new board reads it back: decision on the row, placement beside the formula's figures.
    ui::CommitteeBoard board(db.store(), role);
    const QModelIndex row = board.model()->indexOf(candidate, Col::DecisionColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("Hold"));
    const ui::BoardEntry *e = board.model()->snapshot().entry(candidate);
    QCOMPARE(e->overrides.size(), std::size_t(1));
    QCOMPARE(e->overrides.back().breadth, 6.0);
    QCOMPARE(board.model()->indexOf(candidate, Col::PlacementColumn).data().toString(),
             QStringLiteral("T-shaped · breadth 6 · depth 7.5"));
    // The formula's figures are untouched.
    QCOMPARE(board.model()->indexOf(candidate, Col::BreadthColumn).data().toString(),
             ui::Terms::figure(e->scored.figures.breadth));
    board.selectCandidate(candidate);
    const auto *history =
        board.details()->findChild<QTableView *>(QStringLiteral("historyTable"))->model();
    QVERIFY(history->rowCount() >= 2);
    QStringList whats;
    for (int r = 0; r < history->rowCount(); ++r)
        whats << history->index(r, 2).data().toString();
    QVERIFY(whats.contains(QStringLiteral("Decision: Hold")));
    QVERIFY(whats.contains(QStringLiteral("Placement: T-shaped, breadth 6, depth 7.5")));
}

void TestCommitteeBoardRecords::overrideNeedsAReason()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Fraud scoring pipeline");
    ui::CommitteeBoard board(db.store(), role);
    board.selectCandidate(board.model()->snapshot().entries.front().id());
    board.actions()->action(ui::BoardActions::Id::OverridePlacement)->trigger();
    auto *place = openDialog<ui::OverrideDialog>(&board);
    QPushButton *ok = place->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    place->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"))
        ->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    // The store refuses a blank reason too, whoever calls it.
    core::PlacementOverride blank;
    blank.candidateId = board.model()->snapshot().entries.front().id();
    blank.reason = " ";
    QVERIFY(!db.store().addPlacementOverride(blank));
}

void TestCommitteeBoardRecords::whoSaidWhatShowsEachInterviewer()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    ui::CommitteeBoard board(db.store(), role);
    const ui::BoardEntry *flagged = nullptr;
    for (const ui::BoardEntry &e : board.model()->snapshot().entries) {
        if (e.scored.disagreement)
            flagged = &e;
    }
    QVERIFY2(flagged, "the demo data has a disagreement on the payment backend");
    board.selectCandidate(flagged->id());
    board.actions()->action(ui::BoardActions::Id::WhoSaidWhat)->trigger();
    auto *dialog = openDialog<ui::WhoSaidWhatDialog>(&board);
    const ui::WhoSaidWhatModel *m = dialog->model();
    QCOMPARE(m->columnCount(), int(flagged->submitted.size()));
    for (int c = 0; c < m->columnCount(); ++c)
        QCOMPARE(m->headerData(c, Qt::Horizontal).toString(),
                 QString::fromStdString(flagged->submitted[std::size_t(c)].interviewer));
    bool someRowFlagged = false;
    for (int r = 0; r < m->rowCount(); ++r)
        someRowFlagged = someRowFlagged || m->rowDisagrees(r);
    QVERIFY(someRowFlagged);
    QCOMPARE(m->rowCount(),
             ui::WhoSaidWhatModel::FixedRowCount
                 + int(std::max_element(flagged->submitted.begin(), flagged->submitted.end(),
                                        [](const auto &a, const auto &b) {
        return a.regrets.size() < b.regrets.size();
                       })->regrets.size()));
}

void TestCommitteeBoardRecords::evidenceGapsTellNotProbedFromShallow()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::Role role;
    role.title = "Ledger";
    role.breadthDemand = 5;
    role.domainDemands = {{"payments", 3}, {"compliance", 2}};
    const core::Id roleId = *db.store().saveRole(role);
    const core::Id id = *db.store().saveCandidate({0, "Pat", "", roleId});
    core::Interview i;
    i.candidateId = id;
    i.interviewer = "Ana";
    i.submitted = true;
    i.regrets = {regret(core::Regret::Level::Domain, "payments", 1, {"databases"})};
    QVERIFY(db.store().addInterview(i));

    ui::CommitteeBoard board(db.store(), roleId);
    board.selectCandidate(id);
    const auto *gaps = board.details()->findChild<QTableView *>(QStringLiteral("gapsTable"))->model();
    QMap<QString, QString> status;
    for (int r = 0; r < gaps->rowCount(); ++r)
        status[gaps->index(r, 1).data().toString()] = gaps->index(r, 2).data().toString();
    QCOMPARE(status.value(QStringLiteral("Payments")), QStringLiteral("Probed, shallow"));
    QCOMPARE(status.value(QStringLiteral("Compliance")), QStringLiteral("Not probed"));
    QCOMPARE(board.model()->indexOf(id, Col::GapsColumn).data(ui::BoardModel::SortRole).toInt(),
             1 + 7); // compliance and every layer but databases
}

void TestCommitteeBoardRecords::calibrationPairsAndSentences()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = generate(db.store(), 40);
    ui::CommitteeBoard board(db.store(), role);
    const auto *view = board.details()->findChild<QTableView *>(QStringLiteral("calibrationTable"));
    const auto &pairs = board.model()->snapshot().calibration;
    QVERIFY(!pairs.empty());
    QCOMPARE(view->model()->rowCount(), int(pairs.size()));
    for (const core::InterviewerPair &p : pairs) {
        QVERIFY(p.candidatesInCommon >= 3);
        const QStringList sentences = ui::CalibrationModel::explain(p);
        QCOMPARE(sentences.size(), 4);
        QVERIFY(sentences[0].contains(QString::fromStdString(p.first)));
    }
    QVERIFY(!board.details()
                 ->findChild<QLabel *>(QStringLiteral("calibrationExplanation"))
                 ->text()
                 .isEmpty());
    // The demo data fills the view too: two interviewers share three early-stage candidates.
    test::TemporaryDatabase demo(test::TemporaryDatabase::Demo);
    QVERIFY2(demo, qPrintable(demo.error()));
    ui::CommitteeBoard early(demo.store(), demo.roleId("Early-stage product engineer"));
    QCOMPARE(early.model()->snapshot().calibration.size(), std::size_t(1));
    QCOMPARE(early.model()->snapshot().calibration.front().first, std::string("Priya Nair"));
    // The no-variation case is worded, not shown as a number.
    core::InterviewerPair same{"A", "B", 3, 100.0, std::nullopt, 0.0, 0.0, {}, {}};
    QVERIFY(ui::CalibrationModel::explain(same)[1].contains(QStringLiteral("undefined")));
}

void TestCommitteeBoardRecords::teamMembersAreDrawnApart()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    {
        ui::CommitteeBoard board(db.store(), role);
        const int before = int(board.chart()->teamPoints().size());
        board.actions()->action(ui::BoardActions::Id::AddTeamMember)->trigger();
        ui::TeamModel *team = board.details()->teamModel();
        const int row = team->rowCount() - 1;
        QVERIFY(team->setData(team->index(row, ui::TeamModel::NameColumn), QStringLiteral("Noor")));
        QVERIFY(team->setData(team->index(row, ui::TeamModel::BreadthColumn), 8.5));
        QVERIFY(team->setData(team->index(row, ui::TeamModel::DepthColumn), 3.0));
        QCOMPARE(board.chart()->teamPoints().size(), before + 1);
        QVERIFY(board.chart()->teamPoints().contains(QPointF(8.5, 3.0)));
        QVERIFY(board.chart()
                    ->tooltipAt(QPointF(8.5, 3.0))
                    .contains(QStringLiteral("Noor (team member)")));
    }
    bool found = false;
    for (const core::TeamMember &m : *db.store().teamMembers(role))
        found = found || (m.name == "Noor" && m.breadth == 8.5 && m.depth == 3.0);
    QVERIFY(found);
}

QTEST_MAIN(TestCommitteeBoardRecords)
#include "tst_committeeboard_records.moc"
