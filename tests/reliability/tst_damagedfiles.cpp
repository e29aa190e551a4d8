#include "core/storage/sqlite/database.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using Code = core::Error::Code;

// A file that is not a Hindsight database Hindsight can use — empty, not SQLite, cut short, from a
// newer Hindsight in either journal mode, a damaged page, a damaged -wal, a row whose parent is
// missing — is refused with its name, and it and its side files stay byte for byte as they were
// (nothing is created beside it). A -wal cut off by a crash is not damage; a read-only run leaves
// nothing behind.
class TestDamagedFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyFileIsRefused();
    void foreignFileIsRefused();
    void truncatedHeaderIsRefused();
    void newerFileInRollbackModeIsNotRewritten();
    void newerFileInWalModeIsRefused();
    void goodFileStillOpens();
    void damagedPageIsRefused();
    void damagedWalIsRefusedNotDropped();
    void walCutOffByACrashStillOpens();
    void orphanRowIsRefusedByName();
    void readOnlyRunLeavesNoSideFiles();

private:
    QString write(const QByteArray &bytes);
    // A database of `candidates` candidates, each added in a transaction of its own, copied with
    // its -wal as a crash leaves them (nothing checkpointed) to `copy`; the copy's path.
    QString crashedCopy(int candidates, const QString &copy);
    // Refused with `code`, naming the file, and nothing on disk changed.
    void expectRefusedUntouched(const QString &path, Code code);
    static QByteArray md5(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDamagedFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDamagedFiles::write(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("db.sqlite3"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray TestDamagedFiles::md5(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5);
}

void TestDamagedFiles::expectRefusedUntouched(const QString &path, Code code)
{
    const QByteArray before = md5(path);
    const QStringList sideBefore = QDir(m_dir->path()).entryList(QDir::Files);
    auto store = core::SqliteStore::open(path.toStdString());
    QVERIFY(!store);
    QCOMPARE(int(store.error().code), int(code));
    QCOMPARE(store.error().where, path.toStdString());
    QCOMPARE(md5(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), sideBefore);
}

void TestDamagedFiles::emptyFileIsRefused()
{
    const QString path = write({});
    QVERIFY(!path.isEmpty());
    expectRefusedUntouched(path, Code::NotADatabase);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestDamagedFiles::foreignFileIsRefused()
{
    QByteArray bytes(8192, '\0');
    QRandomGenerator generator(42);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    const QString path = write(bytes);
    QVERIFY(!path.isEmpty());
    expectRefusedUntouched(path, Code::NotADatabase);
}

void TestDamagedFiles::truncatedHeaderIsRefused()
{
    const QString path = write(QByteArray("SQLite format 3\0", 16) + QByteArray(30, '\1'));
    QVERIFY(!path.isEmpty());
    expectRefusedUntouched(path, Code::NotADatabase);
}

void TestDamagedFiles::newerFileInRollbackModeIsNotRewritten()
{
    const QString path = m_dir->filePath(QStringLiteral("db.sqlite3"));
    {
        auto db = core::Database::open(path.toStdString());
        QVERIFY(db);
        QVERIFY(!(*db)->exec("PRAGMA journal_mode=DELETE; CREATE TABLE t (x); "
                             "PRAGMA user_version=99;"));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    expectRefusedUntouched(path, Code::TooNew);
}

void TestDamagedFiles::newerFileInWalModeIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("db.sqlite3"));
    {
        auto db = core::Database::open(path.toStdString());
        QVERIFY(db);
        QVERIFY(!(*db)->exec("CREATE TABLE t (x); PRAGMA user_version=99;"));
    }
    expectRefusedUntouched(path, Code::TooNew);
}

void TestDamagedFiles::goodFileStillOpens()
{
    const QString path = m_dir->filePath(QStringLiteral("db.sqlite3"));
    {
        auto store = core::SqliteStore::open(path.toStdString());
        QVERIFY(store);
    }
    auto again = core::SqliteStore::open(path.toStdString());
    QVERIFY(again);
    QCOMPARE((*again)->database().userVersion(), core::Migrator::standard().latestVersion());
}

QString TestDamagedFiles::crashedCopy(int candidates, const QString &copy)
{
    const QString path = m_dir->filePath(QStringLiteral("live.sqlite3"));
    auto store = core::SqliteStore::open(path.toStdString());
    if (!store || (*store)->database().exec("PRAGMA wal_autocheckpoint=0"))
        return {};
    core::Role role;
    role.title = "Payment backend";
    auto roleId = (*store)->saveRole(role);
    if (!roleId)
        return {};
    for (int i = 0; i < candidates; ++i) {
        core::Candidate c;
        c.name = "Candidate " + std::to_string(i);
        c.roleId = *roleId;
        if (!(*store)->saveCandidate(c))
            return {};
    }
    // Copied while the connection is open: the -wal holds every commit, as after a kill -9.
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        if (!QFile::copy(path + suffix, copy + suffix))
            return {};
    }
    return copy;
}

void TestDamagedFiles::damagedPageIsRefused()
{
    const QString path = crashedCopy(300, m_dir->filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(!path.isEmpty());
    {
        auto store = core::SqliteStore::open(path.toStdString()); // checkpoints, removes the -wal
        QVERIFY(store);
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QFile file(path);
    QVERIFY(file.size() > 8 * 4096);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QRandomGenerator generator(7);
    QByteArray noise(4096, '\0');
    for (char &c : noise)
        c = char(generator.bounded(256));
    file.seek(file.size() - 2 * 4096); // a page of the candidates table
    file.write(noise);
    file.close();
    expectRefusedUntouched(path, Code::NotADatabase);
}

void TestDamagedFiles::damagedWalIsRefusedNotDropped()
{
    const QString path = crashedCopy(240, m_dir->filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(!path.isEmpty());
    const QString wal = path + QStringLiteral("-wal");
    QFile file(wal);
    QVERIFY(file.size() > 100 * 4096);
    QVERIFY(file.open(QIODevice::ReadWrite));
    // One byte in the page of a frame in the middle: every commit after it would be dropped.
    const qint64 frame = 32 + 60 * (24 + 4096);
    file.seek(frame + 24 + 100);
    char c = 0;
    file.getChar(&c);
    file.seek(frame + 24 + 100);
    file.putChar(char(c ^ 0x5a));
    file.close();
    const QByteArray walBefore = md5(wal);
    const QByteArray before = md5(path);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    auto store = core::SqliteStore::open(path.toStdString());
    QVERIFY(!store);
    QCOMPARE(int(store.error().code), int(Code::NotADatabase));
    QCOMPARE(store.error().where, wal.toStdString());
    QVERIFY2(store.error().detail.find("frame 61") != std::string::npos,
             store.error().detail.c_str());
    QCOMPARE(md5(wal), walBefore);
    QCOMPARE(md5(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files); // no -shm made
    // Refused again, not repaired by the first attempt.
    QVERIFY(!core::SqliteStore::open(path.toStdString()));
    QCOMPARE(md5(wal), walBefore);
}

void TestDamagedFiles::walCutOffByACrashStillOpens()
{
    const QString path = crashedCopy(50, m_dir->filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(!path.isEmpty());
    // The last frame cut in half, as a crash in the middle of a write leaves it.
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.resize(wal.size() - 2000));
    auto store = core::SqliteStore::open(path.toStdString());
    QVERIFY2(store, store ? "" : store.error().detail.c_str());
    auto candidates = (*store)->candidates();
    QVERIFY(candidates);
    QCOMPARE(int(candidates->size()), 49); // only the transaction being written is gone
}

void TestDamagedFiles::orphanRowIsRefusedByName()
{
    const QString path = crashedCopy(3, m_dir->filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(!path.isEmpty());
    {
        auto db = core::Database::open(path.toStdString());
        QVERIFY(db);
        QVERIFY(!(*db)->exec("PRAGMA foreign_keys=OFF; DELETE FROM roles;"));
    }
    const QByteArray before = md5(path);
    auto store = core::SqliteStore::open(path.toStdString());
    QVERIFY(!store);
    QCOMPARE(int(store.error().code), int(Code::NotADatabase));
    QCOMPARE(store.error().where, path.toStdString());
    QVERIFY2(store.error().detail.find("table candidates") != std::string::npos,
             store.error().detail.c_str());
    QVERIFY(store.error().detail.find("SELECT") == std::string::npos);
    QCOMPARE(md5(path), before);
}

void TestDamagedFiles::readOnlyRunLeavesNoSideFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("db.sqlite3"));
    QVERIFY(core::SqliteStore::open(path.toStdString()));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    {
        auto store = core::SqliteStore::open(path.toStdString());
        QVERIFY2(store, store ? "" : store.error().detail.c_str());
        QVERIFY((*store)->roles());
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    // Writable again, it is used as before.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto store = core::SqliteStore::open(path.toStdString());
    QVERIFY(store);
    core::Role role;
    role.title = "Written after chmod 0600";
    QVERIFY((*store)->saveRole(role));
}

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
