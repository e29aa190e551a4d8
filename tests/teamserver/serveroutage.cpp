#include "tests/teamserver/serveroutage.h"

#include <fmt/format.h>

#include <cstdlib>

namespace hindsight::test {

namespace {

// pg_ctlcluster VERSION regress ACTION ...; an error message, or nothing on success.
std::string control(const char *action)
{
    const char *version = std::getenv("PGVERSION");
    const char *root = std::getenv("PG_CLUSTER_CONF_ROOT");
    if (!version || !*version || !root || !*root)
        return "no pg_virtualenv cluster in the environment (PGVERSION, PG_CLUSTER_CONF_ROOT): "
               "run the test through tests/teamserver/run-with-server.sh";
    // Our own values (a version number, a fixed cluster name and action): nothing to quote.
    const std::string command = fmt::format("pg_ctlcluster {} regress {}", version, action);
    const int status = std::system(command.c_str());
    if (status != 0)
        return fmt::format("`{}` failed (status {})", command, status);
    return {};
}

} // namespace

ServerOutage::ServerOutage()
{
    // Fast: open connections are cut (SQLSTATE 57P01, then a closed socket), as when the network
    // goes; the cluster's data stays.
    m_error = control("stop -m fast");
    m_stopped = m_error.empty();
}

ServerOutage::~ServerOutage()
{
    if (m_stopped)
        end();
}

bool ServerOutage::end()
{
    if (!m_stopped)
        return m_error.empty();
    // pg_ctlcluster start waits until the server accepts connections.
    m_error = control("start");
    m_stopped = !m_error.empty();
    return !m_stopped;
}

} // namespace hindsight::test
