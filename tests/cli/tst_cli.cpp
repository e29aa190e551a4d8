// The real hindsight binary as a user runs it: --version and --help, usage errors with one
// message and one hint, a file that is not a database, --demo.

#include "tests/cli/clifixture.h"
#include "tests/common/temporarydatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;
using test::Run;

namespace {

const QString scenario = test::scenarioFile();

} // namespace

class TestCli : public QObject, protected test::CliFixture
{
    Q_OBJECT

private slots:
    void init();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void notADatabase();
    void importRefusesWhatItCannotBound();
    void demoStartsOnAFilledDatabase();
    void langChoosesTheLanguageOfOneRun();
};

void TestCli::init()
{
    freshFolder();
}

void TestCli::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QRegularExpression(u"^hindsight \\d+\\.\\d+\\.\\d+\\n$"_s)
                .match(QString::fromUtf8(r.out))
                .hasMatch());
    QVERIFY(r.err.isEmpty());
}

void TestCli::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *word :
         {"import", "export", "scores", "--database", "--demo", "--role", "--format"})
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
    QTest::newRow("bad format") << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--format"_s,
                                               u"xml"_s}
                                << u"xml"_s;
    QTest::newRow("import without file") << QStringList{u"import"_s} << u"FILE.json"_s;
    QTest::newRow("extra argument")
        << QStringList{u"import"_s, u"a.json"_s, u"b.json"_s} << u"b.json"_s;
    QTest::newRow("report without pdf")
        << QStringList{u"report"_s, u"--role"_s, u"x"_s} << u"--pdf"_s;
    QTest::newRow("report of role and candidate")
        << QStringList{u"report"_s, u"--role"_s, u"x"_s,    u"--candidate"_s,
                       u"y"_s,      u"--pdf"_s,  u"o.pdf"_s}
        << u"--candidate"_s;
    QTest::newRow("kit of a candidate")
        << QStringList{u"report"_s, u"--candidate"_s, u"y"_s, u"--kit"_s, u"--pdf"_s, u"o.pdf"_s}
        << u"--kit"_s;
    QTest::newRow("blind kit") << QStringList{u"report"_s,  u"--role"_s, u"x"_s,    u"--kit"_s,
                                              u"--blind"_s, u"--pdf"_s,  u"o.pdf"_s}
                               << u"--blind"_s;
    QTest::newRow("pdf without report")
        << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--pdf"_s, u"o.pdf"_s} << u"--pdf"_s;
    QTest::newRow("max-size of export")
        << QStringList{u"export"_s, u"o.json"_s, u"--max-size"_s, u"5"_s} << u"--max-size"_s;
    QTest::newRow("max-size zero")
        << QStringList{u"import"_s, u"a.json"_s, u"--max-size"_s, u"0"_s} << u"\"0\""_s;
    QTest::newRow("max-size not a number")
        << QStringList{u"import"_s, u"a.json"_s, u"--max-size"_s, u"lots"_s} << u"lots"_s;
    QTest::newRow("unknown language")
        << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--lang"_s, u"xx"_s} << u"\"xx\""_s;
    QTest::newRow("database and server")
        << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--server"_s, u"postgresql://db/h"_s}
        << u"--server"_s;
    QTest::newRow("demo with command")
        << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--demo"_s} << u"--demo"_s;
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

void TestCli::notADatabase()
{
    const QString junk = writeFile(u"junk.sqlite3"_s, QByteArray(8192, 'j'));
    const Run r = run({u"scores"_s, u"--role"_s, u"x"_s, u"--database"_s, junk});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("junk.sqlite3"));
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(fileBytes(junk), QByteArray(8192, 'j'));
}

// A device is never read (it may not end), a file above the limit is refused before it is read,
// and the limit can be raised; each refusal names the file and writes nothing.
void TestCli::importRefusesWhatItCannotBound()
{
    const Run device = run({u"import"_s, u"/dev/zero"_s, u"--database"_s, db()});
    QCOMPARE(device.exitCode, 1);
    QVERIFY2(device.err.contains("/dev/zero") && device.err.contains("not a regular file"),
             device.err.constData());

    // Valid JSON padded past one megabyte with spaces.
    QByteArray big = fileBytes(scenario);
    QVERIFY(!big.isEmpty());
    big.append(QByteArray(1024 * 1024, ' '));
    const QString file = writeFile(u"big.json"_s, big);
    const Run refused = run({u"import"_s, file, u"--max-size"_s, u"1"_s, u"--database"_s, db()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("big.json") && refused.err.contains("1 MB")
                 && refused.err.contains("--max-size"),
             refused.err.constData());
    const Run scores = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QVERIFY2(scores.exitCode != 0, "nothing was imported, so the role is unknown");

    const Run raised = run({u"import"_s, file, u"--max-size"_s, u"2"_s, u"--database"_s, db()});
    QCOMPARE(raised.exitCode, 0);
    QCOMPARE(run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--database"_s, db()}).exitCode,
             0);
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

// --lang for one run, whatever the system says: the messages in Danish, then in Indonesian.
void TestCli::langChoosesTheLanguageOfOneRun()
{
    Run r = run({u"frobnicate"_s, u"--lang"_s, u"da"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"Ukendt kommando"_s), r.err.constData());
    r = run({u"frobnicate"_s, u"--lang=id"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"tidak dikenal"_s), r.err.constData());
    r = run({u"frobnicate"_s, u"--lang"_s, u"en"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"Unknown command"_s), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
