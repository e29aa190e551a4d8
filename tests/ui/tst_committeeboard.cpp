#include "ui/board/boardactions.h"
#include "ui/board/boarddetails.h"
#include "ui/board/boardfiltermodel.h"
#include "ui/board/boardmodel.h"
#include "ui/charts/breadthdepthchart.h"
#include "ui/board/calibrationmodel.h"
#include "ui/board/committeeboard.h"
#include "ui/board/decisiondialog.h"
#include "ui/common/dialogs.h"
#include "ui/common/englishplurals.h"
#include "ui/board/overridedialog.h"
#include "ui/board/teammodel.h"
#include "ui/common/terms.h"
#include "ui/board/whosaidwhatdialog.h"
#include "ui/board/whosaidwhatmodel.h"
#include "ui/interchange/jsonimporter.h"

#include "core/storage/sqlitestore.h"

#include "tests/common/darkpalette.h"
#include "tests/common/testfiles.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using Col = ui::BoardModel::Column;

namespace {

struct Database
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("board.sqlite3"));
    std::unique_ptr<core::SqliteStore> store = test::openStore(path);
};

core::Id roleIdByTitle(core::Store &store, const std::string &title)
{
    for (const core::Role &r : *store.roles()) {
        if (r.title == title)
            return r.id;
    }
    return 0;
}

bool importDemo(core::Store &store)
{
    return !interchange::JsonImporter::importFile(
        store, QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/demo/demo.json"));
}

core::Regret regret(core::Regret::Level level, const std::string &domain, int depth,
                    std::set<std::string> layers)
{
    core::Regret r;
    r.level = level;
    r.domain = domain;
    r.depth = depth;
    r.layers = std::move(layers);
    r.decision = "A decision they would reverse";
    return r;
}

// `count` candidates for one role, each with two or three submitted interviews by a rotating
// panel and now and then a draft, from a fixed seed: the same board every run.
core::Id generate(core::Store &store, int count)
{
    core::Role role;
    role.title = "Platform backend";
    role.breadthDemand = 6.25;
    role.domainDemands = {{"distributed-systems", 3}, {"payments", 2}};
    const core::Id roleId = *store.saveRole(role);
    const std::vector<std::string> interviewers{"Ana", "Ben", "Chloé", "Dev"};
    const std::vector<std::string> layers{"apis", "databases", "caching", "queuing",
                                          "deployment", "observability", "auth", "integrations"};
    const std::vector<std::string> domains{"distributed-systems", "payments", "streaming",
                                           "performance"};
    QRandomGenerator rng(20261123);
    for (int c = 0; c < count; ++c) {
        core::Candidate candidate{0, "Generated Person " + std::to_string(c + 1), "", roleId};
        const core::Id id = *store.saveCandidate(candidate);
        const int panel = 2 + int(rng.bounded(2));
        for (int k = 0; k < panel; ++k) {
            core::Interview i;
            i.candidateId = id;
            i.interviewer = interviewers[std::size_t((c + k) % 4)];
            i.submitted = k < 2 || rng.bounded(3) > 0;
            const int regrets = 1 + int(rng.bounded(3));
            for (int r = 0; r < regrets; ++r) {
                std::set<std::string> ls;
                for (int l = 0; l < 1 + int(rng.bounded(4)); ++l)
                    ls.insert(layers[rng.bounded(int(layers.size()))]);
                const bool product = rng.bounded(2) == 0;
                i.regrets.push_back(regret(product ? core::Regret::Level::Product
                                                   : core::Regret::Level::Domain,
                                           product ? "" : domains[rng.bounded(int(domains.size()))],
                                           int(rng.bounded(5)), ls));
            }
            store.addInterview(i);
        }
    }
    return roleId;
}

// Every text a user could read or a screen reader could speak in the widget tree.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (QWidget *w : root->findChildren<QWidget *>()) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName() << w->statusTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < m->rowCount(); ++r) {
                texts << m->headerData(r, Qt::Vertical).toString();
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                     int(Qt::AccessibleTextRole)})
                        texts << i.data(role).toString();
                }
            }
        }
    }
    return texts;
}

template<typename T>
T *openDialog(QWidget *board)
{
    // The board opens its dialogs with open(): they exist as soon as the action returns.
    T *dialog = board->findChild<T *>();
    if (!dialog)
        qWarning("no dialog");
    return dialog;
}

} // namespace

class TestCommitteeBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortingAndFilteringThroughTheProxy();
    void selectionIsLinkedBothWays();
    void boardUsesSubmittedInterviewsOnly();
    void blindModeLeaksNoName();
    void decisionAndOverrideHistoryRoundTrip();
    void overrideNeedsAReason();
    void whoSaidWhatShowsEachInterviewer();
    void evidenceGapsTellNotProbedFromShallow();
    void calibrationPairsAndSentences();
    void teamMembersAreDrawnApart();
    void csvExportAndUnwritablePath();
    void screenshots_data();
    void screenshots();
};

void TestCommitteeBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestCommitteeBoard::sortingAndFilteringThroughTheProxy()
{
    Database db;
    QVERIFY(db.store && importDemo(*db.store));
    const core::Id role = roleIdByTitle(*db.store, "Fraud scoring pipeline");
    ui::CommitteeBoard board(*db.store, role);
    ui::BoardFilterModel *proxy = board.filterModel();
    QCOMPARE(proxy->rowCount(), 4);

    // Sorted by fit, highest first, by default; then by name both ways.
    for (int r = 1; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r - 1, Col::FitColumn).data(ui::BoardModel::SortRole).toInt()
                >= proxy->index(r, Col::FitColumn).data(ui::BoardModel::SortRole).toInt());
    proxy->sort(Col::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, Col::NameColumn).data().toString(), QStringLiteral("Chen Wei"));
    proxy->sort(Col::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, Col::NameColumn).data().toString(), QStringLiteral("Rahul Mehta"));

    proxy->setArchetype(core::Archetype::Specialist);
    QCOMPARE(proxy->rowCount(), 2);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, Col::ArchetypeColumn).data().toString(), QStringLiteral("Specialist"));
    proxy->setArchetype(std::nullopt);

    proxy->setRisk(core::Risk::GoodMatch);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, Col::NameColumn).data().toString(), QStringLiteral("Kai Lindqvist"));
    proxy->setRisk(std::nullopt);

    proxy->setDecision(ui::BoardFilterModel::DecisionFilter{core::Decision::Outcome::Advance});
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, Col::DecisionColumn).data().toString(), QStringLiteral("Advance"));
    proxy->setDecision(ui::BoardFilterModel::DecisionFilter{}); // undecided
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, Col::DecisionColumn).data().toString().isEmpty());
    const auto &entries = board.model()->snapshot().entries;
    const auto undecided = std::count_if(entries.begin(), entries.end(),
                                         [](const ui::BoardEntry &e) { return !e.decision(); });
    QVERIFY(undecided > 0 && undecided < qsizetype(entries.size()));
    QCOMPARE(proxy->rowCount(), int(undecided));
    proxy->setDecision(std::nullopt);

    proxy->setText(QStringLiteral("fatima"));
    QCOMPARE(proxy->rowCount(), 1);
    // The chart draws what the table shows.
    QCOMPARE(board.chart()->candidatePoints().size(), 1);
    board.actions()->action(ui::BoardActions::Id::ClearFilters)->trigger();
    QCOMPARE(proxy->rowCount(), 4);
    QCOMPARE(board.chart()->candidatePoints().size(), 4);
}

void TestCommitteeBoard::selectionIsLinkedBothWays()
{
    Database db;
    QVERIFY(db.store && importDemo(*db.store));
    const core::Id role = roleIdByTitle(*db.store, "Payment backend");
    ui::CommitteeBoard board(*db.store, role);
    const ui::BoardSnapshot &s = board.model()->snapshot();
    QVERIFY(s.entries.size() >= 2);

    // Row to point.
    const core::Id first = s.entries[0].id();
    board.table()->setCurrentIndex(
        board.filterModel()->mapFromSource(board.model()->indexOf(first)));
    QCOMPARE(board.chart()->selectedCandidate(), std::optional(first));
    // The selected candidate's interviews are drawn, nobody else's.
    QCOMPARE(board.chart()->interviewPoints().size(),
             qsizetype(s.entries[0].scored.figures.interviews.size()));

    // Point to row.
    const core::Id second = s.entries[1].id();
    emit board.chart()->candidateClicked(second);
    QCOMPARE(board.selectedCandidate(), std::optional(second));
    QCOMPARE(board.table()->currentIndex().data(ui::BoardModel::IdRole).value<core::Id>(), second);
}

void TestCommitteeBoard::boardUsesSubmittedInterviewsOnly()
{
    Database db;
    QVERIFY(db.store);
    const core::Id role = generate(*db.store, 30);
    ui::CommitteeBoard board(*db.store, role);
    int drafts = 0;
    for (const ui::BoardEntry &e : board.model()->snapshot().entries) {
        drafts += e.scored.figures.draftInterviews;
        for (const core::Interview &i : e.submitted)
            QVERIFY(i.submitted);
        QCOMPARE(qsizetype(e.submitted.size()), qsizetype(e.scored.figures.submittedInterviews));
        const QModelIndex row = board.model()->indexOf(e.id(), Col::DraftsColumn);
        QCOMPARE(row.data().toInt(), e.scored.figures.draftInterviews);
    }
    QVERIFY(drafts > 0); // the generator makes some, so the test means something
    QVERIFY(board.findChild<QLabel *>(QStringLiteral("boardSubtitle"))
                ->text()
                .contains(QStringLiteral("%1 drafts outstanding").arg(drafts)));
}

void TestCommitteeBoard::blindModeLeaksNoName()
{
    Database db;
    QVERIFY(db.store && importDemo(*db.store));
    for (const core::Role &role : *db.store->roles()) {
        ui::CommitteeBoard board(*db.store, role.id);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.actions()->action(ui::BoardActions::Id::BlindMode)->setChecked(true);
        const auto &entries = board.model()->snapshot().entries;

        QStringList texts;
        QStringList aliases;
        for (const ui::BoardEntry &e : entries) {
            aliases << e.alias;
            board.selectCandidate(e.id());
            texts << visibleTexts(&board);
            texts << board.chart()->tooltipFor(e.id()) << board.chart()->nameLabels();
            board.actions()->action(ui::BoardActions::Id::WhoSaidWhat)->trigger();
            auto *who = openDialog<ui::WhoSaidWhatDialog>(&board);
            QVERIFY(who);
            texts << visibleTexts(who);
            delete who;
            board.actions()->action(ui::BoardActions::Id::RecordDecision)->trigger();
            auto *decision = openDialog<ui::DecisionDialog>(&board);
            texts << visibleTexts(decision);
            delete decision;
        }
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("blind.csv"));
        QVERIFY(!board.exportCsv(csv));
        texts << QString::fromUtf8(test::readAll(csv));

        const QString all = texts.join(QLatin1Char('\n'));
        for (const ui::BoardEntry &e : entries) {
            const QString name = QString::fromStdString(e.scored.candidate.name);
            QVERIFY2(!all.contains(name), qPrintable(name + QStringLiteral(" leaks in blind mode")));
            // Surnames alone too: "Lindqvist" names Kai Lindqvist as well as the full name does.
            for (const QString &part : name.split(QLatin1Char(' ')))
                QVERIFY2(part.size() < 4 || !all.contains(part), qPrintable(part));
            QVERIFY2(all.contains(e.alias), qPrintable(e.alias));
        }
        // A real name finds nothing in blind mode; the alias finds its candidate.
        board.filterModel()->setText(QString::fromStdString(entries.front().scored.candidate.name));
        QCOMPARE(board.filterModel()->rowCount(), 0);
        board.filterModel()->setText(entries.front().alias);
        QCOMPARE(board.filterModel()->rowCount(), 1);
    }
}

void TestCommitteeBoard::decisionAndOverrideHistoryRoundTrip()
{
    Database db;
    QVERIFY(db.store && importDemo(*db.store));
    const core::Id role = roleIdByTitle(*db.store, "Fraud scoring pipeline");
    core::Id candidate = 0;
    {
        ui::CommitteeBoard board(*db.store, role);
        candidate = board.model()->snapshot().entries.front().id();
        board.selectCandidate(candidate);
        const std::size_t before = db.store->decisions(candidate)->size();

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

        QCOMPARE(db.store->decisions(candidate)->size(), before + 1);
        QCOMPARE(db.store->decisions(candidate)->back().rationale,
                 std::string("Waiting for the second reference."));
    }
    // A new board reads it back: decision on the row, placement beside the formula's figures.
    ui::CommitteeBoard board(*db.store, role);
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
    const auto *history = board.details()->findChild<QTableView *>(QStringLiteral("historyTable"))->model();
    QVERIFY(history->rowCount() >= 2);
    QStringList whats;
    for (int r = 0; r < history->rowCount(); ++r)
        whats << history->index(r, 2).data().toString();
    QVERIFY(whats.contains(QStringLiteral("Decision: Hold")));
    QVERIFY(whats.contains(QStringLiteral("Placement: T-shaped, breadth 6, depth 7.5")));
}

void TestCommitteeBoard::overrideNeedsAReason()
{
    Database db;
    QVERIFY(db.store && importDemo(*db.store));
    const core::Id role = roleIdByTitle(*db.store, "Fraud scoring pipeline");
    ui::CommitteeBoard board(*db.store, role);
    board.selectCandidate(board.model()->snapshot().entries.front().id());
    board.actions()->action(ui::BoardActions::Id::OverridePlacement)->trigger();
    auto *place = openDialog<ui::OverrideDialog>(&board);
    QPushButton *ok = place->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    place->findChild<QPlainTextEdit *>(QStringLiteral("overrideReason"))->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    // The store refuses a blank reason too, whoever calls it.
    core::PlacementOverride blank;
    blank.candidateId = board.model()->snapshot().entries.front().id();
    blank.reason = " ";
    QVERIFY(!db.store->addPlacementOverride(blank));
}

void TestCommitteeBoard::whoSaidWhatShowsEachInterviewer()
{
    Database db;
    QVERIFY(db.store && importDemo(*db.store));
    const core::Id role = roleIdByTitle(*db.store, "Payment backend");
    ui::CommitteeBoard board(*db.store, role);
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
    QCOMPARE(m->rowCount(), ui::WhoSaidWhatModel::FixedRowCount
                                + int(std::max_element(flagged->submitted.begin(),
                                                       flagged->submitted.end(),
                                                       [](const auto &a, const auto &b) {
                                                           return a.regrets.size() < b.regrets.size();
                                                       })
                                          ->regrets.size()));
}

void TestCommitteeBoard::evidenceGapsTellNotProbedFromShallow()
{
    Database db;
    QVERIFY(db.store);
    core::Role role;
    role.title = "Ledger";
    role.breadthDemand = 5;
    role.domainDemands = {{"payments", 3}, {"compliance", 2}};
    const core::Id roleId = *db.store->saveRole(role);
    const core::Id id = *db.store->saveCandidate({0, "Pat", "", roleId});
    core::Interview i;
    i.candidateId = id;
    i.interviewer = "Ana";
    i.submitted = true;
    i.regrets = {regret(core::Regret::Level::Domain, "payments", 1, {"databases"})};
    QVERIFY(db.store->addInterview(i));

    ui::CommitteeBoard board(*db.store, roleId);
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

void TestCommitteeBoard::calibrationPairsAndSentences()
{
    Database db;
    QVERIFY(db.store);
    const core::Id role = generate(*db.store, 40);
    ui::CommitteeBoard board(*db.store, role);
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
    Database demo;
    QVERIFY(demo.store && importDemo(*demo.store));
    ui::CommitteeBoard early(*demo.store, roleIdByTitle(*demo.store, "Early-stage product engineer"));
    QCOMPARE(early.model()->snapshot().calibration.size(), std::size_t(1));
    QCOMPARE(early.model()->snapshot().calibration.front().first, std::string("Priya Nair"));
    // The no-variation case is worded, not shown as a number.
    core::InterviewerPair same{"A", "B", 3, 100.0, std::nullopt, 0.0, 0.0};
    QVERIFY(ui::CalibrationModel::explain(same)[1].contains(QStringLiteral("undefined")));
}

void TestCommitteeBoard::teamMembersAreDrawnApart()
{
    Database db;
    QVERIFY(db.store && importDemo(*db.store));
    const core::Id role = roleIdByTitle(*db.store, "Payment backend");
    {
        ui::CommitteeBoard board(*db.store, role);
        const int before = int(board.chart()->teamPoints().size());
        board.actions()->action(ui::BoardActions::Id::AddTeamMember)->trigger();
        ui::TeamModel *team = board.details()->teamModel();
        const int row = team->rowCount() - 1;
        QVERIFY(team->setData(team->index(row, ui::TeamModel::NameColumn), QStringLiteral("Noor")));
        QVERIFY(team->setData(team->index(row, ui::TeamModel::BreadthColumn), 8.5));
        QVERIFY(team->setData(team->index(row, ui::TeamModel::DepthColumn), 3.0));
        QCOMPARE(board.chart()->teamPoints().size(), before + 1);
        QVERIFY(board.chart()->teamPoints().contains(QPointF(8.5, 3.0)));
        QVERIFY(board.chart()->tooltipAt(QPointF(8.5, 3.0)).contains(QStringLiteral("Noor (team member)")));
    }
    bool found = false;
    for (const core::TeamMember &m : *db.store->teamMembers(role))
        found = found || (m.name == "Noor" && m.breadth == 8.5 && m.depth == 3.0);
    QVERIFY(found);
}

void TestCommitteeBoard::csvExportAndUnwritablePath()
{
    Database db;
    QVERIFY(db.store && importDemo(*db.store));
    const core::Id role = roleIdByTitle(*db.store, "Payment backend");
    ui::CommitteeBoard board(*db.store, role);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("board.csv"));
    QVERIFY(!board.exportCsv(good));
    const QByteArray csv = test::readAll(good);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "Candidate,"));
    QCOMPARE(csv.count("\r\n"), board.filterModel()->rowCount() + 1);

    const QString unwritable = dir.filePath(QStringLiteral("missing/folder/board.csv"));
    const auto failure = board.exportCsv(unwritable);
    QVERIFY(failure);
    QVERIFY(failure->sentence().contains(unwritable));
    QVERIFY(!QFile::exists(unwritable));
}

void TestCommitteeBoard::screenshots_data()
{
    QTest::addColumn<int>("generated");
    QTest::addColumn<bool>("dark");
    QTest::newRow("demo-light") << 0 << false;
    QTest::newRow("demo-dark") << 0 << true;
    QTest::newRow("200-light") << 200 << false;
    QTest::newRow("200-dark") << 200 << true;
}

void TestCommitteeBoard::screenshots()
{
    QFETCH(int, generated);
    QFETCH(bool, dark);
    Database db;
    QVERIFY(db.store);
    core::Id role = 0;
    if (generated > 0) {
        role = generate(*db.store, generated);
    } else {
        QVERIFY(importDemo(*db.store));
        role = roleIdByTitle(*db.store, "Payment backend");
        // The team the demo database places, so the screenshot shows it drawn apart.
        QVERIFY(db.store->saveTeamMember({0, role, "Jonas Berg", 8.0, 3.75}));
        QVERIFY(db.store->saveTeamMember({0, role, "Rafael Costa", 3.5, 9.0}));
    }
    const QPalette light = QApplication::palette();
    if (dark)
        QApplication::setPalette(test::darkPalette());
    {
        ui::CommitteeBoard board(*db.store, role);
        board.resize(1600, 1000);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.table()->selectRow(0);
        QApplication::processEvents();
        QCOMPARE(board.chart()->teamPoints().size(), generated > 0 ? 0 : 2);
        QCOMPARE(board.chart()->candidatePoints().size(),
                 qsizetype(std::count_if(board.model()->snapshot().entries.begin(),
                                         board.model()->snapshot().entries.end(),
                                         [](const ui::BoardEntry &e) {
                                             return e.scored.figures.submittedInterviews > 0;
                                         })));
        // A crowded board drops the name labels; a small one names its points.
        QCOMPARE(board.chart()->nameLabels().isEmpty(), generated > ui::BreadthDepthChart::LabelLimit);
        const QImage image = board.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 1000));
        const QString dir = qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            QVERIFY(image.save(dir + QStringLiteral("/board-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestCommitteeBoard)
#include "tst_committeeboard.moc"
