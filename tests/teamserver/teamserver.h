#pragma once

#include "core/interviewer.h"
#include "core/result.h"
#include "core/storage/postgres/pgconnection.h"

#include <memory>
#include <string>

namespace hindsight::test {

// A fresh team database on the throw-away PostgreSQL cluster that run-with-server.sh starts
// (pg_virtualenv exports the superuser's PGHOST, PGPORT, PGUSER and PGPASSWORD): created on
// construction, set up with `team init` and the interviewer logins alice and bob, dropped on
// destruction. One per test case, so no case sees another's rows.
//
// Tests connect as alice or bob only: the superuser bypasses row-level security, so a test run as
// it would prove nothing about the policies. administrator() is for the tests of the setup itself.
//
//     test::TeamServer server;
//     QVERIFY2(server, server.error().c_str());
//     auto alice = server.connect(test::TeamServer::alice());
class TeamServer final
{
public:
    struct Login
    {
        std::string name;
        std::string password;
        core::Interviewer interviewer;
    };
    static const Login &alice();
    static const Login &bob();

    TeamServer();
    ~TeamServer();
    TeamServer(const TeamServer &) = delete;
    TeamServer &operator=(const TeamServer &) = delete;

    // Created and set up; otherwise error() says what failed (and that the test must run inside
    // run-with-server.sh when the cluster's environment is missing).
    bool isReady() const { return m_error.empty(); }
    explicit operator bool() const { return isReady(); }
    const std::string &error() const { return m_error; }

    const std::string &databaseName() const { return m_database; }
    // A libpq connection string for `login` on this database, password included (a throw-away
    // test password), so a child process or PostgresStore::open(uri) needs nothing else.
    std::string uri(const Login &login) const;
    // The same on another database of the cluster (the maintenance database "postgres", which
    // holds no team: a test of what setting up needs).
    std::string uri(const Login &login, const std::string &database) const;
    core::Result<std::unique_ptr<core::postgres::PgConnection>> connect(const Login &login) const;
    // The superuser on this database: only to run the setup itself (TeamSetup), never to check
    // what an interviewer sees.
    core::Result<std::unique_ptr<core::postgres::PgConnection>> administrator() const;

private:
    std::string setUp();

    std::unique_ptr<core::postgres::PgConnection> m_cluster; // the superuser on the maintenance db
    std::string m_database;
    std::string m_error;
};

} // namespace hindsight::test
