#include "app/commandline.h"

using namespace Qt::StringLiterals;

// The team commands of CommandLine: `team init` and `team add-interviewer`, which set up a team
// server, and which commands may run against one.

namespace hindsight::app {

bool CommandLine::worksOnServer(Invocation::Command command)
{
    using C = Invocation::Command;
    switch (command) {
    case C::Backup:
    case C::Restore: return false;
    default: return true;
    }
}

std::optional<Invocation> CommandLine::checkTeam(Invocation inv, const QStringList &positional)
{
    const QString example = u"hindsight team add-interviewer alice --name \"Alice Berg\" --email "
                            u"alice@example.org --server postgresql://admin@db.example/hiring"_s;
    const QString what = positional.size() > 1 ? positional.at(1) : QString();
    if (what == u"init") {
        inv.command = Invocation::Command::TeamInit;
        if (positional.size() > 2) {
            m_error = tr("Unexpected argument \"%1\".").arg(positional.at(2));
            return std::nullopt;
        }
        if (m_parser.isSet(u"name"_s) || m_parser.isSet(u"email"_s)) {
            m_error = tr("team init takes no --name or --email: add interviewers with team "
                         "add-interviewer.");
            return std::nullopt;
        }
    } else if (what == u"add-interviewer") {
        inv.command = Invocation::Command::TeamAddInterviewer;
        if (positional.size() < 3) {
            m_error = tr("team add-interviewer needs the LOGIN to create, as in: %1").arg(example);
            return std::nullopt;
        }
        if (positional.size() > 3) {
            m_error = tr("Unexpected argument \"%1\".").arg(positional.at(3));
            return std::nullopt;
        }
        inv.login = positional.at(2);
        inv.name = m_parser.value(u"name"_s).trimmed();
        inv.email = m_parser.value(u"email"_s).trimmed();
        if (inv.name.isEmpty()) {
            m_error = tr("team add-interviewer needs the interviewer's --name, as in: %1").arg(example);
            return std::nullopt;
        }
    } else {
        m_error = what.isEmpty()
                      ? tr("team needs init or add-interviewer, as in: %1").arg(example)
                      : tr("Unknown team command \"%1\": use init or add-interviewer.").arg(what);
        return std::nullopt;
    }
    if (inv.server.isEmpty()) {
        m_error = tr("team %1 needs the team server: --server URL, as in: %2").arg(what, example);
        return std::nullopt;
    }
    for (const QString &option :
         {u"role"_s, u"candidate"_s, u"pdf"_s, u"kit"_s, u"blind"_s, u"max-size"_s, u"backups"_s,
          u"yes"_s, u"dry-run"_s, u"inactive-months"_s, u"to"_s, u"force"_s, u"interview"_s}) {
        if (m_parser.isSet(option)) {
            m_error = tr("team %1 takes no --%2.").arg(what, option);
            return std::nullopt;
        }
    }
    if (m_parser.value(u"format"_s) != u"table") {
        m_error = tr("team %1 takes no --format.").arg(what);
        return std::nullopt;
    }
    return inv;
}

} // namespace hindsight::app
