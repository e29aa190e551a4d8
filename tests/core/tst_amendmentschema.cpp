#include "tests/core/scenario.h"

#include "core/interviewseal.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <fmt/format.h>

#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;

// Sealed interviews in the SQLite file, edited with SQL behind the store's back: the tamper check
// covers the current version and its reason, a digest of schema 2-4 still verifies, and a
// discarded draft leaves no row in any table. The store's behaviour: tst_amendments.cpp.
class TestAmendmentSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tamperCheckCoversTheCurrentVersion();
    void legacyDigestStillVerifies();
    void discardedDraftLeavesNoRows();

private:
    core::Id submitted();
    std::int64_t count(const std::string &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_store;
    core::Id m_candidate = 0;
};

void TestAmendmentSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = core::SqliteStore::open(m_dir->filePath(QStringLiteral("db.sqlite3")).toStdString());
    QVERIFY(store);
    m_store = std::move(*store);
    const core::Id role = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", role, {}});
}

core::Id TestAmendmentSchema::submitted()
{
    core::Interview interview = candidateK();
    interview.candidateId = m_candidate;
    interview.interviewer = "Mette";
    interview.submitted = false;
    interview.notes = {{0, 0, 1000, "decision", "kafka per tenant", 0, false}};
    const core::Id id = *m_store->addInterview(interview);
    const core::Id regret = m_store->interview(id)->regrets.at(1).id;
    const core::TimePoint at{std::chrono::milliseconds(1795000000000)};
    [&] { QVERIFY(!m_store->setProbeTicked(id, {"probe.domain.load", regret, at}, true)); }();
    [&] { QVERIFY(!m_store->submitInterview(id)); }();
    return id;
}

std::int64_t TestAmendmentSchema::count(const std::string &sql)
{
    core::Statement s = m_store->database().prepare(sql);
    return s.step() == core::Statement::StepResult::Row ? s.columnInt64(0) : -1;
}

void TestAmendmentSchema::tamperCheckCoversTheCurrentVersion()
{
    const core::Id id = submitted();
    const core::Id amendment = *m_store->startAmendment(id, "Mette", "fix");
    QVERIFY(!m_store->submitInterview(amendment));
    QVERIFY(!m_store->database().exec(
        fmt::format("UPDATE regrets SET decision = 'edited' WHERE interview_id = {}", amendment)));
    QVERIFY(core::InterviewSeal::modifiedAfterSubmission(m_store->interviews(m_candidate)->at(0)));
    // The reason is sealed too.
    QVERIFY(!m_store->database().exec(
        fmt::format("UPDATE regrets SET decision = '' WHERE interview_id = {}", amendment)));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(*m_store->interview(amendment)));
    QVERIFY(!m_store->database().exec(fmt::format(
        "UPDATE interviews SET amend_reason = 'something else' WHERE id = {}", amendment)));
    QVERIFY(core::InterviewSeal::modifiedAfterSubmission(*m_store->interview(amendment)));
}

void TestAmendmentSchema::legacyDigestStillVerifies()
{
    // An interview sealed by schema 2-4 keeps its digest: the set of ticked probe ids.
    const core::Id id = submitted();
    core::Interview i = *m_store->interview(id);
    QVERIFY(!m_store->database().exec(fmt::format("UPDATE interviews SET digest = '{}' WHERE id = {}",
                                                  core::InterviewSeal::legacyDigest(i), id)));
    i = *m_store->interview(id);
    QCOMPARE(i.digest.size(), std::size_t(64));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(i));
    QVERIFY(!m_store->database().exec(fmt::format(
        "UPDATE probe_ticks SET probe = 'probe.domain.guarantees' WHERE interview_id = {}", id)));
    QVERIFY(core::InterviewSeal::modifiedAfterSubmission(*m_store->interview(id)));
}

void TestAmendmentSchema::discardedDraftLeavesNoRows()
{
    core::Interview draft = candidateK();
    draft.candidateId = m_candidate;
    draft.interviewer = "Sam";
    draft.submitted = false;
    draft.notes = {{0, 0, 10, "system", "one", 0, false}, {0, 0, 20, "system", "two", 0, false}};
    const core::Id older = *m_store->addInterview(draft);
    QVERIFY(!m_store->setProbeTicked(older, {"probe.domain.load", 0, {}}, true));
    const std::string rows = fmt::format(
        "SELECT (SELECT count(*) FROM regrets WHERE interview_id = {0}) + (SELECT count(*) FROM "
        "notes WHERE interview_id = {0}) + (SELECT count(*) FROM probe_ticks WHERE interview_id "
        "= {0}) + (SELECT count(*) FROM interviews WHERE id = {0})",
        older);
    QVERIFY(count(rows) > 1);
    QVERIFY(!m_store->discardDraft(older));
    QCOMPARE(count(rows), 0);
}

QTEST_GUILESS_MAIN(TestAmendmentSchema)
#include "tst_amendmentschema.moc"
