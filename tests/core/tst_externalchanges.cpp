#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <fmt/format.h>
#include <sqlite3.h>

using namespace hindsight;
using namespace hindsight::test;
using K = core::Change::Kind;

namespace {

int countStatement(unsigned, void *count, void *, void *)
{
    ++*static_cast<int *>(count);
    return 0;
}

} // namespace

// Two stores on one file, as two windows or two processes would have: each learns what the other
// committed through pollExternalChanges (the change log), in order, once, and never its own.
class TestExternalChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void othersWritesArePolledInOrderOnce();
    void ownWritesAreNeverPolled();
    void interleavedWritersSeeOnlyEachOther();
    void pollIsOnePragmaWhenNothingChanged();
    void changesBeforeOpeningAreNotPolled();
    void prunedChangesReportDataset();
    void theLogStaysBounded();

private:
    std::unique_ptr<core::SqliteStore> open();
    std::int64_t execInt(core::SqliteStore &store, const char *sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_a;
    std::unique_ptr<core::SqliteStore> m_b;
};

std::unique_ptr<core::SqliteStore> TestExternalChanges::open()
{
    const QString file = m_dir->filePath(QStringLiteral("db.sqlite3"));
    auto store = core::SqliteStore::open(file.toStdString());
    return store ? std::move(*store) : nullptr;
}

std::int64_t TestExternalChanges::execInt(core::SqliteStore &store, const char *sql)
{
    core::Statement s = store.database().prepare(sql);
    return s.step() == core::Statement::StepResult::Row ? s.columnInt64(0) : -1;
}

void TestExternalChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_a = open();
    m_b = open();
    QVERIFY(m_a && m_b);
}

void TestExternalChanges::cleanup()
{
    m_a.reset();
    m_b.reset();
}

void TestExternalChanges::othersWritesArePolledInOrderOnce()
{
    ChangeRecorder heardByB(*m_b);
    const core::Id role = *m_a->saveRole(paymentBackend());
    const core::Id candidate = *m_a->saveCandidate({0, "Gita", "", role, {}});
    QVERIFY(m_a->addDecision({0, candidate, core::Decision::Outcome::Hold, "", "", {}}));
    QCOMPARE(heardByB.take(), QString()); // nothing until B polls

    auto polled = m_b->pollExternalChanges();
    QVERIFY(polled);
    const QString expected = describe(
        {{K::Role, role}, {K::Candidate, candidate}, {K::Decision, candidate}});
    QCOMPARE(describe(*polled), expected);
    QCOMPARE(heardByB.take(), expected); // announced too, in the same order
    QCOMPARE(m_b->candidate(candidate)->name, std::string("Gita"));

    auto again = m_b->pollExternalChanges();
    QVERIFY(again);
    QCOMPARE(describe(*again), QString());
    QCOMPARE(heardByB.take(), QString());
}

void TestExternalChanges::ownWritesAreNeverPolled()
{
    const core::Id role = *m_a->saveRole(paymentBackend());
    QVERIFY(m_a->saveCandidate({0, "Gita", "", role, {}}));
    auto own = m_a->pollExternalChanges();
    QVERIFY(own);
    QCOMPARE(describe(*own), QString());
    auto seenByB = m_b->pollExternalChanges();
    QVERIFY(seenByB);
    QCOMPARE(seenByB->size(), std::size_t(2));
}

// A writes, B writes without having polled, A writes again: B's own row sits between A's.
void TestExternalChanges::interleavedWritersSeeOnlyEachOther()
{
    const core::Id first = *m_a->saveRole(paymentBackend());
    const core::Id second = *m_b->saveRole(fraudPipeline());
    const core::Id third = *m_a->saveRole(role("Search backend", 5, {}));
    const core::Id member = *m_b->saveTeamMember({0, first, "Ada", 5, 5});

    auto seenByA = m_a->pollExternalChanges();
    QVERIFY(seenByA);
    QCOMPARE(describe(*seenByA), describe({{K::Role, second}, {K::TeamMember, first}}));
    auto seenByB = m_b->pollExternalChanges();
    QVERIFY(seenByB);
    QCOMPARE(describe(*seenByB), describe({{K::Role, first}, {K::Role, third}}));

    // And after that, each still sees the other's next write, once.
    QVERIFY(!m_b->deleteTeamMember(member));
    QCOMPARE(describe(*m_a->pollExternalChanges()), describe({{K::TeamMember, first}}));
    QCOMPARE(describe(*m_b->pollExternalChanges()), QString());
    QCOMPARE(describe(*m_a->pollExternalChanges()), QString());
}

void TestExternalChanges::pollIsOnePragmaWhenNothingChanged()
{
    QVERIFY(m_a->saveRole(paymentBackend()));
    QVERIFY(m_b->pollExternalChanges());
    int statements = 0;
    sqlite3_trace_v2(m_b->database().handle(), SQLITE_TRACE_STMT, countStatement, &statements);
    auto nothing = m_b->pollExternalChanges();
    QVERIFY(nothing);
    QVERIFY(nothing->empty());
    QCOMPARE(statements, 1);
    // Once another connection commits, the poll reads the log as well.
    QVERIFY(m_a->saveRole(fraudPipeline()));
    statements = 0;
    auto one = m_b->pollExternalChanges();
    sqlite3_trace_v2(m_b->database().handle(), 0, nullptr, nullptr);
    QVERIFY(one);
    QCOMPARE(one->size(), std::size_t(1));
    QCOMPARE(statements, 2);
}

void TestExternalChanges::changesBeforeOpeningAreNotPolled()
{
    QVERIFY(m_a->saveRole(paymentBackend()));
    auto late = open();
    QVERIFY(late);
    auto polled = late->pollExternalChanges();
    QVERIFY(polled);
    QVERIFY(polled->empty());
    const core::Id role = *m_a->saveRole(fraudPipeline());
    QCOMPARE(describe(*late->pollExternalChanges()), describe({{K::Role, role}}));
}

// Rows pruned before a store read them are reported as one Dataset change: anything may have
// changed, so every view reads again.
void TestExternalChanges::prunedChangesReportDataset()
{
    const core::Id first = *m_a->saveRole(paymentBackend());
    const core::Id second = *m_a->saveRole(fraudPipeline());
    QCOMPARE(execInt(*m_a, "SELECT count(*) FROM change_log"), 2);
    QVERIFY(!m_a->database().exec(fmt::format("DELETE FROM change_log WHERE entity = {}", first)));
    QCOMPARE(describe(*m_b->pollExternalChanges()), describe({{K::Dataset, 0}, {K::Role, second}}));
    QCOMPARE(describe(*m_b->pollExternalChanges()), QString());
}

void TestExternalChanges::theLogStaysBounded()
{
    // A log already full, as after a long day: ChangeLogKeep rows written by someone else.
    QVERIFY(!m_a->database().exec(
        fmt::format("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {}) "
                    "INSERT INTO change_log (kind, entity) SELECT 2, i FROM n",
                    core::SqliteStore::ChangeLogKeep)));
    QCOMPARE(execInt(*m_a, "SELECT count(*) FROM change_log"), core::SqliteStore::ChangeLogKeep);
    const core::Id role = *m_a->saveRole(paymentBackend());
    QCOMPARE(execInt(*m_a, "SELECT count(*) FROM change_log"), core::SqliteStore::ChangeLogKeep);
    // The oldest row went, the newest is this write's.
    QCOMPARE(execInt(*m_a, "SELECT min(seq) FROM change_log"), 2);
    QCOMPARE(execInt(*m_a, "SELECT entity FROM change_log ORDER BY seq DESC LIMIT 1"), role);
    // B, which had seen none of it, learns that anything may have changed, then the rest.
    auto polled = m_b->pollExternalChanges();
    QVERIFY(polled);
    QCOMPARE(polled->size(), std::size_t(core::SqliteStore::ChangeLogKeep + 1));
    QCOMPARE(polled->front(), (core::Change{K::Dataset, 0}));
    QCOMPARE(polled->back(), (core::Change{K::Role, role}));
}

QTEST_GUILESS_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
