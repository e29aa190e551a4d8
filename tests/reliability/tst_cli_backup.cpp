// `hindsight backup [--to PATH]` and `hindsight restore BACKUP [--force]` as a user runs them:
// where the backup went, a restore that refuses to overwrite and keeps what it replaces, errors
// that name the file, and a damaged database restored over.

#include "tests/cli/clifixture.h"
#include "tests/common/temporarydatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace hindsight;
using namespace Qt::StringLiterals;
using test::Run;

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// The path a command printed after `prefix` and before the final full stop.
QString pathAfter(const QByteArray &out, const QString &prefix)
{
    const QString text = QString::fromUtf8(out);
    const auto match = QRegularExpression(QRegularExpression::escape(prefix) + u"(.+)\\.$"_s,
                                          QRegularExpression::MultilineOption)
                           .match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

class TestCliBackup : public QObject, protected test::CliFixture
{
    Q_OBJECT

private slots:
    void init();
    void helpNamesTheCommands();
    void usageErrors_data();
    void usageErrors();
    void backupToTheBackupsFolder();
    void backupToAPathOrFolder();
    void backupOfNothingNamesTheFile();
    void restoreRefusesWithoutForceAndKeepsTheReplacedFile();
    void restoreOfAMissingOrDamagedBackupChangesNothing();
    void damagedDatabaseIsRestoredOver();

private:
    // The shared scenario imported into db().
    void importScenario();
};

void TestCliBackup::init()
{
    freshFolder();
}

void TestCliBackup::importScenario()
{
    const Run r = run({u"import"_s, test::scenarioFile(), u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
}

void TestCliBackup::helpNamesTheCommands()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"backup [--to PATH]", "restore BACKUP [--force]", "--to", "--force"})
        QVERIFY2(r.out.contains(word), word);
}

void TestCliBackup::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("restore without backup") << QStringList{u"restore"_s} << u"BACKUP"_s;
    QTest::newRow("restore with two") << QStringList{u"restore"_s, u"a"_s, u"b"_s} << u"\"b\""_s;
    QTest::newRow("backup with file") << QStringList{u"backup"_s, u"x.sqlite3"_s} << u"x.sqlite3"_s;
    QTest::newRow("to without backup")
        << QStringList{u"restore"_s, u"a.sqlite3"_s, u"--to"_s, u"b"_s} << u"--to"_s;
    QTest::newRow("force without restore") << QStringList{u"backup"_s, u"--force"_s} << u"--force"_s;
    QTest::newRow("role with backup")
        << QStringList{u"backup"_s, u"--role"_s, u"x"_s} << u"--role"_s;
}

void TestCliBackup::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const Run r = run(args << u"--database"_s << db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(mention), r.err.constData());
    QVERIFY(!QFile::exists(db()));
}

void TestCliBackup::backupToTheBackupsFolder()
{
    importScenario();
    const Run r = run({u"backup"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QString backup = pathAfter(r.out, u"Backed up %1 to "_s.arg(db()));
    QVERIFY2(!backup.isEmpty(), r.out.constData());
    QCOMPARE(QFileInfo(backup).absolutePath(), m_dir->filePath(u"backups"_s));
    QVERIFY(QRegularExpression(u"^db-\\d{8}-\\d{6}(-\\d+)?\\.sqlite3$"_s)
                .match(QFileInfo(backup).fileName())
                .hasMatch());
    QCOMPARE(modeOf(backup), 0600);
    QCOMPARE(modeOf(m_dir->filePath(u"backups"_s)), 0700);

    // The backup is a database with the same scores.
    const QStringList scores = {u"scores"_s,   u"--role"_s, u"Payment backend"_s,
                                u"--format"_s, u"json"_s,   u"--database"_s};
    const Run original = run(QStringList(scores) << db());
    const Run copy = run(QStringList(scores) << backup);
    QCOMPARE(original.exitCode, 0);
    QCOMPARE(copy.exitCode, 0);
    QCOMPARE(copy.out, original.out);
}

void TestCliBackup::backupToAPathOrFolder()
{
    importScenario();
    const QString target = m_dir->filePath(u"kept.sqlite3"_s);
    const Run r = run({u"backup"_s, u"--to"_s, target, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(pathAfter(r.out, u"Backed up %1 to "_s.arg(db())), target);
    QCOMPARE(modeOf(target), 0600);

    // Never over an existing file.
    const QByteArray before = fileBytes(target);
    const Run again = run({u"backup"_s, u"--to"_s, target, u"--database"_s, db()});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(target.toUtf8()), again.err.constData());
    QCOMPARE(again.err.count('\n'), 1);
    QCOMPARE(fileBytes(target), before);

    // A folder takes it under its usual name.
    const QString folder = m_dir->filePath(u"elsewhere"_s);
    QVERIFY(QDir().mkdir(folder));
    const Run into = run({u"backup"_s, u"--to"_s, folder, u"--database"_s, db()});
    QCOMPARE(into.exitCode, 0);
    const QString written = pathAfter(into.out, u"Backed up %1 to "_s.arg(db()));
    QCOMPARE(QFileInfo(written).absolutePath(), folder);
    QVERIFY(QFileInfo(written).fileName().startsWith(u"db-"_s));
    QCOMPARE(entries(folder), QStringList{QFileInfo(written).fileName()});
}

void TestCliBackup::backupOfNothingNamesTheFile()
{
    const QString missing = m_dir->filePath(u"missing.sqlite3"_s);
    const Run r = run({u"backup"_s, u"--database"_s, missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(m_dir->filePath(u"backups"_s)));

    const QString junk = writeFile(u"junk.sqlite3"_s, QByteArray(8192, 'j'));
    const Run damaged = run({u"backup"_s, u"--database"_s, junk});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(junk.toUtf8()), damaged.err.constData());
    QCOMPARE(fileBytes(junk), QByteArray(8192, 'j'));
}

void TestCliBackup::restoreRefusesWithoutForceAndKeepsTheReplacedFile()
{
    importScenario();
    const QString backup = m_dir->filePath(u"before.sqlite3"_s);
    QCOMPARE(run({u"backup"_s, u"--to"_s, backup, u"--database"_s, db()}).exitCode, 0);
    const QString extra = writeFile(
        u"extra.json"_s,
        R"({"format": "hindsight", "version": 1, "roles": [{"id": "r", "title": "Added later",
            "description": "", "breadthDemand": 5, "domainDemands": {}}], "candidates": []})");
    const Run added = run({u"import"_s, extra, u"--database"_s, db()});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QByteArray current = fileBytes(db());

    const Run refused = run({u"restore"_s, backup, u"--database"_s, db()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(db().toUtf8()) && refused.err.contains("--force"),
             refused.err.constData());
    QCOMPARE(refused.err.count('\n'), 1);
    QCOMPARE(fileBytes(db()), current);

    const Run forced = run({u"restore"_s, backup, u"--force"_s, u"--database"_s, db()});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY2(forced.out.contains(backup.toUtf8()), forced.out.constData());
    const QString keptAs = pathAfter(forced.out, u"The database it replaced is kept as "_s);
    QVERIFY2(QRegularExpression(u"/db\\.sqlite3\\.replaced-\\d{8}-\\d{6}(-\\d+)?$"_s)
                 .match(keptAs)
                 .hasMatch(),
             forced.out.constData());
    QCOMPARE(fileBytes(keptAs), current);

    // The restored database lacks what came after the backup; the kept one still has it.
    const QString restoredJson = m_dir->filePath(u"restored.json"_s);
    const QString keptJson = m_dir->filePath(u"kept.json"_s);
    QCOMPARE(run({u"export"_s, restoredJson, u"--database"_s, db()}).exitCode, 0);
    QCOMPARE(run({u"export"_s, keptJson, u"--database"_s, keptAs}).exitCode, 0);
    QVERIFY(fileBytes(restoredJson).contains("Payment backend"));
    QVERIFY(!fileBytes(restoredJson).contains("Added later"));
    QVERIFY(fileBytes(keptJson).contains("Added later"));
}

void TestCliBackup::restoreOfAMissingOrDamagedBackupChangesNothing()
{
    importScenario();
    const QByteArray before = fileBytes(db());
    const QStringList folder = entries(m_dir->path());

    const QString missing = m_dir->filePath(u"missing.sqlite3"_s);
    const Run r = run({u"restore"_s, missing, u"--force"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);

    const QString junk = writeFile(u"junk.sqlite3"_s, QByteArray(8192, 'j'));
    const Run damaged = run({u"restore"_s, junk, u"--force"_s, u"--database"_s, db()});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(junk.toUtf8()), damaged.err.constData());
    QCOMPARE(fileBytes(db()), before);
    QStringList expected = QStringList(folder) << u"junk.sqlite3"_s;
    expected.sort();
    QCOMPARE(entries(m_dir->path()), expected);
}

void TestCliBackup::damagedDatabaseIsRestoredOver()
{
    importScenario();
    const Run made = run({u"backup"_s, u"--database"_s, db()});
    QCOMPARE(made.exitCode, 0);
    const QString backup = pathAfter(made.out, u"Backed up %1 to "_s.arg(db()));
    // Damaged past use: every command refuses it.
    QByteArray bytes = fileBytes(db());
    bytes.replace(0, 16, "Not SQLite at al");
    QVERIFY(QFile::remove(db()));
    writeFile(u"db.sqlite3"_s, bytes);
    QCOMPARE(run({u"export"_s, m_dir->filePath(u"x.json"_s), u"--database"_s, db()}).exitCode, 1);

    const Run r = run({u"restore"_s, backup, u"--force"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    const QString keptAs = pathAfter(r.out, u"The database it replaced is kept as "_s);
    QCOMPARE(fileBytes(keptAs), bytes);
    const Run scores = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QCOMPARE(scores.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
