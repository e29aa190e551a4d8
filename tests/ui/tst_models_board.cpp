// QAbstractItemModelTester over the committee board's models, each built from the demo data's
// board snapshot and driven as the board drives it: new snapshots, blind mode, filters and
// sorting, the history growing, team members added, edited and removed. See test_models for the
// other models of ui/.

#include "ui/board/boardfiltermodel.h"
#include "ui/board/boardmodel.h"
#include "ui/board/boardsnapshot.h"
#include "ui/board/calibrationmodel.h"
#include "ui/board/evidencegapmodel.h"
#include "ui/board/historymodel.h"
#include "ui/board/teammodel.h"
#include "ui/board/whosaidwhatmodel.h"
#include "ui/common/englishplurals.h"

#include "tests/common/modeltester.h"
#include "tests/common/temporarydatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace hindsight;

class TestBoardModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void boardModelAndItsFilter();
    void underDepthFromUnprobedDomainsIsMarked();
    void calibrationModel();
    void evidenceGapModel();
    void historyModel();
    void teamModel();
    void whoSaidWhatModel();

private:
    core::SqliteStore &store() { return m_db->store(); }
    ui::BoardSnapshot snapshot(const std::string &roleTitle);

    // The demo data, afresh for each test.
    std::unique_ptr<test::TemporaryDatabase> m_db;
};

void TestBoardModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestBoardModels::init()
{
    m_db = std::make_unique<test::TemporaryDatabase>(test::TemporaryDatabase::Demo);
    QVERIFY2(*m_db, qPrintable(m_db->error()));
}

ui::BoardSnapshot TestBoardModels::snapshot(const std::string &roleTitle)
{
    auto loaded = ui::BoardSnapshot::load(store(), m_db->roleId(roleTitle));
    if (!loaded) {
        qWarning("cannot load the board of %s", roleTitle.c_str());
        return ui::BoardSnapshot();
    }
    return std::move(*loaded);
}

void TestBoardModels::boardModelAndItsFilter()
{
    using Col = ui::BoardModel::Column;
    ui::BoardModel model;
    test::testModel(&model);
    ui::BoardFilterModel filter;
    test::testModel(&filter);
    filter.setSourceModel(&model);
    filter.setSortRole(ui::BoardModel::SortRole);

    model.setSnapshot(snapshot("Payment backend"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(Col::ColumnCount));
    QCOMPARE(test::columnTexts(model, Col::NameColumn),
             QStringList({QStringLiteral("Amara Nwosu"), QStringLiteral("Gita Raman"),
                          QStringLiteral("Lars Eriksen"), QStringLiteral("Mateus Oliveira")}));
    QCOMPARE(model.indexOf(m_db->candidateId("Lars Eriksen"), Col::DraftsColumn).data().toInt(), 1);

    // Blind: every name the model gives out is the alias.
    model.setBlind(true);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, Col::NameColumn).data().toString(), model.entryAt(r)->alias);
    model.setBlind(false);

    filter.sort(Col::FitColumn, Qt::DescendingOrder);
    for (int r = 1; r < filter.rowCount(); ++r)
        QVERIFY(filter.index(r - 1, Col::FitColumn).data(ui::BoardModel::SortRole).toInt()
                >= filter.index(r, Col::FitColumn).data(ui::BoardModel::SortRole).toInt());
    filter.setText(QStringLiteral("gita"));
    QCOMPARE(filter.rowCount(), 1);
    QVERIFY(filter.isFiltering());
    filter.setDecision(ui::BoardFilterModel::DecisionFilter{}); // undecided: not Gita
    QCOMPARE(filter.rowCount(), 0);
    filter.setDecision(std::nullopt);
    filter.setText(QString());
    QVERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), 4);
    filter.setArchetype(core::Archetype::Specialist);
    const int specialists = filter.rowCount();
    for (int r = 0; r < specialists; ++r)
        QCOMPARE(filter.index(r, Col::ArchetypeColumn).data().toString(), u"Specialist");

    // Another role while filtered and sorted; then a role with no candidates.
    model.setSnapshot(snapshot("Fraud scoring pipeline"));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(filter.rowCount() <= 4);
    filter.setArchetype(std::nullopt);
    QCOMPARE(filter.rowCount(), 4);
    QVERIFY(store().saveRole({0, "Nobody yet", "", 5.0, {}}));
    model.setSnapshot(snapshot("Nobody yet"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
}

void TestBoardModels::underDepthFromUnprobedDomainsIsMarked()
{
    using Col = ui::BoardModel::Column;
    ui::BoardModel model;
    test::testModel(&model);
    ui::BoardFilterModel filter;
    filter.setSourceModel(&model);

    // The demo's Mateus Oliveira and Lars Eriksen were never asked about payments, the one domain
    // the payment backend demands: their under-depth is missing evidence.
    model.setSnapshot(snapshot("Payment backend"));
    const QString mark = QStringLiteral("Under-depth (not probed: ask about Payments)");
    for (const char *name : {"Mateus Oliveira", "Lars Eriksen"}) {
        const QModelIndex risks = model.indexOf(m_db->candidateId(name), Col::RisksColumn);
        QVERIFY2(risks.data().toString().startsWith(mark), name);
        const QString tip = risks.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(mark + QStringLiteral(": No submitted interview asked about Payments")),
                 qPrintable(tip));
        QVERIFY(tip.contains(u"missing evidence, not a weakness"));
        // The risk keeps its name: the filter on under-depth still finds them.
        QVERIFY(model.data(risks, ui::BoardModel::RisksRole)
                    .value<QList<int>>()
                    .contains(int(core::Risk::UnderDepth)));
    }
    filter.setRisk(core::Risk::UnderDepth);
    QCOMPARE(filter.rowCount(), 2);
    filter.setRisk(std::nullopt);
    // Gita Raman is a good match: nothing to mark.
    QVERIFY(!model.indexOf(m_db->candidateId("Gita Raman"), Col::RisksColumn)
                 .data()
                 .toString()
                 .contains(u"not probed"));

    // Sofía Martínez was asked about compliance and stayed shallow (database internals was never
    // asked): a weakness is among the causes, so no mark.
    model.setSnapshot(snapshot("Ledger and compliance lead"));
    const QModelIndex sofia = model.indexOf(m_db->candidateId("Sofía Martínez"), Col::RisksColumn);
    QVERIFY(sofia.isValid());
    QVERIFY(sofia.data().toString().contains(u"Under-depth"));
    QVERIFY2(!sofia.data().toString().contains(u"not probed"), qPrintable(sofia.data().toString()));
    QVERIFY(!sofia.data(Qt::ToolTipRole).toString().contains(u"not probed"));
}

void TestBoardModels::calibrationModel()
{
    ui::CalibrationModel model;
    test::testModel(&model);
    const ui::BoardSnapshot early = snapshot("Early-stage product engineer");
    QCOMPARE(early.calibration.size(), std::size_t(1));
    model.setPairs(early.calibration);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(
        model.index(0, ui::CalibrationModel::PairColumn).data().toString().contains(u"Priya Nair"));
    QCOMPARE(model.index(0, ui::CalibrationModel::InCommonColumn).data().toString(),
             QString::number(early.calibration.front().candidatesInCommon));
    QCOMPARE(model.pairAt(0)->first, std::string("Priya Nair"));
    QVERIFY(!model.pairAt(1));
    model.setPairs({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBoardModels::evidenceGapModel()
{
    ui::EvidenceGapModel model;
    test::testModel(&model);
    const ui::BoardSnapshot board = snapshot("Ledger and compliance lead");
    QVERIFY(!board.entries.empty());
    for (const ui::BoardEntry &entry : board.entries) {
        model.setGaps(entry.gaps, board.taxonomy);
        QCOMPARE(model.rowCount(), int(entry.gaps.size()));
        // The role's two domains, then every layer.
        QCOMPARE(model.rowCount(), 2 + int(board.taxonomy.layers().size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const core::EvidenceGap &gap = entry.gaps[std::size_t(r)];
            QCOMPARE(model.index(r, 0).data(ui::EvidenceGapModel::StatusRole).toInt(),
                     int(gap.status));
            QCOMPARE(model.index(r, ui::EvidenceGapModel::StatusColumn).data().toString(),
                     ui::EvidenceGapModel::statusText(gap.status));
        }
    }
    model.setGaps({}, board.taxonomy);
    QCOMPARE(model.rowCount(), 0);
}

void TestBoardModels::historyModel()
{
    ui::HistoryModel model;
    test::testModel(&model);
    const core::Id gita = m_db->candidateId("Gita Raman");
    const ui::BoardSnapshot board = snapshot("Payment backend");
    const ui::BoardEntry *before = board.entry(gita);
    QVERIFY(before);
    model.setHistory(before->decisions, before->overrides);
    QCOMPARE(model.rowCount(), 1);

    const auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
    core::Decision hold{0,     gita, core::Decision::Outcome::Hold, "Waiting for a reference",
                        "Kim", now};
    QVERIFY(store().addDecision(hold));
    core::PlacementOverride placed;
    placed.candidateId = gita;
    placed.breadth = 6.0;
    placed.depth = 7.5;
    placed.reason = "Ran the on-call rotation for every service.";
    placed.recordedBy = "Kim";
    placed.recordedAt = now;
    QVERIFY(store().addPlacementOverride(placed));
    const ui::BoardSnapshot after = snapshot("Payment backend");
    const ui::BoardEntry *entry = after.entry(gita);
    model.setHistory(entry->decisions, entry->overrides);
    QCOMPARE(model.rowCount(), 3);
    const QStringList whats = test::columnTexts(model, ui::HistoryModel::WhatColumn);
    QVERIFY2(whats.contains(u"Decision: Hold"), qPrintable(whats.join(u'|')));
    QVERIFY2(whats.contains(u"Placement: T-shaped, breadth 6, depth 7.5"),
             qPrintable(whats.join(u'|')));
    // Newest first: the demo's decision is the oldest.
    QVERIFY(model.index(2, ui::HistoryModel::WhatColumn).data().toString().startsWith(u"Decision"));
    QVERIFY(model.index(2, ui::HistoryModel::WhatColumn).data().toString() != u"Decision: Hold");
    model.setHistory({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestBoardModels::teamModel()
{
    const core::Id role = m_db->roleId("Ledger and compliance lead");
    ui::TeamModel model(store());
    // The invalid index is not editable: QAbstractItemModel allows only Qt::ItemIsDropEnabled.
    QVERIFY(!(model.flags(QModelIndex()) & Qt::ItemIsEditable));
    test::testModel(&model);
    model.setMembers(role, *store().teamMembers(role));
    QCOMPARE(model.rowCount(), 0);

    QCOMPARE(model.addMember(), 0);
    QCOMPARE(model.addMember(), 1);
    QCOMPARE(model.rowCount(), 2);
    using C = ui::TeamModel::Column;
    QVERIFY(model.flags(model.index(0, C::NameColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(0, C::NameColumn), QStringLiteral("Noor")));
    QVERIFY(model.setData(model.index(0, C::BreadthColumn), 8.5));
    QVERIFY(model.setData(model.index(0, C::DepthColumn), 3.0));
    QCOMPARE(model.index(0, C::NameColumn).data().toString(), QStringLiteral("Noor"));
    QVERIFY(model.removeMember(1));
    QCOMPARE(model.rowCount(), 1);

    // Written at once: a model read from the store again shows the same team.
    const auto stored = store().teamMembers(role);
    QCOMPARE(stored->size(), std::size_t(1));
    QCOMPARE(stored->front().name, std::string("Noor"));
    QCOMPARE(stored->front().breadth, 8.5);
    model.setMembers(role, *stored);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.removeMember(0));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(store().teamMembers(role)->empty());
}

void TestBoardModels::whoSaidWhatModel()
{
    ui::WhoSaidWhatModel model;
    test::testModel(&model);
    const ui::BoardSnapshot board = snapshot("Payment backend");
    for (const char *name : {"Mateus Oliveira", "Gita Raman", "Lars Eriksen"}) {
        const ui::BoardEntry *entry = board.entry(m_db->candidateId(name));
        QVERIFY(entry);
        model.setInterviews(entry->submitted, board.taxonomy);
        QCOMPARE(model.columnCount(), int(entry->submitted.size()));
        std::size_t regrets = 0;
        for (const core::Interview &i : entry->submitted) {
            QVERIFY(i.submitted);
            regrets = std::max(regrets, i.regrets.size());
        }
        QCOMPARE(model.rowCount(), ui::WhoSaidWhatModel::FixedRowCount + int(regrets));
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(),
                     QString::fromStdString(entry->submitted[std::size_t(c)].interviewer));
    }
    model.setInterviews({}, board.taxonomy);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_MAIN(TestBoardModels)
#include "tst_models_board.moc"
