#include "tests/common/failure.h"
#include "tests/teamserver/teamserver.h"
#include "tests/teamserver/teamsql.h"

#include "core/storage/postgres/pgconnection.h"
#include "core/storage/postgres/teamsetup.h"

#include <QTest>

#include <chrono>
#include <poll.h>

using namespace hindsight;
using namespace hindsight::test;
using core::postgres::PgConnection;
using core::postgres::PgParams;
using core::postgres::TeamSetup;
using Code = core::Error::Code;

namespace {

// A count, or -1 (which no comparison expects) with the error in the log.
std::int64_t value(const core::Result<std::int64_t> &result)
{
    if (!result) {
        qWarning("%s", failure(result).c_str());
        return -1;
    }
    return *result;
}

// The schema as the catalog describes it: tables with their row security, policies with their
// expressions, functions, triggers, grants, the group's members and the schema version. Equal
// snapshots: the setup changed nothing.
std::string schemaSnapshot(PgConnection &connection)
{
    auto result = connection.exec(
        "SELECT string_agg(line, E'\\n' ORDER BY line) FROM ("
        " SELECT format('table %s %s %s %s', c.relname, c.relrowsecurity, c.relforcerowsecurity,"
        "   c.relacl) AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        "   WHERE n.nspname = 'hindsight'"
        " UNION ALL SELECT format('policy %s %s %s %s %s', tablename, policyname, cmd, qual,"
        "   with_check) FROM pg_policies WHERE schemaname = 'hindsight'"
        " UNION ALL SELECT format('function %s %s', p.proname, md5(p.prosrc)) FROM pg_proc p"
        "   JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'hindsight'"
        " UNION ALL SELECT format('trigger %s %s', t.tgrelid::regclass, t.tgname)"
        "   FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        "   JOIN pg_namespace n ON n.oid = c.relnamespace"
        "   WHERE n.nspname = 'hindsight' AND NOT t.tgisinternal"
        " UNION ALL SELECT format('member %s of %s', m.member::regrole, m.roleid::regrole)"
        "   FROM pg_auth_members m WHERE m.roleid::regrole::text LIKE 'hindsight%'"
        " UNION ALL SELECT format('version %s', version) FROM hindsight.schema_version"
        " UNION ALL SELECT format('interviewer %s %s %s', login, name, email)"
        "   FROM hindsight.interviewers) lines",
        "describing the schema");
    if (!result) {
        qWarning("%s", failure(result).c_str());
        return {};
    }
    return result->text(0, 0);
}

// Waits up to `timeout` for notifications on `connection`, until one starts with `until`.
std::vector<std::string> payloadsUntil(PgConnection &connection, std::string_view until,
                                       std::chrono::milliseconds timeout)
{
    std::vector<std::string> payloads;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto received = connection.notifications();
        if (!received) {
            qWarning("%s", failure(received).c_str());
            return payloads;
        }
        bool done = false;
        for (const auto &notification : *received) {
            payloads.push_back(notification.payload);
            done = done || notification.payload.rfind(until, 0) == 0;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (done || left.count() <= 0)
            return payloads;
        pollfd watched{connection.socket(), POLLIN, 0};
        ::poll(&watched, 1, int(left.count()));
    }
}

} // namespace

// What the team server records on its own, whatever the client sends: the author of an interview
// and the login of a decision are current_user; NOTIFY tells of a submit and not of a draft's
// edits; and setting up (issue 15, item 3) runs twice without change and says what it needs.
class TestTeamSetup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void authorIsTheLoginWhateverTheClientSends();
    void decisionsRecordTheLogin();
    void submitIsNotifiedAndDraftEditsAreNot();
    void initTwiceChangesNothing();
    void initNeedsTheRightToCreateRoles();

private:
    std::unique_ptr<TeamServer> m_server;
    std::unique_ptr<PgConnection> m_alice;
    std::unique_ptr<PgConnection> m_bob;
    DraftRows m_draft;
};

void TestTeamSetup::init()
{
    m_server = std::make_unique<TeamServer>();
    QVERIFY2(*m_server, m_server->error().c_str());
    auto alice = m_server->connect(TeamServer::alice());
    QVERIFY2(alice, failure(alice).c_str());
    m_alice = std::move(*alice);
    auto bob = m_server->connect(TeamServer::bob());
    QVERIFY2(bob, failure(bob).c_str());
    m_bob = std::move(*bob);
    QVERIFY(!useTeamSchema(*m_alice));
    QVERIFY(!useTeamSchema(*m_bob));
    auto draft = DraftRows::insert(*m_alice);
    QVERIFY2(draft, failure(draft).c_str());
    m_draft = *draft;
}

void TestTeamSetup::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

void TestTeamSetup::authorIsTheLoginWhateverTheClientSends()
{
    QCOMPARE(value(scalar(*m_alice,
                          "SELECT count(*) FROM interviews WHERE id = $1 AND author = 'alice'",
                          PgParams().add(m_draft.interview))),
             std::int64_t(1));
    auto posing = m_alice->exec("INSERT INTO interviews (uuid, candidate_id, author, interviewer, "
                                "started_at) VALUES (gen_random_uuid()::text, $1, 'bob', "
                                "'Bob Baker', 1795000000000) RETURNING id, author",
                                PgParams().add(m_draft.candidate), "Alice posing as Bob");
    QVERIFY2(posing, failure(posing).c_str());
    QCOMPARE(posing->rows(), 1);
    QCOMPARE(posing->text(0, 1), std::string("alice"));
    const core::Id id = posing->int64(0, 0);
    // It is Alice's draft, so Bob does not see it; nor can she hand it to him afterwards.
    QCOMPARE(value(scalar(*m_bob, "SELECT count(*) FROM interviews WHERE id = $1",
                          PgParams().add(id))),
             std::int64_t(0));
    auto handOver = m_alice->exec("UPDATE interviews SET author = 'bob' WHERE id = $1",
                                  PgParams().add(id), "Alice handing her draft to Bob");
    QVERIFY2(handOver, failure(handOver).c_str());
    QCOMPARE(value(scalar(*m_alice,
                          "SELECT count(*) FROM interviews WHERE id = $1 AND author = 'alice'",
                          PgParams().add(id))),
             std::int64_t(1));
}

void TestTeamSetup::decisionsRecordTheLogin()
{
    const std::string insert = "INSERT INTO decisions (uuid, candidate_id, outcome, recorded_by, "
                               "recorded_login, decided_at) VALUES (gen_random_uuid()::text, $1, "
                               "'advance', 'Alice Archer', $2, 1795000000000) RETURNING id";
    auto alices = scalar(*m_alice, insert, PgParams().add(m_draft.candidate).add("bob"));
    QVERIFY2(alices, failure(alices).c_str());
    auto bobs = scalar(*m_bob, insert, PgParams().add(m_draft.candidate).add("alice"));
    QVERIFY2(bobs, failure(bobs).c_str());
    auto logins = m_bob->exec("SELECT id, recorded_login FROM decisions ORDER BY id",
                              "reading the decisions");
    QVERIFY2(logins, failure(logins).c_str());
    QCOMPARE(logins->rows(), 2);
    QCOMPARE(logins->int64(0, 0), *alices);
    QCOMPARE(logins->text(0, 1), std::string("alice"));
    QCOMPARE(logins->text(1, 1), std::string("bob"));
    // Committee history is added to, not rewritten.
    auto rewrite = m_alice->exec("UPDATE decisions SET rationale = 'changed'", "rewriting");
    QVERIFY(!rewrite);
    QCOMPARE(rewrite.error().code, Code::Forbidden);
}

void TestTeamSetup::submitIsNotifiedAndDraftEditsAreNot()
{
    QVERIFY(!m_bob->execScript("LISTEN hindsight", "listening"));
    const PgParams interview = PgParams().add(m_draft.interview);
    // Draft edits, each its own transaction as the store writes them.
    QVERIFY(m_alice->exec("INSERT INTO notes (uuid, interview_id, at_ms, stage, text) VALUES "
                          "(gen_random_uuid()::text, $1, 2000, 'system', 'another thought')",
                          interview, "a note"));
    QVERIFY(m_alice->exec("UPDATE regrets SET why = 'edited' WHERE interview_id = $1", interview,
                          "a regret's edit"));
    QVERIFY(m_alice->exec("UPDATE interviews SET pending_note = 'typing' WHERE id = $1", interview,
                          "the session"));
    QVERIFY(m_alice->exec("UPDATE interviews SET submitted = true WHERE id = $1", interview,
                          "submitting"));

    const std::string submitted = "4:" + std::to_string(m_draft.interview);
    const auto payloads = payloadsUntil(*m_bob, "4:", std::chrono::seconds(5));
    // Exactly the submit, kind and id: nothing for the edits before it, and no text.
    QCOMPARE(payloads, std::vector<std::string>{submitted});
}

void TestTeamSetup::initTwiceChangesNothing()
{
    const std::string before = schemaSnapshot(*m_alice);
    QVERIFY(before.find("policy notes notes_read") != std::string::npos);
    QVERIFY(before.find("member alice of hindsight_interviewer") != std::string::npos);
    QVERIFY(before.find("version 1") != std::string::npos);
    auto admin = m_server->administrator();
    QVERIFY2(admin, failure(admin).c_str());
    const core::Status again = TeamSetup::init(**admin);
    QVERIFY2(!again, failure(again).c_str());
    QCOMPARE(schemaSnapshot(*m_alice), before);
    // And the data is as it was.
    QCOMPARE(value(scalar(*m_alice, "SELECT count(*) FROM notes")), std::int64_t(1));
}

void TestTeamSetup::initNeedsTheRightToCreateRoles()
{
    // A database without a team, where Bob may connect but neither create roles nor set up.
    auto bob = PgConnection::open(m_server->uri(TeamServer::bob(), "postgres"),
                                  TeamServer::bob().password);
    QVERIFY2(bob, failure(bob).c_str());
    const core::Status refused = TeamSetup::init(**bob);
    QCOMPARE(refused.code, Code::Forbidden);
    QVERIFY2(refused.detail.find("CREATEROLE") != std::string::npos, refused.detail.c_str());
    QVERIFY2(refused.detail.find("bob") != std::string::npos, refused.detail.c_str());
    QCOMPARE(value(scalar(**bob, "SELECT count(*) FROM pg_namespace WHERE nspname = 'hindsight'")),
             std::int64_t(0));
    // On the team's database too: nothing for Bob to do there, and nothing done.
    const std::string before = schemaSnapshot(*m_alice);
    QVERIFY(!TeamSetup::init(*m_bob));
    QCOMPARE(schemaSnapshot(*m_alice), before);
}

QTEST_GUILESS_MAIN(TestTeamSetup)
#include "tst_teamsetup.moc"
