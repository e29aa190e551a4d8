#include "tests/core/scenario.h"

#include "core/interviewseal.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hindsight;

// What is SQLite's own: the pragmas, the file's mode, bad files named. What every store does is
// tst_storeroundtrip.cpp's, run on both stores.
class TestSqliteStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pragmasAreSetOnEveryOpen();
    void newFileIsPrivate();
    void garbageFileIsNotADatabase();
    void emptyPathIsReported();
    void tamperingWithTheFileIsDetected();

private:
    std::unique_ptr<core::SqliteStore> openStore(const QString &name = QStringLiteral("db.sqlite3"));
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

std::unique_ptr<core::SqliteStore> TestSqliteStore::openStore(const QString &name)
{
    auto store = core::SqliteStore::open(path(name).toStdString());
    if (!store) {
        qWarning("open failed: %s", store.error().detail.c_str());
        return {};
    }
    return std::move(*store);
}

void TestSqliteStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqliteStore::pragmasAreSetOnEveryOpen()
{
    for (int pass = 0; pass < 2; ++pass) {
        auto store = openStore();
        QVERIFY(store);
        auto &db = store->database();
        auto pragma = [&](const char *name) {
            core::Statement s = db.prepare(std::string("PRAGMA ") + name);
            return s.step() == core::Statement::StepResult::Row ? s.columnText(0) : std::string("?");
        };
        QCOMPARE(pragma("journal_mode"), std::string("wal"));
        QCOMPARE(pragma("synchronous"), std::string("2")); // FULL
        QCOMPARE(pragma("foreign_keys"), std::string("1"));
        QCOMPARE(pragma("busy_timeout"), std::string("5000"));
        QCOMPARE(pragma("secure_delete"), std::string("1"));
        QCOMPARE(pragma("trusted_schema"), std::string("0"));
        QCOMPARE(db.userVersion(), core::Migrator::standard().latestVersion());
    }
}

void TestSqliteStore::newFileIsPrivate()
{
    auto store = openStore();
    QVERIFY(store);
    struct stat st
    {
    };
    QCOMPARE(::stat(path(QStringLiteral("db.sqlite3")).toLocal8Bit().constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
}

void TestSqliteStore::garbageFileIsNotADatabase()
{
    QFile f(path(QStringLiteral("notes.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto store = core::SqliteStore::open(path(QStringLiteral("notes.txt")).toStdString());
    QVERIFY(!store);
    QCOMPARE(store.error().code, core::Error::Code::NotADatabase);
    QVERIFY(store.error().where.find("notes.txt") != std::string::npos);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(4096, 'x')); // untouched
}

void TestSqliteStore::emptyPathIsReported()
{
    auto store = core::SqliteStore::open(path(QStringLiteral("no/such/dir/db.sqlite3")).toStdString());
    QVERIFY(!store);
    QCOMPARE(store.error().code, core::Error::Code::CannotOpen);
    QVERIFY(store.error().where.find("no/such/dir") != std::string::npos);
}

void TestSqliteStore::tamperingWithTheFileIsDetected()
{
    auto store = openStore();
    QVERIFY(store);
    core::Interview draft = hindsight::test::candidateK();
    draft.candidateId = *store->saveCandidate(
        {0, "Kai", "", *store->saveRole(hindsight::test::fraudPipeline()), {}});
    draft.interviewer = "Mette";
    draft.submitted = false;
    const core::Id id = *store->addInterview(draft);
    QVERIFY(!store->submitInterview(id));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(*store->interview(id)));
    // Someone edits the file behind Hindsight's back.
    QVERIFY(!store->database().exec("UPDATE regrets SET depth = 1 WHERE position = 0"));
    QVERIFY(core::InterviewSeal::modifiedAfterSubmission(*store->interview(id)));
    QVERIFY(!store->database().exec("UPDATE regrets SET depth = 4 WHERE position = 0"));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(*store->interview(id)));
    QVERIFY(!store->database().exec("DELETE FROM regret_layers WHERE layer = 'databases'"));
    QVERIFY(core::InterviewSeal::modifiedAfterSubmission(*store->interview(id)));
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
