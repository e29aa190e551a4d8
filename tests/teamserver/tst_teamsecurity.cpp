#include "tests/common/failure.h"
#include "tests/teamserver/teamserver.h"
#include "tests/teamserver/teamsql.h"

#include "core/storage/postgres/pgconnection.h"

#include <QTest>

#include <map>
#include <set>

using namespace hindsight;
using namespace hindsight::test;
using core::postgres::PgConnection;
using core::postgres::PgParams;
using Code = core::Error::Code;

namespace {

// Every table of the schema that holds interview content: these must be sealed.
const std::set<std::string> contentTables{"interviews", "regrets",     "regret_layers",
                                          "notes",      "probe_ticks", "stage_times"};
// The rest: committee data and bookkeeping, readable by the whole team. A new table must be
// added to one of the two lists, so nobody adds a content table without deciding its policies.
const std::set<std::string> committeeTables{"schema_version", "interviewers",
                                            "taxonomy",       "roles",
                                            "role_demands",   "candidates",
                                            "decisions",      "placement_overrides",
                                            "team_members",   "candidate_merges"};

std::set<std::string> names(PgConnection &connection, std::string_view sql)
{
    std::set<std::string> out;
    auto result = connection.exec(sql, "reading the catalog");
    if (!result)
        qWarning("%s", result.error().detail.c_str());
    else
        for (int row = 0; row < result->rows(); ++row)
            out.insert(result->text(row, 0));
    return out;
}

// A count, or -1 (which no comparison expects) with the error in the log.
std::int64_t value(const core::Result<std::int64_t> &result)
{
    if (!result) {
        qWarning("%s", failure(result).c_str());
        return -1;
    }
    return *result;
}

} // namespace

// Drafts sealed by the server (issue 15, item 4), shown through raw SQL as the logins alice and
// bob, as a colleague with psql would try: row-level security, not the application, keeps
// Alice's draft from Bob, and a submitted interview from everybody's changes.
class TestTeamSecurity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bobReadsNoneOfAlicesDraftRows();
    void contentTablesAreForcedAndNothingBypassesThePolicies();
    void bobCannotChangeAlicesDraft();
    void submittedInterviewOnlyTakesItsAuthorsAmendment();

private:
    // What Alice sees of every content table, and the view: rows per relation.
    std::map<std::string, std::int64_t> counts(PgConnection &connection);
    std::set<std::string> sealedTables();

    std::unique_ptr<TeamServer> m_server;
    std::unique_ptr<PgConnection> m_alice;
    std::unique_ptr<PgConnection> m_bob;
    DraftRows m_draft;
};

void TestTeamSecurity::init()
{
    m_server = std::make_unique<TeamServer>();
    QVERIFY2(*m_server, m_server->error().c_str());
    auto alice = m_server->connect(TeamServer::alice());
    QVERIFY2(alice, failure(alice).c_str());
    m_alice = std::move(*alice);
    auto bob = m_server->connect(TeamServer::bob());
    QVERIFY2(bob, failure(bob).c_str());
    m_bob = std::move(*bob);
    QCOMPARE(m_alice->user(), std::string("alice"));
    QCOMPARE(m_bob->user(), std::string("bob"));
    QVERIFY(!useTeamSchema(*m_alice));
    QVERIFY(!useTeamSchema(*m_bob));
    auto draft = DraftRows::insert(*m_alice);
    QVERIFY2(draft, failure(draft).c_str());
    m_draft = *draft;
}

void TestTeamSecurity::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

std::set<std::string> TestTeamSecurity::sealedTables()
{
    return names(*m_alice, "SELECT c.relname FROM pg_class c "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = 'hindsight' AND c.relkind = 'r' "
                           "AND c.relrowsecurity");
}

std::map<std::string, std::int64_t> TestTeamSecurity::counts(PgConnection &connection)
{
    std::map<std::string, std::int64_t> out;
    std::set<std::string> relations = sealedTables();
    relations.insert("interview_versions");
    for (const std::string &relation : relations) {
        auto quoted = connection.quoteIdentifier(relation);
        auto n = quoted ? scalar(connection, "SELECT count(*) FROM " + *quoted)
                        : core::Result<std::int64_t>(quoted.error());
        out[relation] = n ? *n : -1;
    }
    return out;
}

void TestTeamSecurity::bobReadsNoneOfAlicesDraftRows()
{
    // The tables are read off the catalog, and must be exactly the content tables: a content
    // table added without row security, or a table no one classified, fails here.
    const std::set<std::string> sealed = sealedTables();
    QCOMPARE(sealed, contentTables);
    std::set<std::string> all = names(*m_alice, "SELECT c.relname FROM pg_class c "
                                                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                "WHERE n.nspname = 'hindsight' AND c.relkind = 'r'");
    std::set<std::string> classified = contentTables;
    classified.insert(committeeTables.begin(), committeeTables.end());
    QCOMPARE(all, classified);
    // Every table that reaches an interview through foreign keys is a content table.
    const std::set<std::string> reachingInterviews = names(
        *m_alice,
        "WITH RECURSIVE content(oid) AS ("
        "  SELECT 'hindsight.interviews'::regclass::oid"
        "  UNION SELECT k.conrelid FROM pg_constraint k JOIN content ON k.confrelid = content.oid"
        "  WHERE k.contype = 'f' AND k.conrelid <> k.confrelid) "
        "SELECT c.relname FROM content JOIN pg_class c ON c.oid = content.oid");
    QCOMPARE(reachingInterviews, contentTables);

    const auto alice = counts(*m_alice);
    const auto bob = counts(*m_bob);
    QCOMPARE(alice.size(), contentTables.size() + 1); // and the view interview_versions
    for (const auto &[relation, rows] : alice) {
        // The rows exist: their author sees them.
        QVERIFY2(rows >= 1, relation.c_str());
        QVERIFY2(bob.at(relation) == 0, relation.c_str());
    }
    // Asked for by id, as someone who guessed it would.
    QCOMPARE(value(scalar(*m_bob, "SELECT count(*) FROM notes WHERE id = $1 OR interview_id = $2",
                          PgParams().add(m_draft.note).add(m_draft.interview))),
             std::int64_t(0));
    // Committee data is the team's: Bob sees the role and the candidate Alice added.
    QCOMPARE(value(scalar(*m_bob, "SELECT count(*) FROM candidates WHERE id = $1",
                          PgParams().add(m_draft.candidate))),
             std::int64_t(1));
}

void TestTeamSecurity::contentTablesAreForcedAndNothingBypassesThePolicies()
{
    auto flags = m_alice->exec("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                               "(SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) "
                               "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = 'hindsight' AND c.relkind = 'r' "
                               "AND c.relname = ANY ($1::text[])",
                               PgParams().add("{interviews,regrets,regret_layers,notes,"
                                              "probe_ticks,stage_times}"),
                               "reading the content tables' flags");
    QVERIFY2(flags, failure(flags).c_str());
    QCOMPARE(std::size_t(flags->rows()), contentTables.size());
    for (int row = 0; row < flags->rows(); ++row) {
        const std::string table = flags->text(row, 0);
        QVERIFY2(flags->boolean(row, 1), table.c_str());
        QVERIFY2(flags->boolean(row, 2), table.c_str());    // the owner is bound too
        QVERIFY2(flags->int64(row, 3) >= 4, table.c_str()); // read, insert, update, delete
    }
    QCOMPARE(value(scalar(*m_alice, "SELECT count(*) FROM pg_proc p "
                                    "JOIN pg_namespace n ON n.oid = p.pronamespace "
                                    "WHERE n.nspname = 'hindsight' AND p.prosecdef")),
             std::int64_t(0));
    // The schema has functions (the triggers'): the count above is not of an empty schema.
    QVERIFY(value(scalar(*m_alice, "SELECT count(*) FROM pg_proc p "
                                   "JOIN pg_namespace n ON n.oid = p.pronamespace "
                                   "WHERE n.nspname = 'hindsight'"))
            >= 3);
    auto view = m_alice->exec("SELECT c.reloptions::text FROM pg_class c "
                              "JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = 'hindsight' AND c.relname = 'interview_versions' "
                              "AND c.relkind = 'v'",
                              "reading the view's options");
    QVERIFY2(view, failure(view).c_str());
    QCOMPARE(view->rows(), 1);
    QVERIFY2(view->text(0, 0).find("security_invoker=true") != std::string::npos,
             view->text(0, 0).c_str());
    // Every view of the schema is security_invoker, not just the one we know of.
    QCOMPARE(value(scalar(*m_alice, "SELECT count(*) FROM pg_class c "
                                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = 'hindsight' AND c.relkind IN ('v', 'm') "
                                    "AND NOT coalesce('security_invoker=true' = ANY (c.reloptions), "
                                    "false)")),
             std::int64_t(0));
}

void TestTeamSecurity::bobCannotChangeAlicesDraft()
{
    const auto before = counts(*m_alice);
    const std::map<std::string, std::string> updates{
        {"interviews", "UPDATE interviews SET pending_note = 'bob was here', submitted = true"},
        {"regrets", "UPDATE regrets SET why = 'bob was here'"},
        {"regret_layers", "UPDATE regret_layers SET layer = 'apis'"},
        {"notes", "UPDATE notes SET text = 'bob was here'"},
        {"probe_ticks", "UPDATE probe_ticks SET probe = 'bob'"},
        {"stage_times", "UPDATE stage_times SET ms = 1"}};
    QCOMPARE(updates.size(), contentTables.size());
    for (const auto &[table, sql] : updates) {
        auto updated = m_bob->exec(sql, "Bob's update");
        QVERIFY2(updated, failure(updated).c_str());
        QVERIFY2(updated->affected() == 0, table.c_str());
        auto deleted = m_bob->exec("DELETE FROM " + table, "Bob's delete");
        QVERIFY2(deleted, failure(deleted).c_str());
        QVERIFY2(deleted->affected() == 0, table.c_str());
    }
    auto note = m_bob->exec("INSERT INTO notes (uuid, interview_id, at_ms, stage, text) "
                            "VALUES (gen_random_uuid()::text, $1, 1, 'system', 'planted')",
                            PgParams().add(m_draft.interview), "Bob's note in Alice's draft");
    QVERIFY(!note);
    QCOMPARE(note.error().code, Code::Forbidden);

    // As Alice reads it, nothing changed.
    QCOMPARE(counts(*m_alice), before);
    auto draft = m_alice->exec("SELECT i.pending_note, i.submitted, r.why, n.text, l.layer, "
                               "t.probe, s.ms FROM interviews i "
                               "JOIN regrets r ON r.interview_id = i.id "
                               "JOIN notes n ON n.interview_id = i.id "
                               "JOIN regret_layers l ON l.regret_id = r.id "
                               "JOIN probe_ticks t ON t.interview_id = i.id "
                               "JOIN stage_times s ON s.interview_id = i.id WHERE i.id = $1",
                               PgParams().add(m_draft.interview), "reading Alice's draft");
    QVERIFY2(draft, failure(draft).c_str());
    QCOMPARE(draft->rows(), 1);
    QCOMPARE(draft->text(0, 0), std::string("half a sentence"));
    QVERIFY(!draft->boolean(0, 1));
    QCOMPARE(draft->text(0, 2), std::string("secret reasoning"));
    QCOMPARE(draft->text(0, 3), std::string("the draft note"));
    QCOMPARE(draft->text(0, 4), std::string("queuing"));
    QCOMPARE(draft->text(0, 5), std::string("scale"));
    QCOMPARE(draft->int64(0, 6), std::int64_t(60000));
}

void TestTeamSecurity::submittedInterviewOnlyTakesItsAuthorsAmendment()
{
    const PgParams interview = PgParams().add(m_draft.interview);
    auto submit = m_alice->exec("UPDATE interviews SET submitted = true WHERE id = $1", interview,
                                "submitting");
    QVERIFY2(submit, failure(submit).c_str());
    QCOMPARE(submit->affected(), std::int64_t(1));

    // Sealed: the team reads it whole.
    QCOMPARE(value(scalar(*m_bob, "SELECT count(*) FROM interviews WHERE id = $1", interview)),
             std::int64_t(1));
    QCOMPARE(value(scalar(*m_bob, "SELECT count(*) FROM regrets WHERE interview_id = $1", interview)),
             std::int64_t(1));
    QCOMPARE(value(scalar(*m_bob, "SELECT count(*) FROM notes WHERE interview_id = $1", interview)),
             std::int64_t(1));

    // Nobody changes it, its author neither: refused, or no row to change.
    const auto before = counts(*m_alice);
    for (const char *sql :
         {"UPDATE interviews SET pending_note = 'afterthought' WHERE id = $1",
          "UPDATE regrets SET why = 'rewritten' WHERE interview_id = $1",
          "UPDATE notes SET text = 'rewritten' WHERE interview_id = $1",
          "DELETE FROM notes WHERE interview_id = $1",
          "DELETE FROM regrets WHERE interview_id = $1", "DELETE FROM interviews WHERE id = $1"}) {
        for (PgConnection *who : {m_alice.get(), m_bob.get()}) {
            auto changed = who->exec(sql, interview, "changing a submitted interview");
            if (changed)
                QVERIFY2(changed->affected() == 0, sql);
            else
                QVERIFY2(changed.error().code == Code::Forbidden, failure(changed).c_str());
        }
    }
    QCOMPARE(counts(*m_alice), before);
    QCOMPARE(value(scalar(*m_alice,
                          "SELECT count(*) FROM interviews i JOIN regrets r ON r.interview_id = i.id "
                          "JOIN notes n ON n.interview_id = i.id WHERE i.id = $1 AND i.submitted "
                          "AND i.pending_note = 'half a sentence' AND r.why = 'secret reasoning' "
                          "AND n.text = 'the draft note'",
                          interview)),
             std::int64_t(1));

    // Bob may not amend Alice's interview; Alice may.
    const std::string amend = "INSERT INTO interviews (uuid, version, candidate_id, interviewer, "
                              "started_at, amends, amend_reason, amended_at) "
                              "VALUES ($1, $2, $3, 'Alice Archer', 1795000000000, $4, $5, "
                              "1795000100000) RETURNING id";
    auto bobs = m_bob->exec(amend,
                            PgParams()
                                .add(m_draft.interviewUuid)
                                .add(2)
                                .add(m_draft.candidate)
                                .add(m_draft.interview)
                                .add("Bob's correction"),
                            "Bob amending Alice's interview");
    QVERIFY(!bobs);
    QCOMPARE(bobs.error().code, Code::Forbidden);
    // Nor turn a draft of his own into an amendment of it afterwards.
    auto own = scalar(*m_bob,
                      "INSERT INTO interviews (uuid, candidate_id, interviewer, started_at) "
                      "VALUES ('b0b0b0b0-0000-4000-8000-000000000001', $1, 'Bob', 1795000200000) "
                      "RETURNING id",
                      PgParams().add(m_draft.candidate));
    QVERIFY2(own, failure(own).c_str());
    auto hijack = m_bob->exec("UPDATE interviews SET amends = $1 WHERE id = $2",
                              PgParams().add(m_draft.interview).add(*own),
                              "Bob's draft made to amend Alice's interview");
    QVERIFY(!hijack);
    QCOMPARE(hijack.error().code, Code::Forbidden);
    auto alices = scalar(*m_alice, amend,
                         PgParams()
                             .add(m_draft.interviewUuid)
                             .add(2)
                             .add(m_draft.candidate)
                             .add(m_draft.interview)
                             .add("a misheard layer"));
    QVERIFY2(alices, failure(alices).c_str());
    QCOMPARE(value(scalar(*m_alice,
                          "SELECT count(*) FROM interviews WHERE id = $1 AND version = 2 "
                          "AND amends = $2 AND author = 'alice' AND NOT submitted",
                          PgParams().add(*alices).add(m_draft.interview))),
             std::int64_t(1));
}

QTEST_GUILESS_MAIN(TestTeamSecurity)
#include "tst_teamsecurity.moc"
