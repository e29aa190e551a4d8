// StoreUnderTest on the team server: the store of test_x_postgres (see
// tests/common/storeundertest.h), as the interviewer alice on a database of its own.
#include "tests/common/storeundertest.h"

#include "core/storage/postgres/postgresstore.h"
#include "tests/teamserver/teamserver.h"

namespace hindsight::test {

struct StoreUnderTest::Place
{
    TeamServer server;
};

StoreUnderTest::Engine StoreUnderTest::engine()
{
    return Engine::Postgres;
}

StoreUnderTest::StoreUnderTest()
    : m_place(std::make_unique<Place>())
{
}

StoreUnderTest::~StoreUnderTest() = default;

core::Result<std::unique_ptr<core::Store>> StoreUnderTest::open()
{
    if (!m_place->server)
        return core::Error{core::Error::Code::Offline, "the test's team server",
                           m_place->server.error()};
    const TeamServer::Login &alice = TeamServer::alice();
    auto store = core::PostgresStore::open(m_place->server.uri(alice), alice.password);
    if (!store)
        return store.error();
    return std::unique_ptr<core::Store>(std::move(*store));
}

} // namespace hindsight::test
