#include "tests/teamserver/teamserver.h"

#include "core/storage/postgres/teamsetup.h"

#include <fmt/format.h>

#include <cstdlib>
#include <unistd.h>

namespace hindsight::test {

using core::postgres::PgConnection;
using core::postgres::TeamSetup;

namespace {

std::string describe(const core::Error &error)
{
    return fmt::format("{}: {}", error.where, error.detail);
}

// Libpq's keyword=value quoting, for values of our own (the environment's host, the test
// passwords): single quotes around, backslash before a quote or a backslash.
std::string quoted(const std::string &value)
{
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

std::string fromEnvironment(const char *name)
{
    const char *value = std::getenv(name);
    return value ? value : "";
}

} // namespace

const TeamServer::Login &TeamServer::alice()
{
    static const Login login{"alice", "alice-test-password", {"Alice Archer", "alice@example.org"}};
    return login;
}

const TeamServer::Login &TeamServer::bob()
{
    static const Login login{"bob", "bob-test-password", {"Bob Baker", "bob@example.org"}};
    return login;
}

TeamServer::TeamServer()
{
    m_error = setUp();
}

TeamServer::~TeamServer()
{
    // WITH (FORCE): a store a test forgot to close must not keep the database alive; the cluster
    // goes with pg_virtualenv anyway, this only keeps a long suite's cluster small.
    if (m_cluster && !m_database.empty())
        (void)m_cluster->execScript(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)",
                                                m_database),
                                    "dropping the test database");
}

std::string TeamServer::setUp()
{
    if (fromEnvironment("PGHOST").empty() || fromEnvironment("PGUSER").empty())
        return "no PostgreSQL cluster in the environment (PGHOST, PGUSER): run the test through "
               "tests/teamserver/run-with-server.sh (ctest does), which starts one with "
               "pg_virtualenv";
    auto cluster = PgConnection::open("");
    if (!cluster)
        return "connecting to the test cluster as its superuser: " + describe(cluster.error());
    m_cluster = std::move(*cluster);

    // A name of ours, unique in this cluster (which only this process's test cases share).
    static int created = 0;
    const std::string name = fmt::format("hindsight_test_{}_{}", ::getpid(), ++created);
    if (auto e = m_cluster->execScript(fmt::format("CREATE DATABASE {}", name),
                                       "creating the test database"))
        return describe(e);
    m_database = name;

    auto admin = administrator();
    if (!admin)
        return describe(admin.error());
    if (auto e = TeamSetup::init(**admin))
        return "team init: " + describe(e);
    for (const Login *login : {&alice(), &bob()}) {
        if (auto e = TeamSetup::addInterviewer(**admin, login->name, login->interviewer,
                                               login->password))
            return fmt::format("team add-interviewer {}: {}", login->name, describe(e));
    }
    return {};
}

std::string TeamServer::uri(const Login &login) const
{
    return uri(login, m_database);
}

std::string TeamServer::uri(const Login &login, const std::string &database) const
{
    std::string uri = fmt::format("dbname={} user={} password={}", quoted(database),
                                  quoted(login.name), quoted(login.password));
    // Explicit, so the string still works where the environment differs (a child process).
    for (const auto &[keyword, variable] : {std::pair{"host", "PGHOST"}, {"port", "PGPORT"}}) {
        const std::string value = fromEnvironment(variable);
        if (!value.empty())
            uri += fmt::format(" {}={}", keyword, quoted(value));
    }
    return uri;
}

core::Result<std::unique_ptr<PgConnection>> TeamServer::connect(const Login &login) const
{
    return PgConnection::open(uri(login), login.password);
}

core::Result<std::unique_ptr<PgConnection>> TeamServer::administrator() const
{
    return PgConnection::open(fmt::format("dbname={}", quoted(m_database)));
}

} // namespace hindsight::test
