#include "core/storage/postgres/pgconnection.h"

#include "core/storage/postgres/pgerror.h"
#include "core/storage/postgres/pgstatement.h"

#include <libpq-fe.h>

#include <array>
#include <utility>

namespace hindsight::core::postgres {

namespace {

// libpq hands out strings it allocated; this frees them with PQfreemem.
struct LibpqString
{
    char *text = nullptr;
    ~LibpqString() { PQfreemem(text); }
};

} // namespace

PGconn *PgConnection::connect(const std::string &uri, const std::string &password)
{
    // Defaults come before the URI (expand_dbname: later keywords win), so the URI may override
    // them; the password comes after, so a prompt's answer wins.
    std::array<const char *, 7> keys{"connect_timeout",
                                     "application_name",
                                     "client_encoding",
                                     "dbname",
                                     nullptr,
                                     nullptr,
                                     nullptr};
    std::array<const char *, 7> values{"10",    "Hindsight", "UTF8", uri.c_str(),
                                       nullptr, nullptr,     nullptr};
    if (!password.empty()) {
        keys[4] = "password";
        values[4] = password.c_str();
    }
    return PQconnectdbParams(keys.data(), values.data(), 1);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const std::string &uri,
                                                         const std::string &password)
{
    PGconn *conn = connect(uri, password);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        Error e = errorFromConnection(conn, "connecting to the team server");
        PQfinish(conn);
        return e;
    }
    std::unique_ptr<PgConnection> connection(new PgConnection(conn, uri, password));
    // Our tables live in their own schema (pg_catalog, not named, is searched first: nothing of
    // ours can shadow a built-in).
    if (Error e = connection->execScript("SET search_path TO hindsight",
                                         "choosing the hindsight schema"))
        return e;
    return connection;
}

PgConnection::PgConnection(PGconn *conn, std::string uri, std::string password)
    : m_conn(conn)
    , m_uri(std::move(uri))
    , m_password(std::move(password))
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Result<PgResult> PgConnection::exec(std::string_view sql, const PgParams &params,
                                    std::string_view operation)
{
    const std::string query(sql);
    const std::vector<const char *> values = params.values();
    PgResult result(PQexecParams(m_conn, query.c_str(), params.count(), nullptr, values.data(),
                                 nullptr, nullptr, 0));
    const ExecStatusType status = result.get() ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorFromResult(m_conn, result.get(), operation, query);
    return result;
}

Result<PgResult> PgConnection::exec(std::string_view sql, std::string_view operation)
{
    return exec(sql, PgParams{}, operation);
}

Status PgConnection::execScript(std::string_view sql, std::string_view operation)
{
    const std::string script(sql);
    PgResult result(PQexec(m_conn, script.c_str()));
    const ExecStatusType status = result.get() ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorFromResult(m_conn, result.get(), operation, script);
    return {};
}

PgStatement PgConnection::prepare(std::string sql)
{
    return PgStatement(this, std::move(sql));
}

bool PgConnection::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Status PgConnection::reconnect()
{
    PGconn *fresh = connect(m_uri, m_password);
    if (!fresh || PQstatus(fresh) != CONNECTION_OK) {
        Error e = errorFromConnection(fresh, "connecting to the team server again");
        PQfinish(fresh);
        return e;
    }
    PQfinish(m_conn);
    m_conn = fresh;
    return execScript("SET search_path TO hindsight", "choosing the hindsight schema");
}

int PgConnection::socket() const
{
    return isConnected() ? PQsocket(m_conn) : -1;
}

int PgConnection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

Result<std::vector<PgConnection::Notification>> PgConnection::notifications()
{
    if (PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK)
        return errorFromConnection(m_conn, "listening to the team server");
    std::vector<Notification> received;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        received.push_back({notify->relname ? notify->relname : "",
                            notify->extra ? notify->extra : "", notify->be_pid});
        PQfreemem(notify);
    }
    return received;
}

std::string PgConnection::user() const
{
    const char *user = m_conn ? PQuser(m_conn) : nullptr;
    return user ? user : "";
}

std::string PgConnection::databaseName() const
{
    const char *db = m_conn ? PQdb(m_conn) : nullptr;
    return db ? db : "";
}

std::string PgConnection::host() const
{
    const char *host = m_conn ? PQhost(m_conn) : nullptr;
    return host ? host : "";
}

std::string PgConnection::port() const
{
    const char *port = m_conn ? PQport(m_conn) : nullptr;
    return port ? port : "";
}

Result<std::string> PgConnection::quoteIdentifier(std::string_view name)
{
    LibpqString quoted{PQescapeIdentifier(m_conn, name.data(), name.size())};
    if (!quoted.text)
        return Error{Error::Code::Invalid, "quoting a name", PQerrorMessage(m_conn)};
    return std::string(quoted.text);
}

Result<std::string> PgConnection::passwordVerifierLiteral(const std::string &password,
                                                          const std::string &user)
{
    LibpqString verifier{
        PQencryptPasswordConn(m_conn, password.c_str(), user.c_str(), "scram-sha-256")};
    if (!verifier.text)
        return Error{Error::Code::Internal, "encrypting the password", PQerrorMessage(m_conn)};
    const std::string_view text(verifier.text);
    LibpqString literal{PQescapeLiteral(m_conn, text.data(), text.size())};
    if (!literal.text)
        return Error{Error::Code::Internal, "quoting the password", PQerrorMessage(m_conn)};
    return std::string(literal.text);
}

} // namespace hindsight::core::postgres
