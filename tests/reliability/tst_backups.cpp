// Backups (issue 13, item 3): each one a private, self-contained, verified file in backups/
// beside the database; the newest 7 kept; one made before every migration and at most once a day
// on open; a restore that keeps what it replaces and changes nothing when it fails; a backup
// rewritten for erasure.

#include "core/storage/sqlite/automaticbackup.h"
#include "core/storage/sqlite/backuprestore.h"
#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/sqlitestore.h"
#include "core/storage/sqlite/statement.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <chrono>

using namespace hindsight;
using namespace std::chrono_literals;
using Code = core::Error::Code;
using Aside = core::BackupRestore::Aside;

namespace {

std::string str(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString qstr(const std::string &path)
{
    return QFile::decodeName(QByteArray::fromStdString(path));
}

QByteArray md5(const QString &path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Md5);
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(str(path).c_str(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// The number of candidates in a database file, read through a store on it.
int candidateCount(const QString &path)
{
    auto store = test::openStore(path);
    if (!store)
        return -1;
    const auto candidates = store->candidates();
    return candidates ? int(candidates->size()) : -1;
}

QStringList backupNames(const QString &databasePath)
{
    QStringList names;
    for (const auto &entry : core::Backups::list(str(databasePath)))
        names << QFileInfo(qstr(entry.path)).fileName();
    return names;
}

// The user_version in the header of a rollback-journal file (offset 60, big-endian).
int headerVersion(const QString &path)
{
    const QByteArray bytes = test::readAll(path);
    if (bytes.size() < 100)
        return -1;
    return (uchar(bytes[60]) << 24) | (uchar(bytes[61]) << 16) | (uchar(bytes[62]) << 8)
           | uchar(bytes[63]);
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void backupIsPrivateSelfContainedAndVerified();
    void backupHoldsWhatIsOnlyInTheWal();
    void roundTripRestoresTheBackupAndKeepsTheReplacedFile();
    void restoreRefusesToOverwriteUnlessAsked();
    void damagedBackupIsRefusedAndSkipped();
    void rotationKeepsTheNewestSeven();
    void sameSecondGetsASequenceNumber();
    void backupBeforeMigration();
    void failedBackupStopsTheMigration();
    void atMostOnceADay();
    void failedDailyBackupIsAWarningOnly();
    void brandNewDatabaseIsNotBackedUp();
};

void TestBackups::backupIsPrivateSelfContainedAndVerified()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const auto made = core::Backups::make(db.store().database());
    QVERIFY2(made, made ? "" : made.error().detail.c_str());
    const QString path = qstr(*made);

    const QString folder = db.filePath(QStringLiteral("backups"));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QVERIFY2(QRegularExpression(QStringLiteral("^hindsight-\\d{8}-\\d{6}\\.sqlite3$"))
                 .match(QFileInfo(path).fileName())
                 .hasMatch(),
             qPrintable(path));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(folder), 0700);
    // One file: no temporary, no -wal, -shm or -journal beside it; rollback-journal mode in its
    // header (bytes 18 and 19 are 1), so it opens alone anywhere.
    QCOMPARE(test::folderEntries(folder), QStringList{QFileInfo(path).fileName()});
    const QByteArray bytes = test::readAll(path);
    QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    QCOMPARE(int(bytes[18]), 1);
    QCOMPARE(int(bytes[19]), 1);
    QVERIFY(!core::Backups::verify(*made));
    QCOMPARE(backupNames(db.path()), QStringList{QFileInfo(path).fileName()});
    QCOMPARE(candidateCount(path), 15);
}

void TestBackups::backupHoldsWhatIsOnlyInTheWal()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    QVERIFY(role != 0);
    QVERIFY(db.store().saveCandidate({0, "Only in the WAL", "", role, {}}));
    QVERIFY(QFileInfo(db.path() + QStringLiteral("-wal")).size() > 0);
    const auto made = core::Backups::make(db.store().database());
    QVERIFY(made);
    QCOMPARE(candidateCount(qstr(*made)), 16);
}

void TestBackups::roundTripRestoresTheBackupAndKeepsTheReplacedFile()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const auto made = core::Backups::make(db.store().database());
    QVERIFY(made);
    const core::Id role = db.roleId("Payment backend");
    QVERIFY(db.store().saveCandidate({0, "Added after the backup", "", role, {}}));
    db.close();
    const QByteArray before = md5(db.path());

    const auto now = std::chrono::system_clock::now();
    const auto restored = core::BackupRestore::restore(*made, str(db.path()), Aside::Replaced, now);
    QVERIFY2(restored, restored ? "" : restored.error().detail.c_str());
    const QString keptAs = qstr(restored->keptAs);
    QVERIFY2(QRegularExpression(QStringLiteral("/hindsight\\.sqlite3\\.replaced-\\d{8}-\\d{6}$"))
                 .match(keptAs)
                 .hasMatch(),
             qPrintable(keptAs));
    QCOMPARE(md5(keptAs), before);
    QCOMPARE(modeOf(db.path()), 0600);
    QVERIFY(!core::Backups::verify(str(db.path())));

    QCOMPARE(candidateCount(db.path()), 15);
    QVERIFY(db.reopen());
    QCOMPARE(db.candidateId("Added after the backup"), core::Id(0));
    db.close();
    QCOMPARE(candidateCount(keptAs), 16);
    // Nothing else is left in the folder: no temporary file of the restore.
    for (const QString &name : test::folderEntries(db.folder()))
        QVERIFY2(!name.contains(QStringLiteral(".tmp-")), qPrintable(name));
}

void TestBackups::restoreRefusesToOverwriteUnlessAsked()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const auto made = core::Backups::make(db.store().database());
    QVERIFY(made);
    QVERIFY(db.store().saveCandidate({0, "Kept", "", db.roleId("Payment backend"), {}}));
    // The database as a crash leaves it: the newest write only in its -wal, which must go aside
    // with the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.sqlite3"));
    const QString wal = QStringLiteral("-wal");
    QVERIFY(QFile::copy(db.path(), path));
    QVERIFY(QFile::copy(db.path() + wal, path + wal));
    db.close();
    const QByteArray file = md5(path);
    const QByteArray log = md5(path + wal);
    const QStringList entries = test::folderEntries(dir.path());

    const auto refused = core::BackupRestore::restore(*made, str(path), Aside::Refuse);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code), int(Code::Exists));
    QCOMPARE(qstr(refused.error().where), path);
    QCOMPARE(md5(path), file);
    QCOMPARE(md5(path + wal), log);
    QCOMPARE(test::folderEntries(dir.path()), entries);

    const auto replaced = core::BackupRestore::restore(*made, str(path), Aside::Replaced);
    QVERIFY(replaced);
    const QString keptAs = qstr(replaced->keptAs);
    QCOMPARE(md5(keptAs), file);
    QCOMPARE(md5(keptAs + wal), log);
    QVERIFY(!QFile::exists(path + wal));
    QCOMPARE(candidateCount(path), 15);
    QCOMPARE(candidateCount(keptAs), 16); // the kept file opens with its -wal, as it was
}

void TestBackups::damagedBackupIsRefusedAndSkipped()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const auto now = std::chrono::system_clock::now();
    const auto older = core::Backups::make(db.store().database(), now - 2h);
    const auto newer = core::Backups::make(db.store().database(), now - 1h);
    QVERIFY(older && newer);
    // Damage the newest backup past its header: every page after the first overwritten.
    QByteArray bytes = test::readAll(qstr(*newer));
    QVERIFY(bytes.size() > 8192);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0x5a ^ (i & 0xff));
    QVERIFY(test::writeFile(qstr(*newer), bytes));
    QCOMPARE(int(core::Backups::verify(*newer).code), int(Code::NotADatabase));

    const auto verified = core::Backups::newestVerified(str(db.path()));
    QVERIFY(verified);
    QCOMPARE(verified->path, *older);

    db.close();
    const QByteArray before = md5(db.path());
    const QStringList entries = test::folderEntries(db.folder());
    const auto refused = core::BackupRestore::restore(*newer, str(db.path()), Aside::Replaced);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code), int(Code::NotADatabase));
    QVERIFY2(refused.error().where == *newer,
             (refused.error().where + " " + refused.error().detail).c_str());
    QCOMPARE(md5(db.path()), before);
    QCOMPARE(test::folderEntries(db.folder()), entries);
}

void TestBackups::rotationKeepsTheNewestSeven()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const auto now = std::chrono::system_clock::now();
    std::vector<std::string> made;
    for (int day = 10; day >= 1; --day) {
        auto backup = core::Backups::make(db.store().database(), now - day * 24h);
        QVERIFY(backup);
        made.push_back(*backup);
    }
    // The newest seven, newest first: days 1 to 7 ago.
    QStringList expected;
    for (auto it = made.rbegin(); it != made.rbegin() + core::Backups::Keep; ++it)
        expected << QFileInfo(qstr(*it)).fileName();
    QCOMPARE(backupNames(db.path()), expected);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!QFile::exists(qstr(made[std::size_t(i)])));
    // Another database's backups in the same folder are not counted or touched.
    const QString other = db.filePath(QStringLiteral("backups/other-20200101-000000.sqlite3"));
    QVERIFY(QFile::copy(qstr(made.back()), other));
    QVERIFY(core::Backups::make(db.store().database(), now));
    QCOMPARE(backupNames(db.path()).size(), core::Backups::Keep);
    QVERIFY(!QFile::exists(qstr(made[3])));
    QVERIFY(QFile::exists(other));
}

void TestBackups::sameSecondGetsASequenceNumber()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const auto now = std::chrono::system_clock::now();
    const auto first = core::Backups::make(db.store().database(), now);
    const auto second = core::Backups::make(db.store().database(), now);
    QVERIFY(first && second);
    QCOMPARE(QString(qstr(*second)),
             QString(qstr(*first)).replace(QStringLiteral(".sqlite3"), QStringLiteral("-2.sqlite3")));
    QCOMPARE(core::Backups::list(str(db.path())).front().path, *second);
}

void TestBackups::backupBeforeMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.sqlite3"));
    QVERIFY(QFile::copy(QStringLiteral(HINDSIGHT_FIXTURES_DIR "/schema-v4.sqlite3"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(headerVersion(path), 4);

    auto store = test::openStore(path);
    QVERIFY(store);
    QCOMPARE(store->database().userVersion(), core::Migrator::standard().latestVersion());
    const auto backups = core::Backups::list(str(path));
    QCOMPARE(backups.size(), std::size_t(1));
    QCOMPARE(store->automaticBackup().made, backups.front().path);
    QVERIFY(!store->automaticBackup().warning);
    const auto candidates = store->candidates();
    QVERIFY(candidates && !candidates->empty());
    store.reset();

    // The backup is the file as it was before the migration: schema version 4, the same rows
    // (counted on a copy, which opening migrates in turn).
    const QString backup = qstr(backups.front().path);
    QCOMPARE(headerVersion(backup), 4);
    QVERIFY(!core::Backups::verify(backups.front().path));
    QTemporaryDir other;
    const QString copy = other.filePath(QStringLiteral("copy.sqlite3"));
    QVERIFY(QFile::copy(backup, copy));
    QCOMPARE(candidateCount(copy), int(candidates->size()));
}

void TestBackups::failedBackupStopsTheMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.sqlite3"));
    QVERIFY(QFile::copy(QStringLiteral(HINDSIGHT_FIXTURES_DIR "/schema-v4.sqlite3"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    // A file where the backups folder should be: no backup can be written there (even by root).
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("backups")), "in the way\n"));

    auto store = core::SqliteStore::open(str(path));
    QVERIFY(!store);
    const QString where = qstr(store.error().where);
    QVERIFY2(where.contains(dir.filePath(QStringLiteral("backups"))), qPrintable(where));
    QVERIFY2(where.contains(QStringLiteral("backup before migrating %1 to version").arg(path)),
             qPrintable(where));
    // Not migrated: still schema version 4 (read without migrating).
    auto db = core::Database::open(str(path), core::Database::OpenMode::ReadWrite);
    QVERIFY(db);
    QCOMPARE((*db)->userVersion(), 4);
}

void TestBackups::atMostOnceADay()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(core::Backups::list(str(db.path())).empty()); // created here: nothing to back up yet
    db.close();

    QVERIFY(db.reopen());
    const auto first = core::Backups::list(str(db.path()));
    QCOMPARE(first.size(), std::size_t(1));
    QCOMPARE(db.store().automaticBackup().made, first.front().path);
    for (int i = 0; i < 3; ++i) {
        db.close();
        QVERIFY(db.reopen());
        QVERIFY(db.store().automaticBackup().made.empty());
    }
    QCOMPARE(core::Backups::list(str(db.path())).size(), std::size_t(1));
    const auto now = std::chrono::system_clock::now();
    QVERIFY(!core::AutomaticBackup::due(str(db.path()), now));
    QVERIFY(!core::AutomaticBackup::due(str(db.path()), now + 23h));
    QVERIFY(core::AutomaticBackup::due(str(db.path()), now + 25h));

    // A day later (the backup's name says it was made 25 hours ago), the next open makes one.
    db.close();
    const QString aged = db.filePath(QStringLiteral("backups/")
                                     + qstr(core::Backups::fileName("hindsight", now - 25h)));
    QVERIFY(QFile::rename(qstr(first.front().path), aged));
    QVERIFY(db.reopen());
    const auto second = core::Backups::list(str(db.path()));
    QCOMPARE(second.size(), std::size_t(2));
    QCOMPARE(db.store().automaticBackup().made, second.front().path);
    QCOMPARE(qstr(second.back().path), aged);
}

void TestBackups::failedDailyBackupIsAWarningOnly()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    db.close();
    const QString blocker = db.filePath(QStringLiteral("backups"));
    QVERIFY(test::writeFile(blocker, "in the way\n"));
    QVERIFY2(db.reopen(), qPrintable(db.error()));
    const core::Error &warning = db.store().automaticBackup().warning;
    QVERIFY(warning);
    QCOMPARE(qstr(warning.where), blocker);
    QCOMPARE(db.store().candidates()->size(), std::size_t(15));
}

void TestBackups::brandNewDatabaseIsNotBackedUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite3"));
    auto store = core::SqliteStore::open(str(path));
    QVERIFY(store);
    QVERIFY((*store)->automaticBackup().made.empty());
    QVERIFY(!(*store)->automaticBackup().warning);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
