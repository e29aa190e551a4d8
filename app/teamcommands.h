#pragma once

#include "app/invocation.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hindsight::app {

// `team init` and `team add-interviewer`: set up a team server as a login allowed to (DESIGN.md,
// Team mode). The password of a new interviewer is read from `in` (one line; on a terminal
// without echo, asked twice), never from the command line, where other users could read it.
// Output goes to `out`, errors to `err`; the return value is the exit code.
class TeamCommands final
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommands)

public:
    TeamCommands(QIODevice &out, QIODevice &err, QIODevice &in, bool interactive);

    static bool handles(Invocation::Command command);
    int run(const Invocation &invocation);

private:
    int init(const Invocation &invocation);
    int addInterviewer(const Invocation &invocation);
    // The password from standard input; empty, with the reason printed, when there is none.
    QString readPassword(const QString &login);
    QString readLine(bool hidden);

    void print(const QString &line);
    int fail(const QString &message);

    QIODevice &m_out;
    QIODevice &m_err;
    QIODevice &m_in;
    bool m_interactive = false;
};

} // namespace hindsight::app
