#include "tests/common/testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

const QString scenario = QStringLiteral(HINDSIGHT_SOURCE_DIR "/../shared/acceptance/scenario.json");

} // namespace

// Runs the real hindsight binary for every command of DESIGN.md's command line.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void importAndScoreTheWorkedExamples();
    void scoresAsTableAndCsv();
    void malformedImportWritesNothing();
    void unknownRoleListsTheRoles();
    void exportRoundTripGivesTheSameScores();
    void notADatabase();
    void demoStartsOnAFilledDatabase();

private:
    Run run(const QStringList &args, int timeoutMs = 60000);
    QString db() const { return m_dir->filePath(u"db.sqlite3"_s); }
    QByteArray fileBytes(const QString &path) const;
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCli::run(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s)); // never the user's real data
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HINDSIGHT_BINARY), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
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

QByteArray TestCli::fileBytes(const QString &path) const
{
    return hindsight::test::readAll(path);
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    hindsight::test::writeFile(path, content);
    return path;
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::exists(scenario));
}

void TestCli::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QRegularExpression(u"^hindsight \\d+\\.\\d+\\.\\d+\\n$"_s).match(QString::fromUtf8(r.out)).hasMatch());
    QVERIFY(r.err.isEmpty());
}

void TestCli::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"import", "export", "scores", "--database", "--demo", "--role", "--format"})
        QVERIFY2(r.out.contains(word), word);
    QVERIFY(r.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList{u"--frob"_s} << u"frob"_s;
    QTest::newRow("scores without role") << QStringList{u"scores"_s} << u"--role"_s;
    QTest::newRow("bad format") << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
    QTest::newRow("import without file") << QStringList{u"import"_s} << u"FILE.json"_s;
    QTest::newRow("extra argument") << QStringList{u"import"_s, u"a.json"_s, u"b.json"_s} << u"b.json"_s;
    QTest::newRow("demo with command") << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--demo"_s} << u"--demo"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const Run r = run(args << u"--database"_s << db());
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(mention), r.err.constData());
    QCOMPARE(r.err.count('\n'), 2); // one message and one hint, no wall of warnings
}

void TestCli::importAndScoreTheWorkedExamples()
{
    Run r = run({u"import"_s, scenario, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("28"));

    r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"json"_s,
             u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!rows.isEmpty());
    QJsonObject kai, gita;
    for (const auto &v : rows) {
        const QJsonObject o = v.toObject();
        if (o[u"candidate"_s].toString() == u"Kai Streamwright")
            kai = o;
        if (o[u"candidate"_s].toString() == u"Gita Fullstack")
            gita = o;
    }
    QCOMPARE(kai[u"fit"_s].toInt(), 45);
    QCOMPARE(kai[u"breadth"_s].toDouble(), 2.5);
    QCOMPARE(kai[u"depth"_s].toDouble(), 10.0);
    QCOMPARE(kai[u"archetype"_s].toString(), u"specialist"_s);
    QCOMPARE(kai[u"risks"_s].toArray().size(), 3);
    QCOMPARE(gita[u"fit"_s].toInt(), 100);
    QCOMPARE(gita[u"breadth"_s].toDouble(), 8.75);
    QCOMPARE(gita[u"risks"_s].toArray().first().toString(), u"good-match"_s);
}

void TestCli::scoresAsTableAndCsv()
{
    const QString file = writeFile(u"hostile.json"_s, R"json({"format":"hindsight","version":1,
      "roles":[{"id":"r","title":"Payment backend","breadthDemand":7.5,"domainDemands":{"payments":1}}],
      "candidates":[{"id":"c","name":"=HYPERLINK(\"http://x\",\"y\")","roleId":"r"},
                    {"id":"d","name":"Ada, \"the\" Lovelace","roleId":"r"}]})json");
    QCOMPARE(run({u"import"_s, file, u"--database"_s, db()}).exitCode, 0);

    Run r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Candidate"));
    QVERIFY(r.out.contains("Ada, \"the\" Lovelace"));

    r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"csv"_s,
             u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF" "candidate,breadth,depth,archetype,fit,risks"));
    QVERIFY(r.out.contains("\r\n"));
    QVERIFY(r.out.contains("\"Ada, \"\"the\"\" Lovelace\""));
    QVERIFY(r.out.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    QVERIFY(!r.out.contains(",=HYPERLINK"));
}

void TestCli::malformedImportWritesNothing()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const QByteArray before = fileBytes(db());
    const QString bad = writeFile(u"bad.json"_s, R"json({"format":"hindsight","version":1,
      "roles":[{"id":"r","title":"New role","breadthDemand":5}],
      "candidates":[{"id":"c","name":"Fine","roleId":"r","interviews":[{"interviewer":"S",
        "startedAt":"2026-11-20T10:00:00Z","submitted":true,
        "regrets":[{"level":"domain","domain":"streaming","depth":5}]}]}]})json");
    const Run r = run({u"import"_s, bad, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("candidates[0].interviews[0].regrets[0].depth"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(fileBytes(db()), before);
    QCOMPARE(run({u"scores"_s, u"--role"_s, u"New role"_s, u"--database"_s, db()}).exitCode, 1);

    const Run missing = run({u"import"_s, m_dir->filePath(u"nope.json"_s), u"--database"_s, db()});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("nope.json"));
}

void TestCli::unknownRoleListsTheRoles()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const Run r = run({u"scores"_s, u"--role"_s, u"Astronaut"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Astronaut"));
    QVERIFY(r.err.contains("Fraud scoring pipeline"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::exportRoundTripGivesTheSameScores()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const QString exported = m_dir->filePath(u"out.json"_s);
    Run r = run({u"export"_s, exported, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    const QString copy = m_dir->filePath(u"copy.sqlite3"_s);
    QCOMPARE(run({u"import"_s, exported, u"--database"_s, copy}).exitCode, 0);
    for (const QString &role : {u"Payment backend"_s, u"Fraud scoring pipeline"_s,
                                u"Platform generalist"_s, u"Ledger and compliance lead"_s}) {
        const QStringList args{u"scores"_s, u"--role"_s, role, u"--format"_s, u"json"_s};
        const Run a = run(QStringList(args) << u"--database"_s << db());
        const Run b = run(QStringList(args) << u"--database"_s << copy);
        QCOMPARE(a.exitCode, 0);
        QVERIFY(a.out.size() > 10);
        // Same figures; candidate ids differ between the two databases.
        QJsonArray ja = QJsonDocument::fromJson(a.out).array(), jb = QJsonDocument::fromJson(b.out).array();
        QCOMPARE(ja.size(), jb.size());
        for (qsizetype i = 0; i < ja.size(); ++i) {
            QJsonObject oa = ja[i].toObject(), ob = jb[i].toObject();
            oa.remove(u"candidateId"_s);
            ob.remove(u"candidateId"_s);
            QCOMPARE(oa, ob);
        }
    }
    // Export of one role, and to a folder that does not exist.
    r = run({u"export"_s, m_dir->filePath(u"role.json"_s), u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(fileBytes(m_dir->filePath(u"role.json"_s)))[u"roles"_s].toArray().size(), 1);
    const QString nowhere = m_dir->filePath(u"no/such/dir/out.json"_s);
    r = run({u"export"_s, nowhere, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no/such/dir"));
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::notADatabase()
{
    const QString junk = writeFile(u"junk.sqlite3"_s, QByteArray(8192, 'j'));
    const Run r = run({u"scores"_s, u"--role"_s, u"x"_s, u"--database"_s, junk});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("junk.sqlite3"));
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(fileBytes(junk), QByteArray(8192, 'j'));
}

void TestCli::demoStartsOnAFilledDatabase()
{
    const QString demo = m_dir->filePath(u"demo.sqlite3"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HINDSIGHT_BINARY), {u"--demo"_s, u"--database"_s, demo});
    QVERIFY(p.waitForStarted());
    // The window is up once the demo file exists; it must stay up (no crash on the demo data).
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(demo), 30000);
    QTest::qWait(1500);
    QCOMPARE(p.state(), QProcess::Running);
    p.terminate();
    QVERIFY(p.waitForFinished(10000));

    const Run r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"json"_s,
                       u"--database"_s, demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 3);

    // --demo never overwrites a database the user named.
    const QByteArray before = fileBytes(demo);
    const Run again = run({u"--demo"_s, u"--database"_s, demo}, 30000);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already exists"));
    QCOMPARE(fileBytes(demo), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
