// StoreUnderTest on SQLite: the store of test_x (see storeundertest.h).
#include "tests/common/storeundertest.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QTemporaryDir>

namespace hindsight::test {

struct StoreUnderTest::Place
{
    QTemporaryDir dir;
};

StoreUnderTest::Engine StoreUnderTest::engine()
{
    return Engine::Sqlite;
}

StoreUnderTest::StoreUnderTest()
    : m_place(std::make_unique<Place>())
{
}

StoreUnderTest::~StoreUnderTest() = default;

core::Result<std::unique_ptr<core::Store>> StoreUnderTest::open()
{
    if (!m_place->dir.isValid())
        return core::Error{core::Error::Code::CannotOpen, "a temporary folder",
                           m_place->dir.errorString().toStdString()};
    auto store = core::SqliteStore::open(
        m_place->dir.filePath(QStringLiteral("store.sqlite3")).toStdString());
    if (!store)
        return store.error();
    return std::unique_ptr<core::Store>(std::move(*store));
}

} // namespace hindsight::test
