#include "core/storage/sqlite/sqlitestore.h"

#include "core/storage/sqlite/migrator.h"
#include "core/storage/sqlite/rows.h"

namespace hindsight::core {

using namespace sqlite;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (Error e = Migrator::standard().migrate(**db))
        return e;
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*db)));
    if (Error e = store->sealLegacySubmissions())
        return e;
    auto version = store->dataVersion();
    if (!version)
        return version.error();
    store->m_dataVersion = *version;
    return store;
}

SqliteStore::SqliteStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

} // namespace hindsight::core
