#include "core/storage/postgres/pgschema.h"

#include "core/storage/postgres/pgconnection.h"
#include "core/storage/postgres/pgschemascripts.h"
#include "core/storage/postgres/pgtransaction.h"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace hindsight::core::postgres {

namespace {

struct Migration
{
    int version;
    std::string sql;
};

std::vector<Migration> migrations()
{
    return {{1, PgSchemaScripts::version1()}};
}

Status requireSetupRights(PgConnection &connection)
{
    auto rights = connection.exec(
        "SELECT r.rolsuper OR r.rolcreaterole, "
        "       has_database_privilege(current_database(), 'CREATE'), current_database() "
        "FROM pg_roles r WHERE r.rolname = current_user",
        "checking what the login may do");
    if (!rights)
        return rights.error();
    if (rights->rows() != 1 || !rights->boolean(0, 0) || !rights->boolean(0, 1))
        return Error{Error::Code::Forbidden, "setting up the team",
                     fmt::format("the login {} needs the CREATEROLE attribute and the CREATE "
                                 "privilege on the database {} (or to be a superuser)",
                                 connection.user(), rights->rows() == 1 ? rights->text(0, 2) : "")};
    return {};
}

} // namespace

Result<int> PgSchema::version(PgConnection &connection)
{
    auto exists = connection.exec("SELECT to_regclass('hindsight.schema_version') IS NOT NULL",
                                  "reading the schema version");
    if (!exists)
        return exists.error();
    if (!exists->boolean(0, 0))
        return 0;
    auto version = connection.exec("SELECT max(version) FROM hindsight.schema_version",
                                   "reading the schema version");
    if (!version)
        return version.error();
    return int(version->int64(0, 0));
}

Status PgSchema::migrate(PgConnection &connection)
{
    auto current = version(connection);
    if (!current)
        return current.error();
    if (*current > LatestVersion)
        return Error{Error::Code::TooNew, "the team server",
                     fmt::format("schema version {} is newer than this Hindsight's {}", *current,
                                 LatestVersion)};
    if (*current == LatestVersion)
        return {};
    if (Error e = requireSetupRights(connection))
        return e;

    PgTransaction tx(connection);
    if (tx.beginError())
        return tx.beginError();
    // Roles are the cluster's, not the database's: another team database may have made them.
    if (Error e = connection.execScript(
            "DO $$ BEGIN "
            "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hindsight_owner') THEN "
            "CREATE ROLE hindsight_owner NOLOGIN; END IF; "
            "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hindsight_interviewer') THEN "
            "CREATE ROLE hindsight_interviewer NOLOGIN; END IF; END $$",
            "creating the roles hindsight_owner and hindsight_interviewer"))
        return e;
    auto login = connection.quoteIdentifier(connection.user());
    if (!login)
        return login.error();
    if (Error e = connection.execScript(
            fmt::format("GRANT hindsight_owner TO {}; "
                        "CREATE SCHEMA IF NOT EXISTS hindsight AUTHORIZATION hindsight_owner; "
                        "SET LOCAL ROLE hindsight_owner; "
                        "SET LOCAL search_path TO hindsight",
                        *login),
            "creating the schema hindsight"))
        return e;
    for (const Migration &migration : migrations()) {
        if (migration.version <= *current)
            continue;
        if (Error e = connection.execScript(migration.sql,
                                            fmt::format("migrating the team server to version {}",
                                                        migration.version)))
            return e;
        if (Error e = connection.execScript(fmt::format("UPDATE schema_version SET version = {}",
                                                        migration.version),
                                            "recording the schema version"))
            return e;
    }
    return tx.commit();
}

} // namespace hindsight::core::postgres
