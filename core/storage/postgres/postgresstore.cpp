#include "core/storage/postgres/postgresstore.h"

#include "core/storage/postgres/pgrows.h"
#include "core/storage/postgres/pgschema.h"
#include "core/storage/postgres/pgtransaction.h"

#include <charconv>

namespace hindsight::core {

using namespace postgres;

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const std::string &uri,
                                                           const std::string &password)
{
    auto connection = PgConnection::open(uri, password);
    if (!connection)
        return connection.error();
    auto version = PgSchema::version(**connection);
    if (!version)
        return version.error();
    const std::string server = (*connection)->databaseName();
    if (*version > PgSchema::LatestVersion)
        return Error{Error::Code::TooNew, fmt::format("the team server's database {}", server),
                     fmt::format("schema version {}", *version)};
    if (*version < PgSchema::LatestVersion)
        return Error{Error::Code::Invalid, fmt::format("the team server's database {}", server),
                     *version == 0 ? "it holds no Hindsight team yet: run hindsight team init"
                                   : "its schema is older: run hindsight team init to upgrade it"};
    std::unique_ptr<PostgresStore> store(new PostgresStore(std::move(*connection)));
    if (Error e = store->listen())
        return e;
    return store;
}

PostgresStore::PostgresStore(std::unique_ptr<PgConnection> connection)
    : m_connection(std::move(connection))
{
}

std::string PostgresStore::login() const
{
    return m_connection->user();
}

std::string PostgresStore::serverName() const
{
    const std::string host = m_connection->host();
    // A Unix socket's directory says nothing to a user: it is this machine.
    const std::string shown = host.empty() || host.front() == '/' ? "localhost" : host;
    return fmt::format("{}/{}", shown, m_connection->databaseName());
}

Result<std::optional<Interviewer>> PostgresStore::loginInterviewer()
{
    PgStatement s = m_connection->prepare(
        "SELECT name, email FROM hindsight.interviewers WHERE login = current_user");
    std::optional<Interviewer> found;
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            found = Interviewer{row.columnText(0), row.columnText(1)};
        }))
        return e;
    return found;
}

Status PostgresStore::listen()
{
    return m_connection->execScript(fmt::format("LISTEN {}", PgSchema::Channel),
                                    "listening for the team's changes");
}

Status PostgresStore::ensureConnected()
{
    if (m_connection->isConnected())
        return {};
    if (Error e = m_connection->reconnect())
        return e;
    return listen();
}

Status PostgresStore::runWrite(const Write &write)
{
    if (Error e = ensureConnected())
        return e;
    Changes changes;
    {
        PgTransaction tx(*m_connection);
        if (tx.beginError())
            return tx.beginError();
        if (Error e = write(changes))
            return e;
        if (Error e = tx.commit())
            return e;
    }
    for (const Change &change : changes)
        announce(change);
    return {};
}

Result<std::vector<Change>> PostgresStore::pollExternalChanges()
{
    std::vector<Change> changes;
    if (!m_connection->isConnected() || m_lost) {
        // A window polls a few times a second and a connection attempt to an unreachable host
        // blocks until its timeout: while the server stays away, try again only every few seconds.
        const auto now = std::chrono::steady_clock::now();
        if (now < m_retryAt)
            return m_offline;
        if (Error e = ensureConnected()) {
            m_retryAt = now + ReconnectInterval;
            m_offline = e;
            return e;
        }
        // Back after an absence: what others did meanwhile was not heard.
        m_lost = false;
        changes.push_back({Change::Kind::Dataset, 0});
    }
    auto received = m_connection->notifications();
    if (!received) {
        m_lost = true;
        return received.error();
    }
    const int own = m_connection->backendPid();
    for (const PgConnection::Notification &n : *received) {
        // This store announced its own writes when they committed.
        if (n.backendPid == own || n.channel != PgSchema::Channel)
            continue;
        // "kind:id", both numbers; anything else is not ours and is ignored.
        const std::string_view payload(n.payload);
        const auto colon = payload.find(':');
        if (colon == std::string_view::npos)
            continue;
        int kind = 0;
        Id id = 0;
        const auto k = std::from_chars(payload.data(), payload.data() + colon, kind);
        const auto i = std::from_chars(payload.data() + colon + 1, payload.data() + payload.size(),
                                       id);
        if (k.ec != std::errc{} || i.ec != std::errc{} || kind < 1 || kind > 9)
            continue;
        const Change change{Change::Kind(kind), id};
        if (changes.empty() || changes.back() != change)
            changes.push_back(change);
    }
    for (const Change &change : changes)
        announce(change);
    return changes;
}

int PostgresStore::changeSocket() const
{
    return m_connection->socket();
}

Status PostgresStore::requireRow(std::string_view table, std::string_view what, Id id)
{
    PgStatement s = m_connection->prepare(fmt::format("SELECT 1 FROM {} WHERE id = $1", table));
    s.bind(1, id);
    auto found = readOne(s, what, id, [](const PgStatement &) { return true; });
    return found ? Error{} : found.error();
}

} // namespace hindsight::core
