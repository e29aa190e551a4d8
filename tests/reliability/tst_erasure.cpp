#include "tests/reliability/markedpeople.h"

#include "core/retention.h"
#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/candidateerasure.h"
#include "core/storage/sqlite/candidaterows.h"
#include "core/storage/sqlite/database.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace hindsight;
using test::KeeperMarker;
using test::VictimMarker;
using Action = core::CandidateErasure::BackupAction;

// Erasing a candidate leaves nothing of their text in the database file, its -wal and -shm, or
// any backup beside it, whether the backups are rewritten or deleted; everybody else stays. A
// reader that keeps the -wal in use is reported, not ignored. Retention finds exactly the
// candidates inactive for the period.
class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyTableIsDecided();
    void erasedFromDatabaseAndLog();
    void backupsRewrittenWithoutThem();
    void backupsDeleted();
    void unreadableBackupStopsBeforeTheDatabase();
    void readerKeepingTheLogIsReported();
    void olderSchemaBackupIsRewritten();
    void retentionCutoffCountsCalendarMonths();
    void retentionFindsOnlyInactiveCandidates();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("hindsight.sqlite3")); }
    QStringList databaseFiles() const;
    QStringList backupFiles() const;
    void verifyNoVictimLeft(const QStringList &files);
    core::CandidateErasure::Outcome erase(Action action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_store;
    core::Id m_victim = 0;
    core::Id m_keeper = 0;
    QString m_before;
    QByteArray m_beforeSum;
};

void TestErasure::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::SqliteStore::open(path().toStdString());
    QVERIFY(store);
    m_store = std::move(*store);
    const core::Id role = test::addRole(*m_store);
    m_keeper = test::addMarkedPerson(*m_store, role, "Kim Lund", KeeperMarker);
    // A backup from before the victim was added: it does not hold them and stays as it is.
    m_before = test::writeBackup(*m_store, QStringLiteral("20250101-090000"));
    QVERIFY(!m_before.isEmpty());
    m_beforeSum = test::md5(m_before);
    m_victim = test::addMarkedPerson(*m_store, role, "Vera Okafor", VictimMarker);
    QVERIFY(m_keeper && m_victim);
}

QStringList TestErasure::databaseFiles() const
{
    return {path(), path() + QStringLiteral("-wal"), path() + QStringLiteral("-shm")};
}

QStringList TestErasure::backupFiles() const
{
    QStringList files;
    const QDir folder(m_dir->filePath(QStringLiteral("backups")));
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
        files << folder.filePath(name);
    return files;
}

void TestErasure::verifyNoVictimLeft(const QStringList &files)
{
    for (const QString &file : files) {
        QVERIFY2(!test::fileContains(file, VictimMarker), qPrintable(file));
        QVERIFY2(!test::fileContains(file, QByteArrayLiteral("Vera Okafor")), qPrintable(file));
    }
}

core::CandidateErasure::Outcome TestErasure::erase(Action action)
{
    core::CandidateErasure erasure(*m_store);
    auto plan = erasure.plan({m_victim});
    if (!plan) {
        qWarning("%s", plan.error().detail.c_str());
        return {};
    }
    return erasure.execute(*plan, action);
}

// A table added to the schema must be either erased with a candidate or known to hold nothing
// about one.
void TestErasure::everyTableIsDecided()
{
    std::set<std::string> decided;
    for (auto t : core::CandidateRows::erasedTables())
        decided.insert(std::string(t));
    for (auto t : core::CandidateRows::otherTables())
        decided.insert(std::string(t));
    core::Statement s = m_store->database().prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    std::set<std::string> tables;
    while (s.step() == core::Statement::StepResult::Row)
        tables.insert(s.columnText(0));
    QVERIFY(tables.size() >= 12);
    QCOMPARE(tables, decided);
}

void TestErasure::erasedFromDatabaseAndLog()
{
    // The check can see text at all: both markers are in the files before.
    bool seen = false;
    for (const QString &file : databaseFiles())
        seen = seen || test::fileContains(file, VictimMarker);
    QVERIFY(seen);

    core::CandidateErasure erasure(*m_store);
    auto plan = erasure.plan({m_victim});
    QVERIFY(plan);
    QCOMPARE(plan->people.size(), std::size_t(1));
    const core::CandidateHoldings held = plan->people[0].held;
    QCOMPARE(held.interviews, 3); // the first version, its amendment, Sam's draft
    QCOMPARE(held.drafts, 1);
    QCOMPARE(held.notes, 6);
    QCOMPARE(held.decisions, 1);
    QCOMPARE(held.overrides, 1);
    QVERIFY(plan->backups.empty());

    const auto outcome = erasure.execute(*plan, Action::Rewrite);
    QVERIFY2(outcome.ok(), outcome.error.detail.c_str());
    QCOMPARE(m_store->candidate(m_victim).error().code, core::Error::Code::NotFound);
    QCOMPARE(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
    verifyNoVictimLeft(databaseFiles());

    // Everybody else is untouched, and still in the file.
    QVERIFY(test::fileContains(path(), KeeperMarker));
    QCOMPARE(m_store->interviews(m_keeper)->size(), std::size_t(2));
    QCOMPARE(m_store->decisions(m_keeper)->size(), std::size_t(1));
    QCOMPARE(m_store->drafts()->size(), std::size_t(1));
    core::Statement orphans = m_store->database().prepare(
        "SELECT (SELECT count(*) FROM notes WHERE interview_id NOT IN (SELECT id FROM "
        "interviews)) + (SELECT count(*) FROM regrets WHERE interview_id NOT IN (SELECT id FROM "
        "interviews)) + (SELECT count(*) FROM stage_times WHERE interview_id NOT IN (SELECT id "
        "FROM interviews))");
    QVERIFY(orphans.step() == core::Statement::StepResult::Row);
    QCOMPARE(orphans.columnInt(0), 0);

    // After closing, reopening finds nothing either.
    m_store.reset();
    verifyNoVictimLeft(databaseFiles());
}

void TestErasure::backupsRewrittenWithoutThem()
{
    const QString held1 = test::writeBackup(*m_store, QStringLiteral("20250102-120000"));
    const QString held2 = test::writeBackup(*m_store, QStringLiteral("20250102-120000-2"));
    QVERIFY(!held1.isEmpty() && !held2.isEmpty());
    QVERIFY(test::fileContains(held1, VictimMarker));

    const auto outcome = erase(Action::Rewrite);
    QVERIFY2(outcome.ok(), outcome.error.detail.c_str());
    QCOMPARE(outcome.backups.size(), std::size_t(2));
    // No copy left behind, and the backup from before the victim was added is as it was.
    QStringList expected{m_before, held1, held2};
    expected.sort();
    QCOMPARE(backupFiles(), expected);
    QCOMPARE(test::md5(m_before), m_beforeSum);
    verifyNoVictimLeft(databaseFiles() + backupFiles());
    for (const QString &backup : {held1, held2}) {
        QVERIFY(test::fileContains(backup, KeeperMarker));
        QCOMPARE(QFileInfo(backup).permissions() & 0x0077, QFile::Permissions());
        auto db = core::Database::open(backup.toStdString(), core::Database::OpenMode::ReadOnly);
        QVERIFY(db);
        core::Statement check = (*db)->prepare("PRAGMA integrity_check");
        QVERIFY(check.step() == core::Statement::StepResult::Row);
        QCOMPARE(check.columnText(0), std::string("ok"));
        core::Statement mode = (*db)->prepare("PRAGMA journal_mode");
        QVERIFY(mode.step() == core::Statement::StepResult::Row);
        QCOMPARE(mode.columnText(0), std::string("delete"));
        core::Statement people = (*db)->prepare("SELECT count(*) FROM candidates");
        QVERIFY(people.step() == core::Statement::StepResult::Row);
        QCOMPARE(people.columnInt(0), 1);
    }
}

void TestErasure::backupsDeleted()
{
    const QString held = test::writeBackup(*m_store, QStringLiteral("20250102-120000"));
    QVERIFY(!held.isEmpty());

    const auto outcome = erase(Action::Delete);
    QVERIFY2(outcome.ok(), outcome.error.detail.c_str());
    QVERIFY(!QFileInfo::exists(held));
    QCOMPARE(backupFiles(), QStringList{m_before});
    QCOMPARE(test::md5(m_before), m_beforeSum);
    verifyNoVictimLeft(databaseFiles() + backupFiles());
}

void TestErasure::unreadableBackupStopsBeforeTheDatabase()
{
    const QString held = test::writeBackup(*m_store, QStringLiteral("20250102-120000"));
    QVERIFY(!held.isEmpty());
    const QString damaged = QDir(m_dir->filePath(QStringLiteral("backups")))
                                .filePath(QStringLiteral("hindsight-20250103-120000.sqlite3"));
    QFile f(damaged);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();

    const auto outcome = erase(Action::Rewrite);
    QVERIFY(!outcome.databaseErased);
    QCOMPARE(outcome.error.where, damaged.toStdString());
    QVERIFY(m_store->candidate(m_victim));
}

// A connection in the middle of a read keeps the -wal in use: the rows are erased, and the log
// that still holds their text is reported by name; once the reader is done, truncating works.
void TestErasure::readerKeepingTheLogIsReported()
{
    auto reader = core::Database::open(path().toStdString(), core::Database::OpenMode::ReadWrite);
    QVERIFY(reader);
    QVERIFY(!(*reader)->exec("BEGIN"));
    core::Statement read = (*reader)->prepare("SELECT count(*) FROM notes");
    QVERIFY(read.step() == core::Statement::StepResult::Row);

    const auto outcome = erase(Action::Rewrite);
    QVERIFY(outcome.databaseErased);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.log.code, core::Error::Code::Busy);
    QCOMPARE(outcome.log.where, path().toStdString() + "-wal");

    // Until the log is emptied it still holds their text: emptying it is what erases it.
    QVERIFY(test::fileContains(path() + QStringLiteral("-wal"), VictimMarker));

    read = core::Statement();
    QVERIFY(!(*reader)->exec("COMMIT"));
    QVERIFY(!m_store->database().truncateWal());
    verifyNoVictimLeft(databaseFiles());
}

// The backup taken before a migration has the older schema: the candidate is found and erased
// there too, by the tables that schema has.
void TestErasure::olderSchemaBackupIsRewritten()
{
    const QString fixture = QStringLiteral(HINDSIGHT_FIXTURES_DIR "/schema-v5.sqlite3");
    const QString live = m_dir->filePath(QStringLiteral("old.sqlite3"));
    QVERIFY(QFile::copy(fixture, live));
    QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
    auto store = core::SqliteStore::open(live.toStdString());
    QVERIFY(store);
    // Opening migrated it, after a backup of version 5 (AutomaticBackup).
    const auto made = core::Backups::list(live.toStdString());
    QCOMPARE(made.size(), std::size_t(1));
    const QString backup = QString::fromStdString(made.front().path);
    {
        auto db = core::Database::open(made.front().path, core::Database::OpenMode::ReadOnly);
        QVERIFY(db);
        QCOMPARE((*db)->userVersion(), 5);
    }
    const core::Candidate kai = (*store)->candidates()->at(1);
    const QByteArray amendReason("Regret 1 was about the ledger");
    QVERIFY(test::fileContains(backup, amendReason));

    core::CandidateErasure erasure(**store);
    auto plan = erasure.plan({kai.id});
    QVERIFY(plan);
    QCOMPARE(plan->backups.size(), std::size_t(1));
    const auto outcome = erasure.execute(*plan, Action::Rewrite);
    QVERIFY2(outcome.ok(), outcome.error.detail.c_str());
    QVERIFY(!test::fileContains(backup, amendReason));
    auto db = core::Database::open(backup.toStdString(), core::Database::OpenMode::ReadOnly);
    QVERIFY(db);
    QCOMPARE((*db)->userVersion(), 5);
    core::Statement s = (*db)->prepare("SELECT count(*) FROM candidates WHERE name = ?1");
    s.bind(1, kai.name);
    QVERIFY(s.step() == core::Statement::StepResult::Row);
    QCOMPARE(s.columnInt(0), 0);
}

void TestErasure::retentionCutoffCountsCalendarMonths()
{
    using namespace std::chrono;
    const auto at = [](int y, unsigned m, unsigned d) {
        return core::TimePoint(sys_days(year(y) / month(m) / day(d)) + hours(15));
    };
    QCOMPARE(core::Retention::cutoff(at(2024, 5, 31), 3), at(2024, 2, 29));
    QCOMPARE(core::Retention::cutoff(at(2025, 1, 15), 13), at(2023, 12, 15));
    QCOMPARE(core::Retention::cutoff(at(2025, 3, 31), 1), at(2025, 2, 28));
}

void TestErasure::retentionFindsOnlyInactiveCandidates()
{
    using namespace std::chrono;
    const core::Id idle = test::addMarkedPerson(*m_store, m_store->candidate(m_victim)->roleId,
                                                "Ida Idle", QByteArrayLiteral("IDLE0000"));
    const core::Id unknown = *m_store->saveCandidate(
        {0, "Uma Unknown", "", m_store->candidate(m_victim)->roleId, {}});
    const auto now = time_point_cast<milliseconds>(core::Clock::now());
    const auto twoYearsAgo = now - hours(24 * 730);
    QVERIFY(test::backdate(*m_store, idle, twoYearsAgo.time_since_epoch().count()));
    QVERIFY(test::backdate(*m_store, unknown, 0));

    const auto activity = m_store->candidateActivity();
    QVERIFY(activity);
    const auto split = core::Retention::split(*activity, core::Retention::cutoff(now, 12));
    QCOMPARE(split.due.size(), std::size_t(1));
    QCOMPARE(split.due[0].candidate.id, idle);
    QCOMPARE(*split.due[0].lastActivity, twoYearsAgo);
    QCOMPARE(split.unknown.size(), std::size_t(1));
    QCOMPARE(split.unknown[0].candidate.id, unknown);

    // A new note is activity: the candidate is no longer due.
    const core::Id draft = m_store->interviews(idle)->back().id;
    QVERIFY(m_store->saveNote({0, draft, 3'600'000 + 24LL * 3600 * 1000 * 700, "system",
                               "back again", 0, false}));
    const auto again = core::Retention::split(*m_store->candidateActivity(),
                                              core::Retention::cutoff(now, 12));
    QVERIFY(again.due.empty());
}

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
