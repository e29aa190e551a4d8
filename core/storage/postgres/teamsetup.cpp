#include "core/storage/postgres/teamsetup.h"

#include "core/storage/postgres/pgconnection.h"
#include "core/storage/postgres/pgschema.h"
#include "core/storage/postgres/pgtransaction.h"
#include "core/storage/rows.h"

#include <fmt/format.h>

namespace hindsight::core::postgres {

Status TeamSetup::init(PgConnection &connection)
{
    return PgSchema::migrate(connection);
}

Status TeamSetup::addInterviewer(PgConnection &connection, const std::string &login,
                                 const Interviewer &interviewer, const std::string &password)
{
    if (storage::isBlank(login) || login.size() > 63)
        return Error{Error::Code::Invalid, "the login", "it must be 1 to 63 bytes long"};
    if (storage::isBlank(interviewer.name))
        return Error{Error::Code::Invalid, fmt::format("the interviewer {}", login),
                     "the name is empty"};
    if (password.empty())
        return Error{Error::Code::Invalid, fmt::format("the password of {}", login), "it is empty"};
    auto version = PgSchema::version(connection);
    if (!version)
        return version.error();
    if (*version == 0)
        return Error{Error::Code::Invalid, "the team server",
                     "it holds no Hindsight team yet: run hindsight team init first"};

    auto quoted = connection.quoteIdentifier(login);
    if (!quoted)
        return quoted.error();
    auto verifier = connection.passwordVerifierLiteral(password, login);
    if (!verifier)
        return verifier.error();

    PgTransaction tx(connection);
    if (tx.beginError())
        return tx.beginError();
    PgParams who;
    who.add(login);
    auto existing = connection.exec("SELECT rolsuper FROM pg_roles WHERE rolname = $1", who,
                                    "looking up the login");
    if (!existing)
        return existing.error();
    if (existing->rows() == 1 && existing->boolean(0, 0))
        return Error{Error::Code::Invalid, fmt::format("the login {}", login),
                     "it is a superuser, which row-level security does not hold back"};
    const std::string roleSql = existing->rows() == 0
                                    ? fmt::format("CREATE ROLE {} LOGIN PASSWORD {}", *quoted,
                                                  *verifier)
                                    : fmt::format("ALTER ROLE {} LOGIN PASSWORD {}", *quoted,
                                                  *verifier);
    // The statement holds only the quoted name and the verifier, never the password.
    if (Error e = connection.execScript(roleSql, fmt::format("creating the login {}", login)))
        return e;
    if (Error e = connection.execScript(
            fmt::format("GRANT {} TO {}", PgSchema::InterviewerRole, *quoted),
            fmt::format("adding {} to {}", login, PgSchema::InterviewerRole)))
        return e;
    PgParams row;
    row.add(login).add(interviewer.name).add(interviewer.email);
    if (auto r = connection.exec(
            "INSERT INTO hindsight.interviewers (login, name, email) VALUES ($1, $2, $3) "
            "ON CONFLICT (login) DO UPDATE SET name = excluded.name, email = excluded.email",
            row, fmt::format("recording the interviewer {}", login));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace hindsight::core::postgres
