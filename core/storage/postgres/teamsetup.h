#pragma once

#include "core/interviewer.h"
#include "core/result.h"

#include <string>

namespace hindsight::core::postgres {

class PgConnection;

// What `hindsight team init` and `hindsight team add-interviewer` do, on a connection as a login
// allowed to (a superuser, or one with CREATEROLE and CREATE on the database).
class TeamSetup
{
public:
    // Creates (or upgrades) the schema, the owner and interviewer roles and the policies
    // (PgSchema::migrate). Running it again on a current server changes nothing.
    static Status init(PgConnection &connection);

    // Makes `login` an interviewer of the team: creates the login role (scram-sha-256, the
    // verifier computed on this side so the password never travels or lands in a log) or, when it
    // exists, sets its password; makes it a member of hindsight_interviewer; records its name and
    // e-mail. One transaction. Invalid for a blank login, name or password, or a login that is a
    // superuser (it would bypass row-level security); Forbidden when the setup login may not.
    static Status addInterviewer(PgConnection &connection, const std::string &login,
                                 const Interviewer &interviewer, const std::string &password);
};

} // namespace hindsight::core::postgres
