#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <fmt/format.h>

#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

// A merge of two candidates in the SQLite file that fails at its last step, made to fail with a
// trigger written around the store: every row it moved goes back. The store's behaviour:
// tst_candidatemerges.cpp.
class TestCandidateMergeSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aFailureChangesNothing();

private:
    std::int64_t count(const std::string &sql);
    // Rows of every table that refers to a candidate, for `id`: interviews, decisions,
    // placement overrides, merges.
    std::vector<std::int64_t> holdings(core::Id id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_store;
    core::Id m_keep = 0;
    core::Id m_gone = 0;
};

void TestCandidateMergeSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::SqliteStore::open(m_dir->filePath(QStringLiteral("db.sqlite3")).toStdString());
    QVERIFY(store);
    m_store = std::move(*store);
    const core::Id role = *m_store->saveRole(paymentBackend());
    const core::Id otherRole = *m_store->saveRole(fraudPipeline());
    m_keep = *m_store->saveCandidate({0, "Kai Berg", "", role, {}});
    m_gone = *m_store->saveCandidate({0, "Kai B.", "kai@example.org", otherRole, {}});
    QVERIFY(m_keep && m_gone);
}

std::int64_t TestCandidateMergeSchema::count(const std::string &sql)
{
    core::Statement s = m_store->database().prepare(sql);
    return s.step() == core::Statement::StepResult::Row ? s.columnInt64(0) : -1;
}

std::vector<std::int64_t> TestCandidateMergeSchema::holdings(core::Id id)
{
    std::vector<std::int64_t> list;
    for (const char *table : {"interviews", "decisions", "placement_overrides", "candidate_merges"})
        list.push_back(count(fmt::format("SELECT count(*) FROM {} WHERE candidate_id = {}", table,
                                         id)));
    return list;
}

void TestCandidateMergeSchema::aFailureChangesNothing()
{
    core::Interview i = candidateK();
    i.candidateId = m_gone;
    i.interviewer = "Mette";
    QVERIFY(m_store->addInterview(i));
    core::Decision d;
    d.candidateId = m_gone;
    d.outcome = core::Decision::Outcome::Hold;
    d.rationale = "wait";
    d.recordedBy = "Ana";
    QVERIFY(m_store->addDecision(d));
    const core::Candidate keepBefore = *m_store->candidate(m_keep);
    // The last step fails: the moves, the filled-in e-mail and the record before it must go too.
    QVERIFY(!m_store->database().exec(
        "CREATE TRIGGER refuse BEFORE DELETE ON candidates BEGIN SELECT RAISE(ABORT, 'refused'); "
        "END"));
    ChangeRecorder changes(*m_store);
    const core::Error e = m_store->mergeCandidates(m_keep, m_gone, "Ana");
    QVERIFY(e);
    QVERIFY2(e.detail.find("refused") != std::string::npos, e.detail.c_str());
    QCOMPARE(changes.take(), QString());
    QCOMPARE(holdings(m_gone), (std::vector<std::int64_t>{1, 1, 0, 0}));
    QCOMPARE(holdings(m_keep), (std::vector<std::int64_t>{0, 0, 0, 0}));
    QCOMPARE(*m_store->candidate(m_keep), keepBefore);
    QVERIFY(m_store->candidate(m_gone));

    QVERIFY(!m_store->database().exec("DROP TRIGGER refuse"));
    QVERIFY(!m_store->mergeCandidates(m_keep, m_gone, "Ana"));
    QCOMPARE(holdings(m_keep), (std::vector<std::int64_t>{1, 1, 0, 1}));
}

QTEST_GUILESS_MAIN(TestCandidateMergeSchema)
#include "tst_candidatemergeschema.moc"
