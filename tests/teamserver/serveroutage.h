#pragma once

#include <string>

namespace hindsight::test {

// The team server going away mid-interview (issue 15, item 6), for real: the throw-away cluster
// that run-with-server.sh started is stopped with pg_ctlcluster (pg_virtualenv names it
// <PGVERSION>/regress and exports PGVERSION and PG_CLUSTER_CONF_ROOT, where it keeps its
// configuration), in fast mode, so the server cuts every open connection as a lost network
// would; connecting is then refused at once. end() starts it again on the same port; the
// destructor does, if the test did not, so a failed case leaves the server up for the next one.
//
//     test::ServerOutage outage;
//     QVERIFY2(outage, outage.error().c_str());
//     ... write while the server is away ...
//     QVERIFY2(outage.end(), outage.error().c_str());
class ServerOutage final
{
public:
    ServerOutage();
    ~ServerOutage();
    ServerOutage(const ServerOutage &) = delete;
    ServerOutage &operator=(const ServerOutage &) = delete;

    // The server is stopped; otherwise error() says why not.
    explicit operator bool() const { return m_stopped && m_error.empty(); }
    const std::string &error() const { return m_error; }

    // Starts the server again and waits until it accepts connections. False, with error(), when
    // it would not start.
    bool end();

private:
    std::string m_error;
    bool m_stopped = false;
};

} // namespace hindsight::test
