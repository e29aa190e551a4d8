#include "core/interviewseal.h"
#include "core/scoring/scorer.h"
#include "core/storage/sqlite/database.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/sqlitestore.h"
#include "core/uuid.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

// Schema migrations: every earlier schema version opens, nothing is ever half-migrated.
class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opensTheVersionOneFixture();
    void opensTheVersionTwoFixture();
    void opensTheVersionThreeFixture();
    void migratesVersionThreeToTheChangeLog();
    void opensTheVersionFourFixture();
    void ticksMigrateToTheFirstRegretWithoutACurrentOne();
    void opensTheVersionFiveFixture();
    void migratesVersionFiveToCandidateTimes();
    void opensTheVersionSixFixture();
    void migratesVersionSixToStableIdentities();
    void opensTheVersionSevenFixture();
    void everyVersionHasAFixture();
    void failedStepChangesNothing();
    void newerDatabaseIsRefused();
    void migrationIsIdempotent();

private:
    QString copyFixture(const char *name);
    static std::int64_t queryInt(core::SqliteStore &store, const char *sql);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMigrator::copyFixture(const char *name)
{
    const QString from = QStringLiteral(HINDSIGHT_FIXTURES_DIR "/") + QLatin1String(name);
    const QString to = m_dir->filePath(QLatin1String(name));
    if (!QFile::copy(from, to))
        return {};
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return to;
}

std::int64_t TestMigrator::queryInt(core::SqliteStore &store, const char *sql)
{
    core::Statement s = store.database().prepare(sql);
    return s.step() == core::Statement::StepResult::Row ? s.columnInt64(0) : -1;
}

// The fixture is the file the first version of Hindsight wrote (tests/fixtures/schema-v1.sqlite3):
// two roles, the two worked-example candidates, a draft, a quote, a decision, a custom domain.
void TestMigrator::opensTheVersionOneFixture()
{
    const QString file = copyFixture("schema-v1.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY2(store, store ? "" : store.error().detail.c_str());
    auto &s = **store;
    QCOMPARE(s.database().userVersion(), core::Migrator::standard().latestVersion());

    QCOMPARE(s.roles()->size(), std::size_t(2));
    QVERIFY(s.taxonomy()->hasDomain("search"));
    auto candidates = s.candidates();
    QCOMPARE(candidates->size(), std::size_t(2));
    const core::Candidate &gita = candidates->at(0); // ordered by name
    const core::Candidate &kai = candidates->at(1);
    QCOMPARE(kai.name, std::string("Kai Ærø"));
    QCOMPARE(gita.name, std::string("Gita O’Brien"));

    const core::Scorer scorer(s.taxonomy()->layerCount());
    const auto k = scorer.candidate(*s.interviews(kai.id));
    QCOMPARE(k.breadth, 2.5);
    QCOMPARE(k.depth, 10.0);
    QCOMPARE(scorer.fit(*s.role(kai.roleId), k).score, 100);
    const auto g = scorer.candidate(*s.interviews(gita.id));
    QCOMPARE(g.draftInterviews, 1);
    QCOMPARE(g.breadth, 8.75);
    QCOMPARE(scorer.fit(*s.role(gita.roleId), g).score, 100);

    const auto notes = s.interviews(kai.id)->at(0).notes;
    QCOMPARE(notes.size(), std::size_t(1));
    QVERIFY(notes[0].quote);
    QCOMPARE(notes[0].regretId, s.interviews(kai.id)->at(0).regrets[0].id);
    QCOMPARE(s.decisions(kai.id)->at(0).recordedBy, std::string("Mette"));

    // Version 2 added the submission seal: version-1 submissions are sealed on open (with
    // today's digest), drafts not.
    const auto kaiInterview = s.interviews(kai.id)->at(0);
    QVERIFY(kaiInterview.digest.rfind("v2:", 0) == 0);
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(kaiInterview));
    QCOMPARE(kaiInterview.stage, std::string("system"));
    QVERIFY(kaiInterview.regrets[0].levelChosen && kaiInterview.regrets[0].depthChosen);
    const auto gitaInterviews = *s.interviews(gita.id);
    QCOMPARE(gitaInterviews.size(), std::size_t(2));
    for (const core::Interview &i : gitaInterviews)
        QCOMPARE(i.digest.empty(), !i.submitted);

    // Version 3 added the committee board: empty, and writable, on a migrated file.
    QVERIFY(s.placementOverrides(kai.id)->empty());
    QVERIFY(s.teamMembers(kai.roleId)->empty());
    QVERIFY(s.addPlacementOverride({0, kai.id, 5, 5, "migrated", "", {}}));
    QVERIFY(s.saveTeamMember({0, kai.roleId, "Ada", 5, 5}));
    QCOMPARE(s.placementOverrides(kai.id)->size(), std::size_t(1));
    QCOMPARE(s.teamMembers(kai.roleId)->size(), std::size_t(1));
}

// Written by the version that introduced schema 2: a draft left mid-interview by Priya.
void TestMigrator::opensTheVersionTwoFixture()
{
    const QString file = copyFixture("schema-v2.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    QCOMPARE(s.database().userVersion(), core::Migrator::standard().latestVersion());
    const core::Candidate gita = s.candidates()->at(0);
    auto draftId = s.openDraft(gita.id, "Priya");
    QVERIFY(draftId && draftId->has_value());
    const core::Interview draft = *s.interview(**draftId);
    QCOMPARE(draft.stage, std::string("probe"));
    QCOMPARE(draft.currentRegret, 1);
    QCOMPARE(draft.pendingNote, std::string("said the replay took fifty min"));
    // Schema 5 gave the tick to the regret that was current.
    QCOMPARE(draft.probeTicks,
             (std::vector<core::ProbeTick>{{"probe.domain.load", draft.regrets[1].id, {}}}));
    QVERIFY(!draft.regrets[1].depthChosen);
    for (const core::Interview &i : *s.interviews(s.candidates()->at(1).id))
        QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(i));

    QVERIFY(s.placementOverrides(gita.id)->empty());
    QVERIFY(s.saveTeamMember({0, gita.roleId, "Ada", 5, 5}));
    QCOMPARE(s.teamMembers(gita.roleId)->size(), std::size_t(1));
}

// Written by the version that introduced schema 3: placement overrides for Kai (added newest
// first) and team members for both roles (one name lowercase, to show the case-insensitive order).
void TestMigrator::opensTheVersionThreeFixture()
{
    const QString file = copyFixture("schema-v3.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    QCOMPARE(s.database().userVersion(), core::Migrator::standard().latestVersion());
    const auto candidates = *s.candidates();
    QCOMPARE(candidates.size(), std::size_t(2));
    const core::Candidate &gita = candidates.at(0);
    const core::Candidate &kai = candidates.at(1);
    QCOMPARE(kai.name, std::string("Kai Ærø"));

    const auto overrides = *s.placementOverrides(kai.id);
    QCOMPARE(overrides.size(), std::size_t(2));
    QCOMPARE(overrides[0].recordedBy, std::string("Mette")); // the older one, though added second
    QCOMPARE(overrides[0].breadth, 3.0);
    QCOMPARE(overrides[0].depth, 10.0);
    QCOMPARE(overrides[0].recordedAt, core::TimePoint(std::chrono::milliseconds(1795000000000)));
    QCOMPARE(overrides[1].reason,
             std::string("Walked us through the Kafka rebalance — broader than the regrets show"));
    QCOMPARE(overrides[1].recordedAt - overrides[0].recordedAt,
             std::chrono::milliseconds(std::chrono::hours(2)));
    QVERIFY(s.placementOverrides(gita.id)->empty());

    const auto team = *s.teamMembers(gita.roleId);
    QCOMPARE(team.size(), std::size_t(2));
    QCOMPARE(team[0].name, std::string("amir Haddad"));
    QCOMPARE(team[1].name, std::string("Bea Lund"));
    QCOMPARE(team[1].breadth, 8.0);
    QCOMPARE(team[1].depth, 2.5);
    QCOMPARE(s.teamMembers(kai.roleId)->at(0).name, std::string("Ola Ærenlund"));

    // The rest of the file is what versions 1 and 2 kept, and scores as before.
    const core::Scorer scorer(s.taxonomy()->layerCount());
    const auto k = scorer.candidate(*s.interviews(kai.id));
    QCOMPARE(k.depth, 10.0);
    QCOMPARE(scorer.fit(*s.role(kai.roleId), k).score, 100);
    for (const core::Interview &i : *s.interviews(gita.id)) {
        QCOMPARE(i.digest.empty(), !i.submitted);
        QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(i));
    }
    QCOMPARE(s.decisions(kai.id)->size(), std::size_t(1));
}

// Version 4 adds the change log: a migrated file starts with an empty log, keeps everything else,
// and its writes are logged for other connections from then on.
void TestMigrator::migratesVersionThreeToTheChangeLog()
{
    const QString file = copyFixture("schema-v3.sqlite3");
    QVERIFY(!file.isEmpty());
    {
        auto db = core::Database::open(file.toStdString(), core::Database::OpenMode::ReadWrite);
        QVERIFY(db);
        QCOMPARE((*db)->userVersion(), 3);
        QVERIFY(!core::Migrator::standard().migrate(**db));
        QCOMPARE((*db)->userVersion(), core::Migrator::standard().latestVersion());
    }
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    QCOMPARE(queryInt(s, "SELECT count(*) FROM change_log"), 0);
    QCOMPARE(queryInt(s, "SELECT count(*) FROM team_members"), 3);
    QCOMPARE(queryInt(s, "SELECT count(*) FROM placement_overrides"), 2);
    QCOMPARE(s.candidates()->size(), std::size_t(2));

    auto other = core::SqliteStore::open(file.toStdString());
    QVERIFY(other);
    const core::Id kai = s.candidates()->at(1).id;
    QVERIFY(s.addDecision({0, kai, core::Decision::Outcome::Hire, "", "Mette", {}}));
    QCOMPARE(queryInt(s, "SELECT count(*) FROM change_log"), 1);
    auto polled = (*other)->pollExternalChanges();
    QVERIFY(polled);
    QCOMPARE(polled->size(), std::size_t(1));
    QCOMPARE(polled->at(0), (core::Change{core::Change::Kind::Decision, kai}));
}

// Written by the version that introduced schema 4 (see tests/fixtures/README.md): the v3 file
// migrated, then a decision for Gita, a team member for the fraud role, a note in Priya's draft
// and a renamed domain, each logged.
void TestMigrator::opensTheVersionFourFixture()
{
    const QString file = copyFixture("schema-v4.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    QCOMPARE(s.database().userVersion(), core::Migrator::standard().latestVersion());
    const core::Candidate gita = s.candidates()->at(0);
    QCOMPARE(gita.name, std::string("Gita O’Brien"));
    QCOMPARE(s.decisions(gita.id)->back().rationale,
             std::string("waiting for the second interview"));
    QCOMPARE(s.teamMembers(2)->size(), std::size_t(2));
    QCOMPARE(s.taxonomy()->find(core::Taxonomy::Kind::Domain, "search")->label,
             std::string("Search and ranking"));

    {
        // Scoped: a statement left mid-result would keep its read snapshot open.
        core::Statement log = s.database().prepare(
            "SELECT group_concat(seq || ':' || kind || ':' || entity, ' ') FROM "
            "(SELECT * FROM change_log ORDER BY seq)");
        QCOMPARE(log.step(), core::Statement::StepResult::Row);
        QCOMPARE(log.columnText(0), std::string("1:6:2 2:8:2 3:5:3 4:1:0"));
    }

    // What the file logged before this store opened is not news to it; what another store writes
    // now is, numbered after the fixture's rows.
    auto before = s.pollExternalChanges();
    QVERIFY(before && before->empty());
    auto other = core::SqliteStore::open(file.toStdString());
    QVERIFY(other);
    const core::Id member = *(*other)->saveTeamMember({0, 2, "Ines", 4, 4});
    QVERIFY(member > 0);
    auto polled = s.pollExternalChanges();
    QVERIFY(polled);
    QCOMPARE(polled->size(), std::size_t(1));
    QCOMPARE(polled->at(0), (core::Change{core::Change::Kind::TeamMember, 2}));
    QCOMPARE(queryInt(s, "SELECT max(seq) FROM change_log"), 5);
}

// A tick of schema 4 whose interview's current regret does not exist goes to its first regret;
// submitted interviews keep verifying against the digest they were sealed with.
void TestMigrator::ticksMigrateToTheFirstRegretWithoutACurrentOne()
{
    const QString file = copyFixture("schema-v2.sqlite3");
    QVERIFY(!file.isEmpty());
    {
        auto db = core::Database::open(file.toStdString(), core::Database::OpenMode::ReadWrite);
        QVERIFY(db);
        QCOMPARE((*db)->userVersion(), 2);
        QVERIFY(!(*db)->exec("UPDATE interviews SET current_regret = 7 WHERE submitted = 0"));
    }
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    const core::Interview draft = *s.interview(**s.openDraft(s.candidates()->at(0).id, "Priya"));
    QCOMPARE(draft.probeTicks,
             (std::vector<core::ProbeTick>{{"probe.domain.load", draft.regrets[0].id, {}}}));
    QCOMPARE(queryInt(s, "SELECT count(*) FROM probe_ticks WHERE regret_id IS NULL"), 0);
    for (const core::Candidate &c : *s.candidates()) {
        for (const core::Interview &i : *s.interviews(c.id)) {
            QCOMPARE(i.version, 1);
            QVERIFY(!i.isSuperseded());
            QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(i));
        }
    }
}

// Written by the version that introduced schema 5 (see tests/fixtures/README.md): the v4 file
// migrated, then ticks per regret and stage times in Priya's draft of Gita, and Sam's interview of
// Kai amended once (the old version kept).
void TestMigrator::opensTheVersionFiveFixture()
{
    const QString file = copyFixture("schema-v5.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    QCOMPARE(s.database().userVersion(), core::Migrator::standard().latestVersion());
    const core::Candidate gita = s.candidates()->at(0);
    const core::Candidate kai = s.candidates()->at(1);
    const auto interviews = *s.interviews(kai.id);
    QCOMPARE(interviews.size(), std::size_t(1));
    const core::Interview &amended = interviews[0];
    QCOMPARE(amended.version, 2);
    QCOMPARE(amended.amendReason, std::string("Regret 1 was about the ledger, not the cache"));
    QCOMPARE(amended.regrets[0].decision, std::string("ledger replay by hand"));
    QVERIFY(amended.amendedAt > core::TimePoint{});
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(amended));
    const auto versions = *s.interviewVersions(amended.id);
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions[0].supersededBy, amended.id);
    QVERIFY(versions[0].regrets[0].decision != amended.regrets[0].decision);
    QVERIFY(versions[0].digest != amended.digest);
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(versions[0]));

    const core::Interview draft = *s.interview(**s.openDraft(gita.id, "Priya"));
    QCOMPARE(draft.probeTicks.size(), std::size_t(2));
    QCOMPARE(draft.probeTicks[0].regretId, draft.regrets[0].id);
    QCOMPARE(draft.probeTicks[1].regretId, draft.regrets[1].id);
    QCOMPARE(draft.probeTicks[1].tickedAt,
             core::TimePoint(std::chrono::milliseconds(1795003900000)));
    QCOMPARE(draft.stageMs.at("system"), std::int64_t(240000));
    QCOMPARE(s.drafts()->size(), std::size_t(1));
    QCOMPARE(s.interviews(gita.id)->size(), std::size_t(2));
}

// Version 6 adds when a candidate was added or edited: unknown (0) for the candidates a migrated
// file already had, so retention goes by their interviews and decisions; a candidate written after
// the migration gets the time.
void TestMigrator::migratesVersionFiveToCandidateTimes()
{
    const QString file = copyFixture("schema-v5.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    QCOMPARE(queryInt(s, "SELECT count(*) FROM candidates WHERE updated_at <> 0"), 0);
    const auto activity = s.candidateActivity();
    QVERIFY(activity);
    QCOMPARE(activity->size(), std::size_t(2));
    for (const core::CandidateActivity &a : *activity)
        QVERIFY(a.lastActivity); // both have interviews
    core::Candidate kai = s.candidates()->at(1);
    const auto before = std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
    kai.email = "kai.aero@example.org";
    QVERIFY(s.saveCandidate(kai));
    QVERIFY(queryInt(s, "SELECT updated_at FROM candidates WHERE email = 'kai.aero@example.org'")
            >= before.time_since_epoch().count());
}

// Written by the version that introduced schema 6 (see tests/fixtures/README.md): the v5 file
// migrated, then Gita's e-mail edited, which stamped her updated_at.
void TestMigrator::opensTheVersionSixFixture()
{
    const QString file = copyFixture("schema-v6.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    QCOMPARE(s.database().userVersion(), core::Migrator::standard().latestVersion());
    const core::Candidate gita = s.candidates()->at(0);
    QCOMPARE(gita.email, std::string("gita.obrien@example.org"));
    QCOMPARE(queryInt(s, "SELECT count(*) FROM candidates WHERE updated_at = 0"), 1);
    QVERIFY(queryInt(s, "SELECT updated_at FROM candidates WHERE email = 'gita.obrien@example.org'")
            > 1'700'000'000'000);
    QCOMPARE(s.interviews(gita.id)->size(), std::size_t(2));
}

// Version 7 gives every row of every entity a UUID of its own, except that the versions of one
// interview share theirs; the unique indexes hold.
void TestMigrator::migratesVersionSixToStableIdentities()
{
    const QString file = copyFixture("schema-v6.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    for (const char *table : {"roles", "candidates", "regrets", "notes", "decisions",
                              "placement_overrides", "team_members"}) {
        const std::string all = std::string("SELECT count(*) FROM ") + table;
        const std::string distinct = std::string("SELECT count(DISTINCT uuid) FROM ") + table
                                     + " WHERE length(uuid) = 36 AND substr(uuid, 15, 1) = '4'";
        QVERIFY2(queryInt(s, all.c_str()) > 0, table);
        QCOMPARE(queryInt(s, distinct.c_str()), queryInt(s, all.c_str()));
    }
    // Kai's interview 1 was amended by interview 4: one identity, two versions.
    QCOMPARE(queryInt(s, "SELECT count(*) FROM interviews"), 4);
    QCOMPARE(queryInt(s, "SELECT count(DISTINCT uuid) FROM interviews"), 3);
    QCOMPARE(queryInt(s, "SELECT count(*) FROM interviews a JOIN interviews b ON a.uuid = b.uuid "
                         "WHERE a.id = 1 AND b.id = 4"),
             1);
    QCOMPARE(queryInt(s, "SELECT count(*) FROM roles WHERE updated_at <> 0"), 0);
    const core::Candidate kai = s.candidates()->at(1);
    QVERIFY(core::uuid::isValid(kai.uuid));
    QVERIFY(kai.profileLink.empty());
    const auto interviews = s.interviews(kai.id);
    QVERIFY(interviews);
    for (const core::Interview &i : *interviews) {
        QVERIFY(core::uuid::isValid(i.uuid));
        QVERIFY(i.interviewerEmail.empty());
    }
}

// Written by the version that introduced schema 7 (see tests/fixtures/README.md).
void TestMigrator::opensTheVersionSevenFixture()
{
    const QString file = copyFixture("schema-v7.sqlite3");
    QVERIFY(!file.isEmpty());
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    auto &s = **store;
    QCOMPARE(s.database().userVersion(), core::Migrator::standard().latestVersion());
    const core::Candidate gita = s.candidates()->at(0);
    QCOMPARE(gita.profileLink, std::string("https://example.org/people/gita-obrien"));
    QVERIFY(core::uuid::isValid(gita.uuid));
    const auto roles = *s.roles();
    QCOMPARE(roles.size(), std::size_t(2));
    for (const core::Role &role : roles) {
        QVERIFY(core::uuid::isValid(role.uuid));
        // The edited role knows when; the other was last written before version 7.
        QCOMPARE(role.updatedAt > core::TimePoint{},
                 role.description.ends_with(" Owns the ledger."));
    }
    QVERIFY(roles[0].uuid != roles[1].uuid);
    const auto interviews = s.interviews(gita.id);
    QVERIFY(interviews);
    QCOMPARE(interviews->size(), std::size_t(3));
    const core::Interview &mette = interviews->back();
    QCOMPARE(mette.interviewer, std::string("Mette"));
    QCOMPARE(mette.interviewerEmail, std::string("mette@example.org"));
    QVERIFY(core::uuid::isValid(mette.regrets.at(0).uuid));
    QVERIFY(core::uuid::isValid(mette.notes.at(0).uuid));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(mette));
}

// Each schema version keeps a fixture written by the code that introduced it, so a new step
// cannot land without one.
void TestMigrator::everyVersionHasAFixture()
{
    const int latest = core::Migrator::standard().latestVersion();
    QVERIFY(latest >= 4);
    for (int version = 1; version <= latest; ++version) {
        const QString name = QStringLiteral("schema-v%1.sqlite3").arg(version);
        QVERIFY2(QFileInfo::exists(QStringLiteral(HINDSIGHT_FIXTURES_DIR "/") + name),
                 qPrintable(name));
        const QString file = copyFixture(name.toLatin1().constData());
        QVERIFY(!file.isEmpty());
        auto db = core::Database::open(file.toStdString(), core::Database::OpenMode::ReadWrite);
        QVERIFY(db);
        QCOMPARE((*db)->userVersion(), version);
    }
}

void TestMigrator::failedStepChangesNothing()
{
    const std::string file = m_dir->filePath(QStringLiteral("db.sqlite3")).toStdString();
    auto db = core::Database::open(file);
    QVERIFY(db);
    const core::Migrator good({{1, "CREATE TABLE a (x INTEGER);"}});
    QVERIFY(!good.migrate(**db));
    QCOMPARE((*db)->userVersion(), 1);

    // Step 2 creates a table, then fails: neither the table nor the version may remain.
    const core::Migrator bad({{1, "CREATE TABLE a (x INTEGER);"},
                              {2, "CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);"}});
    const core::Error e = bad.migrate(**db);
    QVERIFY(e);
    QVERIFY(e.where.find("version 2") != std::string::npos);
    QCOMPARE((*db)->userVersion(), 1);
    core::Statement s = (*db)->prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'b'");
    QCOMPARE(s.step(), core::Statement::StepResult::Row);
    QCOMPARE(s.columnInt(0), 0);
}

void TestMigrator::newerDatabaseIsRefused()
{
    const std::string file = m_dir->filePath(QStringLiteral("db.sqlite3")).toStdString();
    {
        auto db = core::Database::open(file);
        QVERIFY(db);
        QVERIFY(!(*db)->exec("PRAGMA user_version = 99"));
    }
    auto store = core::SqliteStore::open(file);
    QVERIFY(!store);
    QCOMPARE(store.error().code, core::Error::Code::TooNew);
}

void TestMigrator::migrationIsIdempotent()
{
    const std::string file = m_dir->filePath(QStringLiteral("db.sqlite3")).toStdString();
    for (int i = 0; i < 3; ++i) {
        auto store = core::SqliteStore::open(file);
        QVERIFY(store);
        QCOMPARE((*store)->database().userVersion(), core::Migrator::standard().latestVersion());
    }
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
