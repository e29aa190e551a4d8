#include "core/storage/sqlite/database.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using Code = core::Error::Code;

// A file that is not a Hindsight database Hindsight can use — empty, not SQLite, cut short, from a
// newer Hindsight in either journal mode — is refused with its name, and it and its side files
// stay byte for byte as they were (nothing is created beside it).
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

private:
    QString write(const QByteArray &bytes);
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

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
