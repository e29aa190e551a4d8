#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <string_view>

using namespace hindsight;
using namespace hindsight::test;
using L = core::Regret::Level;
using Code = core::Error::Code;
using Step = core::Statement::StepResult;

namespace {

bool contains(const std::string &text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

// Authorizers that make one statement fail to prepare, as a damaged schema or a full disk would
// make a real one fail: COMMIT, or any query calling coalesce().
int refuseCommit(void *, int action, const char *what, const char *, const char *, const char *)
{
    return action == SQLITE_TRANSACTION && what && std::string_view(what) == "COMMIT" ? SQLITE_DENY
                                                                                      : SQLITE_OK;
}

int refuseCoalesce(void *, int action, const char *, const char *function, const char *,
                   const char *)
{
    return action == SQLITE_FUNCTION && function && std::string_view(function) == "coalesce"
               ? SQLITE_DENY
               : SQLITE_OK;
}

} // namespace

// Errors keep their cause: which query failed and SQLite's own words; a failed step is never read
// as a value; a write that fails half-way leaves nothing behind.
class TestStoreErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedPrepareNamesTheQueryAndSqlitesMessage();
    void failedBindIsReportedByTheStep();
    void storeErrorsNameTheFileAndKeepTheQuery();
    void failedReadOfTheLastNoteTimeFailsTheSubmission();
    void exportReportsAFailedCommitAndEndsItsRead();
    void failedExportLeavesNoTransactionOpen();
    void newCandidateWithNewRoleIsOneTransaction();
    void newCandidateWithNewRoleLeavesNothingWhenTheCandidateFails();

private:
    std::int64_t count(const char *sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_store;
    core::Id m_role = 0;
    core::Id m_candidate = 0;
};

void TestStoreErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString file = m_dir->filePath(QStringLiteral("db.sqlite3"));
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    m_store = std::move(*store);
    m_role = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", m_role, {}});
}

void TestStoreErrors::cleanup()
{
    if (m_store)
        sqlite3_set_authorizer(m_store->database().handle(), nullptr, nullptr);
    m_store.reset();
}

std::int64_t TestStoreErrors::count(const char *sql)
{
    core::Statement s = m_store->database().prepare(sql);
    return s.step() == Step::Row ? s.columnInt64(0) : -1;
}

void TestStoreErrors::failedPrepareNamesTheQueryAndSqlitesMessage()
{
    const std::string sql = "SELECT label FROM nowhere WHERE id = ?1";
    core::Error reported;
    core::Statement s = m_store->database().prepare(sql, &reported);
    QVERIFY(!s.isValid());
    QCOMPARE(reported.where, m_store->database().path());
    QCOMPARE(reported.query, sql);
    QCOMPARE(reported.detail, std::string("no such table: nowhere"));
    // A caller that only binds and steps still learns which query failed and why.
    s.bind(1, 7).bind(2, "text");
    QCOMPARE(s.step(), Step::Failed);
    QCOMPARE(s.error().query, sql);
    QCOMPARE(s.error().detail, std::string("no such table: nowhere"));
    s.reset();
    const core::Error run = s.run();
    QCOMPARE(run.query, sql);
    QCOMPARE(run.detail, std::string("no such table: nowhere"));
    QCOMPARE(run.code, Code::Internal);
}

void TestStoreErrors::failedBindIsReportedByTheStep()
{
    core::Statement s = m_store->database().prepare("SELECT ?1");
    QVERIFY(s.isValid());
    s.bind(1, 5).bind(2, 6); // there is no ?2
    QCOMPARE(s.step(), Step::Failed);
    QCOMPARE(s.error().query, std::string("SELECT ?1"));
    QVERIFY2(contains(s.error().detail, "out of range"), s.error().detail.c_str());
    // reset() clears it: the statement is usable again.
    s.reset();
    s.bind(1, 5);
    QCOMPARE(s.step(), Step::Row);
    QCOMPARE(s.columnInt(0), 5);
}

void TestStoreErrors::storeErrorsNameTheFileAndKeepTheQuery()
{
    QVERIFY(!m_store->database().exec("DROP TABLE team_members"));
    ChangeRecorder recorder(*m_store);

    auto read = m_store->teamMembers(m_role);
    QVERIFY(!read);
    QCOMPARE(read.error().code, Code::Internal);
    // The user is told which file; the SQL is kept for a developer, not shown.
    QCOMPARE(read.error().where, m_store->database().path());
    QVERIFY2(contains(read.error().query, "FROM team_members"), read.error().query.c_str());
    QCOMPARE(read.error().detail, std::string("no such table: team_members"));

    auto write = m_store->saveTeamMember({0, m_role, "Ada", 5, 5});
    QVERIFY(!write);
    QCOMPARE(write.error().where, m_store->database().path());
    QVERIFY2(contains(write.error().query, "INSERT INTO team_members"), write.error().query.c_str());
    QCOMPARE(write.error().detail, std::string("no such table: team_members"));
    QCOMPARE(recorder.take(), QString());
}

// The pending line is kept at the time of the last note; when that time cannot be read the
// submission fails instead of filing the line at 0 ms.
void TestStoreErrors::failedReadOfTheLastNoteTimeFailsTheSubmission()
{
    core::Interview draft = interview({regret(L::Product, "", 2, {"apis"})}, false);
    draft.candidateId = m_candidate;
    draft.notes.push_back({0, 0, 90000, "system", "owns billing", 0, false});
    draft.pendingNote = "and the ledger";
    const core::Id id = *m_store->addInterview(draft);

    sqlite3_set_authorizer(m_store->database().handle(), refuseCoalesce, nullptr);
    const core::Error e = m_store->submitInterview(id);
    sqlite3_set_authorizer(m_store->database().handle(), nullptr, nullptr);
    QVERIFY(e);
    QVERIFY2(contains(e.query, "max(at_ms)"), e.query.c_str());
    QVERIFY2(contains(e.detail, "not authorized"), e.detail.c_str());
    const core::Interview after = *m_store->interview(id);
    QVERIFY(!after.submitted);
    QCOMPARE(after.notes.size(), std::size_t(1));
    QCOMPARE(after.pendingNote, std::string("and the ledger"));

    QVERIFY(!m_store->submitInterview(id));
    const core::Interview sealed = *m_store->interview(id);
    QVERIFY(sealed.submitted);
    QCOMPARE(sealed.notes.size(), std::size_t(2));
    QCOMPARE(sealed.notes[1].atMs, std::int64_t(90000));
}

void TestStoreErrors::exportReportsAFailedCommitAndEndsItsRead()
{
    sqlite3_set_authorizer(m_store->database().handle(), refuseCommit, nullptr);
    auto exported = m_store->exportDataset();
    sqlite3_set_authorizer(m_store->database().handle(), nullptr, nullptr);
    QVERIFY(!exported);
    QCOMPARE(exported.error().where, m_store->database().path());
    QVERIFY2(contains(exported.error().detail, "not authorized"), exported.error().detail.c_str());
    QVERIFY(sqlite3_get_autocommit(m_store->database().handle()) != 0);
    QVERIFY(m_store->saveRole(paymentBackend()));
    QVERIFY(m_store->exportDataset());
}

void TestStoreErrors::failedExportLeavesNoTransactionOpen()
{
    QVERIFY(!m_store->database().exec("DROP TABLE decisions"));
    auto exported = m_store->exportDataset();
    QVERIFY(!exported);
    QCOMPARE(exported.error().detail, std::string("no such table: decisions"));
    QVERIFY(sqlite3_get_autocommit(m_store->database().handle()) != 0);
    QVERIFY(m_store->saveRole(paymentBackend()));
}

void TestStoreErrors::newCandidateWithNewRoleIsOneTransaction()
{
    const std::int64_t logged = count("SELECT count(*) FROM change_log");
    core::Role newRole = paymentBackend();
    auto id = m_store->addCandidateWithRole({0, "Gita", "gita@example.org", m_role, {}}, newRole);
    QVERIFY(id);
    const core::Candidate gita = *m_store->candidate(*id);
    QVERIFY(gita.roleId != m_role); // the new role, whatever roleId said
    QCOMPARE(m_store->role(gita.roleId)->domainDemands, newRole.domainDemands);
    QCOMPARE(gita.email, std::string("gita@example.org"));
    QCOMPARE(count("SELECT count(*) FROM change_log"), logged + 2);

    // Both must be new.
    newRole.id = m_role;
    QCOMPARE(m_store->addCandidateWithRole({0, "Sol", "", 0, {}}, newRole).error().code,
             Code::Invalid);
    QCOMPARE(m_store->addCandidateWithRole({gita.id, "Sol", "", 0, {}}, paymentBackend()).error().code,
             Code::Invalid);
    QCOMPARE(m_store->candidates()->size(), std::size_t(2));
}

void TestStoreErrors::newCandidateWithNewRoleLeavesNothingWhenTheCandidateFails()
{
    ChangeRecorder recorder(*m_store);
    const std::int64_t roles = count("SELECT count(*) FROM roles");
    const std::int64_t logged = count("SELECT count(*) FROM change_log");

    // Refused by the store before the insert.
    auto blank = m_store->addCandidateWithRole({0, " ", "", 0, {}}, role("Search backend", 5, {}));
    QVERIFY(!blank);
    QCOMPARE(blank.error().code, Code::Invalid);

    // Refused by the database at the candidate's insert, after the role's went through.
    QVERIFY(!m_store->database().exec("CREATE TRIGGER no_candidates BEFORE INSERT ON candidates "
                                      "BEGIN SELECT RAISE(ABORT, 'no new candidates'); END"));
    auto refused = m_store->addCandidateWithRole({0, "Sol", "", 0, {}},
                                                 role("Search backend", 5, {{"search", 2}}));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Code::Constraint);
    QCOMPARE(refused.error().detail, std::string("no new candidates"));

    QCOMPARE(count("SELECT count(*) FROM roles"), roles);
    QCOMPARE(count("SELECT count(*) FROM role_demands WHERE domain = 'search'"), 0);
    QCOMPARE(count("SELECT count(*) FROM change_log"), logged);
    QCOMPARE(recorder.take(), QString());
}

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_storeerrors.moc"
