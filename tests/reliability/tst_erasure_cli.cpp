// hindsight delete, purge and export-person, run as a user runs them: nothing of an erased
// candidate left in the database, its -wal or a backup; no erasure without a confirmation; a dry
// run that changes no byte; an export of one person that holds them and nobody else.

#include "tests/cli/clifixture.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/reliability/markedpeople.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;
using test::KeeperMarker;
using test::Run;
using test::VictimMarker;

class TestErasureCli : public QObject, protected test::CliFixture
{
    Q_OBJECT

private slots:
    void init();
    void deleteRewritesBackups();
    void deleteDeletesBackups();
    void deleteRefusesWithoutYesOnAPipe();
    void deleteNamesAnUnknownCandidate();
    void purgeDryRunChangesNothing();
    void purgeErasesOnlyTheInactive();
    void purgeNeedsAPeriod();
    void exportPersonHoldsOnlyThem();

private:
    // The database with the keeper and the victim (inactive for two years when `idleVictim`),
    // and two backups holding both; closed, so the files are whole on disk.
    void prepare(bool idleVictim = false);
    QStringList backups() const;
    QStringList everyFile() const;
    QStringList sums() const;
    bool holds(const char *name);

    core::Id m_victim = 0;
    core::Id m_keeper = 0;
};

void TestErasureCli::init()
{
    freshFolder();
}

void TestErasureCli::prepare(bool idleVictim)
{
    auto store = test::openStore(db());
    QVERIFY(store);
    const core::Id role = test::addRole(*store);
    m_keeper = test::addMarkedPerson(*store, role, "Kim Lund", KeeperMarker);
    m_victim = test::addMarkedPerson(*store, role, "Vera Okafor", VictimMarker);
    QVERIFY(m_keeper && m_victim);
    if (idleVictim) {
        const auto twoYearsAgo = std::chrono::time_point_cast<std::chrono::milliseconds>(
            core::Clock::now() - std::chrono::hours(24 * 730));
        QVERIFY(test::backdate(*store, m_victim, twoYearsAgo.time_since_epoch().count()));
    }
    QVERIFY(!test::writeBackup(*store, u"20250101-120000"_s).isEmpty());
    // The newer one made now, so that no daily backup is due when the commands open the database
    // (one would be made, and erased from, as well: AutomaticBackup).
    const QString now = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QVERIFY(!test::writeBackup(*store, now).isEmpty());
    QCOMPARE(backups().size(), 2);
}

QStringList TestErasureCli::backups() const
{
    QStringList files;
    const QDir folder(m_dir->filePath(u"backups"_s));
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
        files << folder.filePath(name);
    return files;
}

QStringList TestErasureCli::everyFile() const
{
    return QStringList{db(), db() + u"-wal"_s, db() + u"-shm"_s} + backups();
}

QStringList TestErasureCli::sums() const
{
    QStringList list;
    for (const QString &file : everyFile())
        list << file + u" "_s + QString::fromLatin1(test::md5(file));
    return list;
}

bool TestErasureCli::holds(const char *name)
{
    auto store = test::openStore(db());
    return store && test::candidateIdByName(*store, name) != 0;
}

void TestErasureCli::deleteRewritesBackups()
{
    prepare();
    QVERIFY(test::fileContains(db(), VictimMarker));
    const Run r = run({u"delete"_s, u"--database"_s, db(), u"--candidate"_s, u"Vera Okafor"_s,
                       u"--yes"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("rewritten without them"));
    QCOMPARE(backups().size(), 2);
    for (const QString &file : everyFile()) {
        QVERIFY2(!test::fileContains(file, VictimMarker), qPrintable(file));
        QVERIFY2(!test::fileContains(file, "Vera Okafor"), qPrintable(file));
    }
    for (const QString &backup : backups())
        QVERIFY2(test::fileContains(backup, KeeperMarker), qPrintable(backup));
    QVERIFY(!holds("Vera Okafor"));
    QVERIFY(holds("Kim Lund"));
}

void TestErasureCli::deleteDeletesBackups()
{
    prepare();
    const Run r = run({u"delete"_s, u"--database"_s, db(), u"--candidate"_s,
                       QString::number(m_victim), u"--backups"_s, u"delete"_s, u"--yes"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("will be deleted"));
    QVERIFY(backups().isEmpty());
    for (const QString &file : everyFile()) {
        QVERIFY2(!test::fileContains(file, VictimMarker), qPrintable(file));
        QVERIFY2(!test::fileContains(file, "Vera Okafor"), qPrintable(file));
    }
    QVERIFY(holds("Kim Lund"));
}

// Standard input of a QProcess is a pipe, not a terminal: without --yes nothing is erased.
void TestErasureCli::deleteRefusesWithoutYesOnAPipe()
{
    prepare();
    const QStringList before = sums();
    const Run r = run({u"delete"_s, u"--database"_s, db(), u"--candidate"_s, u"Vera Okafor"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("not a terminal") && r.err.contains("--yes"), r.err.constData());
    // It said what it would have erased, and where the backups are going.
    QVERIFY2(r.out.contains("Vera Okafor") && r.out.contains("3 interviews (1 draft)")
                 && r.out.contains("2 backups"),
             r.out.constData());
    QCOMPARE(sums(), before);
    QVERIFY(holds("Vera Okafor"));
}

void TestErasureCli::deleteNamesAnUnknownCandidate()
{
    prepare();
    const QStringList before = sums();
    const Run r = run({u"delete"_s, u"--database"_s, db(), u"--candidate"_s, u"Nobody"_s,
                       u"--yes"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("No candidate \"Nobody\""), r.err.constData());
    QCOMPARE(sums(), before);
}

void TestErasureCli::purgeDryRunChangesNothing()
{
    prepare(true);
    const QStringList before = sums();
    const Run r = run({u"purge"_s, u"--database"_s, db(), u"--inactive-months"_s, u"12"_s,
                       u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Vera Okafor") && !r.out.contains("Kim Lund"), r.out.constData());
    QVERIFY(r.out.contains("Dry run"));
    QCOMPARE(sums(), before);
    QVERIFY(holds("Vera Okafor"));
}

void TestErasureCli::purgeErasesOnlyTheInactive()
{
    prepare(true);
    const Run r = run({u"purge"_s, u"--database"_s, db(), u"--inactive-months"_s, u"12"_s,
                       u"--yes"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!holds("Vera Okafor"));
    QVERIFY(holds("Kim Lund"));
    for (const QString &file : everyFile()) {
        QVERIFY2(!test::fileContains(file, VictimMarker), qPrintable(file));
        QVERIFY2(!test::fileContains(file, "Vera Okafor"), qPrintable(file));
    }
    for (const QString &backup : backups())
        QVERIFY2(test::fileContains(backup, KeeperMarker), qPrintable(backup));

    // Nobody else is inactive for a year now.
    const Run again = run({u"purge"_s, u"--database"_s, db(), u"--inactive-months"_s, u"12"_s,
                           u"--yes"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(holds("Kim Lund"));
}

void TestErasureCli::purgeNeedsAPeriod()
{
    prepare(true);
    const QStringList before = sums();
    const Run r = run({u"purge"_s, u"--database"_s, db(), u"--yes"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("--inactive-months"), r.err.constData());
    QCOMPARE(sums(), before);
    const Run zero = run({u"purge"_s, u"--database"_s, db(), u"--inactive-months"_s, u"0"_s});
    QCOMPARE(zero.exitCode, 2);
}

void TestErasureCli::exportPersonHoldsOnlyThem()
{
    prepare();
    const QString out = writeFile(u"vera.json"_s, "old");
    QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const Run r = run({u"export-person"_s, u"--database"_s, db(), u"--candidate"_s,
                       u"Vera Okafor"_s, out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray bytes = fileBytes(out);
    QVERIFY(bytes.contains(VictimMarker));
    QVERIFY(!bytes.contains(KeeperMarker));
    QCOMPARE(QFileInfo(out).permissions() & 0x0077, QFile::Permissions());

    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[u"format"_s].toString(), u"hindsight-person"_s);
    QCOMPARE(root[u"candidate"_s][u"name"_s].toString(), u"Vera Okafor"_s);
    QCOMPARE(root[u"candidate"_s][u"role"_s][u"title"_s].toString(), u"Payments backend"_s);
    const QJsonArray interviews = root[u"interviews"_s].toArray();
    QCOMPARE(interviews.size(), 3);
    QStringList states;
    for (const QJsonValue &i : interviews)
        states << i[u"state"_s].toString();
    states.sort();
    QCOMPARE(states, QStringList({u"draft"_s, u"submitted"_s, u"superseded"_s}));
    for (const QJsonValue &i : interviews) {
        if (i[u"state"_s].toString() == u"draft")
            QCOMPARE(i[u"pendingNote"_s].toString(),
                     u"typing "_s + QString::fromLatin1(VictimMarker));
    }
    QCOMPARE(root[u"decisions"_s].toArray().size(), 1);
    QCOMPARE(root[u"placementOverrides"_s].toArray().size(), 1);
    QVERIFY(root[u"candidate"_s][u"lastActivity"_s].isString());
}

QTEST_GUILESS_MAIN(TestErasureCli)
#include "tst_erasure_cli.moc"
