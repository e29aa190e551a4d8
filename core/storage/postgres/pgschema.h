#pragma once

#include "core/result.h"

namespace hindsight::core::postgres {

class PgConnection;

// The team server's schema (DESIGN.md, Team mode): the tables in the schema `hindsight`, owned by
// the non-login role hindsight_owner; the group role hindsight_interviewer with what an
// interviewer may do; row-level security on every table that holds interview content; triggers
// that stamp the login on what it writes and send NOTIFY (kind and id, never text).
//
// Versions are forward-only, each applied in one transaction with schema_version bumped inside
// it. Only `hindsight team init` (a login allowed to create roles and schemas) migrates; an
// interviewer's store refuses a server whose schema is newer than ours and asks for team init when
// it is older.
class PgSchema
{
public:
    static constexpr int LatestVersion = 1;
    // The channel the triggers notify on.
    static constexpr const char *Channel = "hindsight";
    static constexpr const char *OwnerRole = "hindsight_owner";
    static constexpr const char *InterviewerRole = "hindsight_interviewer";

    // The version the server holds: 0 when the schema does not exist yet.
    static Result<int> version(PgConnection &connection);
    // Creates the roles and the schema if missing and applies every version above the server's,
    // as hindsight_owner (SET ROLE; the login is made a member of it). Forbidden, saying what is
    // needed, when the login may not create roles or schemas; TooNew for a newer server.
    static Status migrate(PgConnection &connection);
};

} // namespace hindsight::core::postgres
