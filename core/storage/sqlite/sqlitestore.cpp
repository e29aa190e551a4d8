#include "core/storage/sqlite/sqlitestore.h"

#include "core/storage/sqlite/automaticbackup.h"
#include "core/storage/sqlite/fileheader.h"
#include "core/storage/sqlite/integritycheck.h"
#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/rows.h"
#include "core/storage/sqlite/transaction.h"

namespace hindsight::core {

using namespace sqlite;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string &path, OpenChecks checks)
{
    if (Error e = FileHeader::check(path, Migrator::standard().latestVersion()))
        return e;
    if (checks == OpenChecks::Full) {
        if (Error e = IntegrityCheck::check(path))
            return e;
    }
    auto db = Database::open(path);
    if (!db)
        return db.error();
    // A second connection of a process that opened the file in full (the interview's writer)
    // leaves backups to that first one.
    auto backup = checks == OpenChecks::Full
                      ? AutomaticBackup::beforeMigration(**db, Migrator::standard().latestVersion())
                      : Result<AutomaticBackup::Outcome>(AutomaticBackup::Outcome{});
    if (!backup)
        return backup.error();
    if (Error e = Migrator::standard().migrate(**db))
        return e;
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*db)));
    store->m_automaticBackup = std::move(*backup);
    // data_version before the log's newest seq: a commit in between is then read by the first
    // poll (as new data_version) rather than skipped (see pollExternalChanges).
    auto version = store->dataVersion();
    if (!version)
        return version.error();
    store->m_dataVersion = *version;
    auto seq = store->newestLoggedSeq();
    if (!seq)
        return seq.error();
    store->m_seenSeq = *seq;
    if (Error e = store->sealLegacySubmissions())
        return e;
    return store;
}

Status SqliteStore::setBusyTimeout(int milliseconds)
{
    return m_db->exec("PRAGMA busy_timeout=" + std::to_string(milliseconds));
}

SqliteStore::SqliteStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

Status SqliteStore::runWrite(const Write &write)
{
    Changes changes;
    Logged logged;
    {
        Transaction tx(*m_db);
        if (tx.beginError())
            return tx.beginError();
        if (Error e = write(changes))
            return e;
        if (!changes.empty()) {
            auto result = logChanges(changes);
            if (!result)
                return result.error();
            logged = *result;
        }
        if (Error e = tx.commit())
            return e;
    }
    // Committed: only now may others hear of it (a listener may read, or write, at once).
    if (!changes.empty())
        noteOwnChanges(logged);
    for (const Change &change : changes)
        announce(change);
    return {};
}

Status SqliteStore::requireRow(std::string_view table, std::string_view what, Id id)
{
    Statement s = m_db->prepare(fmt::format("SELECT 1 FROM {} WHERE id = ?1", table));
    s.bind(1, id);
    auto found = readOne(s, what, id, [](const Statement &) { return true; });
    return found ? Error{} : found.error();
}

} // namespace hindsight::core
