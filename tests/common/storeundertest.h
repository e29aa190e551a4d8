#pragma once

#include "core/result.h"
#include "core/storage/store.h"

#include <memory>
#include <string>

namespace hindsight::test {

// The store a conformance test runs against (issue 15, item 2: one suite, both stores). Which
// store is decided at link time: hindsight_add_store_test links a test twice, as test_x with
// sqlitestoreundertest.cpp (a SQLite file in a temporary folder) and as test_x_postgres with
// tests/teamserver/postgresstoreundertest.cpp (a fresh team database, connected as the interviewer
// alice, inside the cluster run-with-server.sh starts). A test written against core::Store and
// this class runs unchanged on both.
//
//     test::StoreUnderTest place;            // one per test case: init()
//     auto store = place.open();
//     QVERIFY2(store, test::failure(store).c_str());   // tests/common/failure.h
class StoreUnderTest final
{
public:
    enum class Engine { Sqlite, Postgres };
    static Engine engine();

    // A new, empty place: the temporary file (not yet created) or the team database.
    StoreUnderTest();
    ~StoreUnderTest();
    StoreUnderTest(const StoreUnderTest &) = delete;
    StoreUnderTest &operator=(const StoreUnderTest &) = delete;

    // A new connection to the place. The first is the test's store; each later one is what
    // another process of the same interviewer would see (external changes, reopening).
    core::Result<std::unique_ptr<core::Store>> open();

private:
    struct Place;
    std::unique_ptr<Place> m_place;
};

} // namespace hindsight::test
