#include "tests/core/changerecorder.h"
#include "tests/core/refusedwrites.h"
#include "tests/core/scenario.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace hindsight;
using namespace hindsight::test;

namespace {

// An authorizer that refuses COMMIT: the transaction's writes all succeed, its COMMIT fails.
int refuseCommit(void *, int action, const char *what, const char *, const char *, const char *)
{
    return action == SQLITE_TRANSACTION && what && std::string_view(what) == "COMMIT" ? SQLITE_DENY
                                                                                      : SQLITE_OK;
}

} // namespace

// The SQLite file's change log, what other connections learn changes from: a write that fails
// logs nothing, and neither does one whose COMMIT fails (made to fail with an authorizer). What
// every store announces: tst_storechanges.cpp.
class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedWritesLogNothing();
    void failedCommitAnnouncesNothing();

private:
    int logRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_store;
    std::unique_ptr<ChangeRecorder> m_recorder;
    core::Id m_role = 0;
    core::Id m_candidate = 0;
};

void TestChangeLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::SqliteStore::open(m_dir->filePath(QStringLiteral("db.sqlite3")).toStdString());
    QVERIFY(store);
    m_store = std::move(*store);
    m_role = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", m_role, {}});
    m_recorder = std::make_unique<ChangeRecorder>(*m_store);
}

void TestChangeLog::cleanup()
{
    m_recorder.reset();
    m_store.reset();
}

int TestChangeLog::logRows()
{
    core::Statement s = m_store->database().prepare("SELECT count(*) FROM change_log");
    return s.step() == core::Statement::StepResult::Row ? s.columnInt(0) : -1;
}

void TestChangeLog::failedWritesLogNothing()
{
    int rows = -1;
    auto ready = [&] {
        m_recorder->take();
        rows = logRows();
    };
    auto logged = [&] {
        return QStringLiteral("/ announced: %1 / logged: %2")
            .arg(m_recorder->take())
            .arg(logRows() - rows);
    };
    const RefusedWrites writes = refuseWrites(*m_store, m_role, m_candidate, ready, logged,
                                              QStringLiteral("/ announced:  / logged: 0"));
    QVERIFY(rows > 0);
    QCOMPARE(writes.actual.join(u'\n'), writes.expected.join(u'\n'));
    QCOMPARE(m_store->roles()->size(), std::size_t(1));
}

void TestChangeLog::failedCommitAnnouncesNothing()
{
    const int rows = logRows();
    sqlite3_set_authorizer(m_store->database().handle(), refuseCommit, nullptr);
    auto id = m_store->saveCandidate({0, "Gita", "", m_role, {}});
    sqlite3_set_authorizer(m_store->database().handle(), nullptr, nullptr);
    QVERIFY(!id);
    QCOMPARE(m_recorder->take(), QString());
    QCOMPARE(logRows(), rows);
    QCOMPARE(m_store->candidates()->size(), std::size_t(1));
    // The transaction was rolled back, not left open: the next write works.
    QVERIFY(m_store->saveCandidate({0, "Gita", "", m_role, {}}));
    QCOMPARE(m_store->candidates()->size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
