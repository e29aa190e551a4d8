// The team commands through the real binary, against the throw-away PostgreSQL cluster
// run-with-server.sh starts (its superuser's PGHOST, PGPORT, PGUSER and PGPASSWORD in the
// environment): team init (twice: nothing changed), team add-interviewer with the password on
// standard input only, an interviewer importing, scoring and exporting with --server, and what is
// refused: add-interviewer without a password, team init by a login that may not create roles,
// backup of a server.

#include "tests/cli/clifixture.h"
#include "tests/common/temporarydatabase.h"
#include "tests/teamserver/teamsql.h"

#include "core/storage/postgres/pgconnection.h"

#include <fmt/format.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace hindsight;
using namespace Qt::StringLiterals;
using core::postgres::PgConnection;
using test::Run;

namespace {

const QString alicePassword = u"s3cret alice passw0rd"_s;

std::string environment(const char *name)
{
    const char *value = std::getenv(name);
    return value ? value : "";
}

} // namespace

class TestCliTeam : public QObject, public test::CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void initTwiceChangesNothing();
    void addInterviewerWithoutAPasswordCreatesNothing();
    void anInterviewerImportsScoresAndExports();
    void initWithoutTheRightToCreateRolesSaysWhatIsNeeded();
    void backupOfAServerIsRefused();
    void deleteAndPurgeEraseThroughTheServer();

private:
    // A new empty database of the cluster; its name.
    std::string newDatabase();
    // The superuser (from the environment) on `database`, as a --server URL.
    static QString adminUrl(const std::string &database);
    // `login` on `database`, as an interviewer gives it: postgresql://LOGIN@HOST:PORT/DB.
    static QString loginUrl(const QString &login, const std::string &database);
    // Runs the binary with `input` on its standard input and `password` as PGPASSWORD (the
    // environment's when empty); checks, while it runs, that its command line (what ps shows)
    // does not hold `secret`.
    Run runWith(const QStringList &args, const QByteArray &input, const QString &password,
                const QString &secret);
    Run addAlice(const std::string &database);
    std::int64_t adminScalar(const std::string &database, const char *sql);

    std::unique_ptr<PgConnection> m_cluster;
    std::vector<std::string> m_databases; // of this test case, dropped by cleanup()
    std::string m_database;
    QByteArray m_commandLine; // of the last runWith(), as /proc showed it
};

void TestCliTeam::initTestCase()
{
    QVERIFY2(!environment("PGHOST").empty(),
             "no PostgreSQL cluster in the environment: run through run-with-server.sh (ctest does)");
    auto cluster = PgConnection::open("");
    QVERIFY2(cluster, cluster ? "" : cluster.error().detail.c_str());
    m_cluster = std::move(*cluster);
}

void TestCliTeam::init()
{
    freshFolder();
    m_database = newDatabase();
    QVERIFY(!m_database.empty());
}

void TestCliTeam::cleanup()
{
    for (const std::string &name : m_databases)
        (void)m_cluster->execScript(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", name),
                                    "dropping a test database");
    m_databases.clear();
}

std::string TestCliTeam::newDatabase()
{
    static int created = 0;
    const std::string name = fmt::format("hindsight_cli_{}_{}", ::getpid(), ++created);
    if (m_cluster->execScript(fmt::format("CREATE DATABASE {}", name), "creating a test database"))
        return {};
    m_databases.push_back(name);
    return name;
}

QString TestCliTeam::adminUrl(const std::string &database)
{
    return QString::fromStdString("postgresql:///" + database);
}

QString TestCliTeam::loginUrl(const QString &login, const std::string &database)
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(login, QString::fromStdString(environment("PGHOST")),
                                             QString::fromStdString(environment("PGPORT")),
                                             QString::fromStdString(database));
}

Run TestCliTeam::runWith(const QStringList &args, const QByteArray &input, const QString &password,
                         const QString &secret)
{
    Run r;
    QProcess p;
    prepare(p);
    if (!password.isEmpty()) {
        QProcessEnvironment env = p.processEnvironment();
        env.insert(u"PGPASSWORD"_s, password);
        p.setProcessEnvironment(env);
    }
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted())
        return r;
    // What ps shows of it: the arguments, NUL-separated (a command that reads standard input is
    // still running here; one that does not may be gone already, and leave nothing to read).
    // Just started, the child may not have replaced this program's image yet: wait until /proc
    // names the binary (or it is gone).
    m_commandLine.clear();
    QDeadlineTimer deadline(5000);
    while (!m_commandLine.contains("add-interviewer") && !deadline.hasExpired()) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(p.processId()));
        if (!cmdline.open(QIODevice::ReadOnly))
            break;
        m_commandLine = cmdline.readAll();
        if (!m_commandLine.contains(QByteArrayLiteral(HINDSIGHT_BINARY)))
            QThread::msleep(5);
        else
            break;
    }
    if (m_commandLine.contains(secret.toUtf8())) {
        p.kill();
        p.waitForFinished();
        r.err = "the password is on the command line";
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run TestCliTeam::addAlice(const std::string &database)
{
    const QStringList args{
        u"team"_s,    u"add-interviewer"_s,   u"alice"_s,    u"--name"_s,       u"Alice Archer"_s,
        u"--email"_s, u"alice@example.org"_s, u"--server"_s, adminUrl(database)};
    // The command line built holds no password: it goes on standard input only.
    if (args.join(u' ').contains(alicePassword))
        return {};
    Run r = runWith(args, (alicePassword + u'\n').toUtf8(), {}, alicePassword);
    // It was read while the binary waited for the password: the check above saw its arguments.
    if (!m_commandLine.contains("add-interviewer"))
        r.exitCode = -1;
    return r;
}

std::int64_t TestCliTeam::adminScalar(const std::string &database, const char *sql)
{
    auto admin = PgConnection::open(fmt::format("dbname={}", database));
    if (!admin)
        return -1;
    auto value = test::scalar(**admin, sql);
    return value ? *value : -1;
}

void TestCliTeam::initTwiceChangesNothing()
{
    const QStringList init{u"team"_s, u"init"_s, u"--server"_s, adminUrl(m_database)};
    Run r = run(init);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("is set up"), r.out.constData());
    QCOMPARE(adminScalar(m_database, "SELECT count(*) FROM pg_namespace WHERE nspname = 'hindsight'"),
             std::int64_t(1));
    r = run(init);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("nothing was changed"), r.out.constData());
}

void TestCliTeam::addInterviewerWithoutAPasswordCreatesNothing()
{
    QCOMPARE(run({u"team"_s, u"init"_s, u"--server"_s, adminUrl(m_database)}).exitCode, 0);
    const Run r = runWith({u"team"_s, u"add-interviewer"_s, u"carol"_s, u"--name"_s,
                           u"Carol Cole"_s, u"--email"_s, u"carol@example.org"_s, u"--server"_s,
                           adminUrl(m_database)},
                          {}, {}, alicePassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("standard input") && r.err.contains("nothing was changed"),
             r.err.constData());
    QCOMPARE(adminScalar(m_database, "SELECT count(*) FROM pg_roles WHERE rolname = 'carol'"),
             std::int64_t(0));
    QCOMPARE(adminScalar(m_database, "SELECT count(*) FROM hindsight.interviewers"),
             std::int64_t(0));
}

void TestCliTeam::anInterviewerImportsScoresAndExports()
{
    QCOMPARE(run({u"team"_s, u"init"_s, u"--server"_s, adminUrl(m_database)}).exitCode, 0);
    Run r = addAlice(m_database);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("alice"), r.out.constData());
    QCOMPARE(adminScalar(m_database,
                         "SELECT count(*) FROM hindsight.interviewers WHERE login = 'alice' AND "
                         "name = 'Alice Archer' AND email = 'alice@example.org'"),
             std::int64_t(1));
    // A login the server checks the password of (scram-sha-256), not the superuser.
    QCOMPARE(adminScalar(m_database,
                         "SELECT count(*) FROM pg_authid WHERE rolname = 'alice' AND rolcanlogin "
                         "AND NOT rolsuper AND NOT rolcreaterole AND rolpassword LIKE "
                         "'SCRAM-SHA-256$%'"),
             std::int64_t(1));

    const QString server = loginUrl(u"alice"_s, m_database);
    QVERIFY(!server.contains(alicePassword));
    r = runWith({u"import"_s, test::scenarioFile(), u"--server"_s, server}, {}, alicePassword,
                alicePassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("28"), r.out.constData());

    r = runWith({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--server"_s, server}, {},
                alicePassword, alicePassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Kai Streamwright") && r.out.contains("Gita Fullstack"),
             r.out.constData());
    r = runWith({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"json"_s,
                 u"--server"_s, server},
                {}, alicePassword, alicePassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QMap<QString, int> fit;
    for (const auto &v : QJsonDocument::fromJson(r.out).array())
        fit[v.toObject()[u"candidate"_s].toString()] = v.toObject()[u"fit"_s].toInt();
    QCOMPARE(fit.value(u"Kai Streamwright"_s, -1), 45); // as from a file: tst_cli_scores.cpp
    QCOMPARE(fit.value(u"Gita Fullstack"_s, -1), 100);

    const QString file = m_dir->filePath(u"team.json"_s);
    r = runWith({u"export"_s, file, u"--server"_s, server}, {}, alicePassword, alicePassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject exported = QJsonDocument::fromJson(fileBytes(file)).object();
    QCOMPARE(exported[u"roles"_s].toArray().size(), 4);
    QCOMPARE(exported[u"candidates"_s].toArray().size(), 28);

    // Right of access works on the server too: everything held about one candidate.
    const QString person = m_dir->filePath(u"person.json"_s);
    r = runWith({u"export-person"_s, u"--candidate"_s, u"Kai Streamwright"_s, person, u"--server"_s,
                 server},
                {}, alicePassword, alicePassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Kai Streamwright"), r.out.constData());
    const QJsonObject held = QJsonDocument::fromJson(fileBytes(person)).object();
    QCOMPARE(held[u"format"_s].toString(), u"hindsight-person"_s);
    QVERIFY(fileBytes(person).contains("Kai Streamwright"));

    // With a wrong password libpq finds no way in, and says so.
    r = runWith({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--server"_s, server}, {},
                u"wrong password"_s, alicePassword);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("password"), r.err.constData());
}

void TestCliTeam::initWithoutTheRightToCreateRolesSaysWhatIsNeeded()
{
    QCOMPARE(run({u"team"_s, u"init"_s, u"--server"_s, adminUrl(m_database)}).exitCode, 0);
    Run r = addAlice(m_database);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::string other = newDatabase();
    QVERIFY(!other.empty());
    r = runWith({u"team"_s, u"init"_s, u"--server"_s, loginUrl(u"alice"_s, other)}, {},
                alicePassword, alicePassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("CREATEROLE") && r.err.contains("alice"), r.err.constData());
    QCOMPARE(adminScalar(other, "SELECT count(*) FROM pg_namespace WHERE nspname = 'hindsight'"),
             std::int64_t(0));
}

void TestCliTeam::backupOfAServerIsRefused()
{
    QCOMPARE(run({u"team"_s, u"init"_s, u"--server"_s, adminUrl(m_database)}).exitCode, 0);
    const Run r = run({u"backup"_s, u"--server"_s, adminUrl(m_database)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("team server"), r.err.constData());
    QVERIFY(entries(m_dir->path()).filter(u".sqlite3"_s).isEmpty());
}

void TestCliTeam::deleteAndPurgeEraseThroughTheServer()
{
    QCOMPARE(run({u"team"_s, u"init"_s, u"--server"_s, adminUrl(m_database)}).exitCode, 0);
    Run r = addAlice(m_database);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString server = loginUrl(u"alice"_s, m_database);
    r = runWith({u"import"_s, test::scenarioFile(), u"--server"_s, server}, {}, alicePassword,
                alicePassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::int64_t candidates = adminScalar(m_database,
                                                "SELECT count(*) FROM hindsight.candidates");
    QVERIFY(candidates > 1);

    // A server's backups are not ours to rewrite: --backups is refused, nothing erased.
    r = runWith({u"delete"_s, u"--candidate"_s, u"Kai Streamwright"_s, u"--backups"_s, u"delete"_s,
                 u"--yes"_s, u"--server"_s, server},
                {}, alicePassword, alicePassword);
    QCOMPARE(r.exitCode, 2);
    // Without --yes and without a terminal it asks nobody and erases nothing.
    r = runWith({u"delete"_s, u"--candidate"_s, u"Kai Streamwright"_s, u"--server"_s, server}, {},
                alicePassword, alicePassword);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(adminScalar(m_database, "SELECT count(*) FROM hindsight.candidates"), candidates);

    r = runWith({u"delete"_s, u"--candidate"_s, u"Kai Streamwright"_s, u"--yes"_s, u"--server"_s,
                 server},
                {}, alicePassword, alicePassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Kai Streamwright") && r.out.contains("Erased 1 candidate"),
             r.out.constData());
    QCOMPARE(adminScalar(m_database, "SELECT count(*) FROM hindsight.candidates"), candidates - 1);
    QCOMPARE(adminScalar(m_database, "SELECT count(*) FROM hindsight.candidates "
                                     "WHERE name = 'Kai Streamwright'"),
             std::int64_t(0));

    // Everyone was just imported: a purge of a month's inactivity finds nobody, and says so.
    r = runWith({u"purge"_s, u"--inactive-months"_s, u"1"_s, u"--dry-run"_s, u"--server"_s, server},
                {}, alicePassword, alicePassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(adminScalar(m_database, "SELECT count(*) FROM hindsight.candidates"), candidates - 1);
}

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
