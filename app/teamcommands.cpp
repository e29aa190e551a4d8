#include "app/teamcommands.h"

#include "app/terminaltext.h"
#include "core/storage/postgres/pgconnection.h"
#include "core/storage/postgres/pgschema.h"
#include "core/storage/postgres/teamsetup.h"
#include "ui/interchange/errortext.h"

#include <termios.h>
#include <unistd.h>

namespace hindsight::app {

TeamCommands::TeamCommands(QIODevice &out, QIODevice &err, QIODevice &in, bool interactive)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_interactive(interactive)
{
}

bool TeamCommands::handles(Invocation::Command command)
{
    return command == Invocation::Command::TeamInit
           || command == Invocation::Command::TeamAddInterviewer;
}

int TeamCommands::run(const Invocation &invocation)
{
    return invocation.command == Invocation::Command::TeamInit ? init(invocation)
                                                               : addInterviewer(invocation);
}

int TeamCommands::init(const Invocation &invocation)
{
    auto connection = core::postgres::PgConnection::open(invocation.server.toStdString());
    if (!connection)
        return fail(interchange::ErrorText::describe(connection.error()));
    auto before = core::postgres::PgSchema::version(**connection);
    if (!before)
        return fail(interchange::ErrorText::describe(before.error()));
    if (core::Error e = core::postgres::TeamSetup::init(**connection))
        return fail(interchange::ErrorText::describe(e));
    const QString database = QString::fromStdString((*connection)->databaseName());
    if (*before == core::postgres::PgSchema::LatestVersion)
        print(tr("The team server's database %1 is already set up; nothing was changed.")
                  .arg(database));
    else
        print(tr("The team server's database %1 is set up: tables in the schema hindsight, "
                 "row-level security on interview content, the roles hindsight_owner and "
                 "hindsight_interviewer. Add interviewers with: hindsight team add-interviewer "
                 "LOGIN --name NAME --email E --server URL")
                  .arg(database));
    return 0;
}

int TeamCommands::addInterviewer(const Invocation &invocation)
{
    const QString password = readPassword(invocation.login);
    if (password.isEmpty())
        return 1;
    auto connection = core::postgres::PgConnection::open(invocation.server.toStdString());
    if (!connection)
        return fail(interchange::ErrorText::describe(connection.error()));
    const core::Interviewer interviewer(invocation.name.toStdString(),
                                        invocation.email.toStdString());
    if (core::Error e = core::postgres::TeamSetup::addInterviewer(
            **connection, invocation.login.toStdString(), interviewer, password.toStdString()))
        return fail(interchange::ErrorText::describe(e));
    print(tr("%1 can now connect as the interviewer %2: hindsight --server "
             "postgresql://%1@HOST/%3")
              .arg(invocation.login, invocation.name,
                   QString::fromStdString((*connection)->databaseName())));
    return 0;
}

QString TeamCommands::readPassword(const QString &login)
{
    if (m_interactive) {
        m_err.write(tr("Password for %1: ").arg(login).toUtf8());
        const QString first = readLine(true);
        m_err.write(tr("\nThe same password again: ").toUtf8());
        const QString second = readLine(true);
        m_err.write("\n");
        if (first != second) {
            fail(tr("The two passwords differ; nothing was changed."));
            return {};
        }
        if (first.isEmpty())
            fail(tr("The password is empty; nothing was changed."));
        return first;
    }
    const QString password = readLine(false);
    if (password.isEmpty())
        fail(tr("team add-interviewer reads the new login's password from standard input, and "
                "got none; nothing was changed."));
    return password;
}

QString TeamCommands::readLine(bool hidden)
{
    // Without echo on a terminal, so the password is not left on the screen.
    termios saved{};
    const bool silence = hidden && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (silence) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line = m_in.readLine();
    if (silence)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

void TeamCommands::print(const QString &line)
{
    m_out.write(TerminalText::message(line + QLatin1Char('\n')).toUtf8());
}

int TeamCommands::fail(const QString &message)
{
    m_err.write(TerminalText::message(QStringLiteral("hindsight: %1\n").arg(message)).toUtf8());
    return 1;
}

} // namespace hindsight::app
