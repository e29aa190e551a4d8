#pragma once

#include "core/result.h"
#include "core/storage/postgres/pgparams.h"
#include "core/storage/postgres/pgresult.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

typedef struct pg_conn PGconn;

namespace hindsight::core::postgres {

class PgStatement;

// One connection to a PostgreSQL server through libpq, owned: PQfinish runs when it goes.
// Move-only by pointer (open() returns a unique_ptr). Every command returns its result or an Error
// naming the operation and the SQLSTATE; nothing throws. Parameters travel separately from the SQL
// (PQexecParams), so user text is never part of a statement.
class PgConnection
{
public:
    struct Notification
    {
        std::string channel;
        std::string payload;
        int backendPid = 0; // the server process that sent it: our own when we wrote
    };

    // `uri` is a libpq connection string or URI. The password, when given, overrides what the URI
    // or the environment say (the GUI's prompt); else libpq finds it (PGPASSWORD, ~/.pgpass,
    // PGPASSFILE). Sets UTF-8, the application name and a 10 s connection timeout unless the URI
    // sets them. Offline, with libpq's message, when the server cannot be reached or refuses.
    static Result<std::unique_ptr<PgConnection>> open(const std::string &uri,
                                                      const std::string &password = {});
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // One statement with parameters ($1, $2 ... in `sql`).
    Result<PgResult> exec(std::string_view sql, const PgParams &params, std::string_view operation);
    Result<PgResult> exec(std::string_view sql, std::string_view operation);
    // Several statements without parameters (a migration script, or DDL built with
    // quoteIdentifier), run as PQexec runs them.
    Status execScript(std::string_view sql, std::string_view operation);
    PgStatement prepare(std::string sql);

    // Still connected, as far as libpq knows (a lost server is noticed at the next command).
    bool isConnected() const;
    // Connects again with what open() was given; Offline while the server stays away.
    Status reconnect();

    // The socket to watch for notifications (PQsocket), -1 when disconnected.
    int socket() const;
    int backendPid() const;
    // Reads what the server sent (PQconsumeInput) and returns the notifications received, oldest
    // first; Offline when the connection turned out to be lost.
    Result<std::vector<Notification>> notifications();

    // The login, database and server as libpq resolved them, for the title bar: "alice on
    // hiring at db.example:5432".
    std::string user() const;
    std::string databaseName() const;
    std::string host() const;
    std::string port() const;

    // A name quoted for use as an identifier in DDL that cannot take parameters (CREATE ROLE).
    Result<std::string> quoteIdentifier(std::string_view name);
    // A password as a SCRAM-SHA-256 verifier, computed here so the clear text never reaches the
    // server (nor its logs), quoted as a literal.
    Result<std::string> passwordVerifierLiteral(const std::string &password,
                                                const std::string &user);

    PGconn *get() const { return m_conn; }

private:
    PgConnection(PGconn *conn, std::string uri, std::string password);
    static PGconn *connect(const std::string &uri, const std::string &password);

    PGconn *m_conn = nullptr;
    std::string m_uri;
    std::string m_password;
};

} // namespace hindsight::core::postgres
