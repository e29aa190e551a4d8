#include "app/erasurecommands.h"

#include "app/entitylookup.h"
#include "app/terminaltext.h"

#include "core/retention.h"
#include "core/storage/postgres/postgresstore.h"
#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/sqlitestore.h"
#include "ui/common/settings.h"
#include "ui/interchange/erasuretext.h"
#include "ui/interchange/errortext.h"

#include <QDateTime>
#include <QFileDevice>
#include <QStringList>

#include <map>

namespace hindsight::app {

using core::CandidateErasure;

namespace {

QString text(const std::string &utf8)
{
    return TerminalText::field(QString::fromStdString(utf8));
}

QString fileName(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    return text(slash == std::string::npos ? path : path.substr(slash + 1));
}

QString day(core::TimePoint time)
{
    return QDateTime::fromMSecsSinceEpoch(time.time_since_epoch().count(), Qt::UTC)
        .toString(Qt::ISODate)
        .left(10);
}

CandidateErasure::BackupAction actionOf(Invocation::Backups backups)
{
    return backups == Invocation::Backups::Delete ? CandidateErasure::BackupAction::Delete
                                                  : CandidateErasure::BackupAction::Rewrite;
}

} // namespace

ErasureCommands::ErasureCommands(core::Store &store, QIODevice &out, QIODevice &err, QIODevice &in,
                                 bool interactive)
    : m_store(store)
    , m_file(dynamic_cast<core::SqliteStore *>(&store))
    , m_out(out)
    , m_err(err)
    , m_in(in)
    , m_interactive(interactive)
{
}

bool ErasureCommands::handles(Invocation::Command command)
{
    return command == Invocation::Command::Delete || command == Invocation::Command::Purge;
}

int ErasureCommands::run(const Invocation &invocation)
{
    switch (invocation.command) {
    case Invocation::Command::Delete: return deleteCandidate(invocation);
    case Invocation::Command::Purge: return purge(invocation);
    default: return fail(tr("This command is not about one person's data."));
    }
}

void ErasureCommands::print(const QString &line)
{
    m_out.write(TerminalText::message(line).toUtf8().append('\n'));
}

int ErasureCommands::fail(const QString &message)
{
    m_err.write(QStringLiteral("hindsight: %1\n").arg(TerminalText::message(message)).toUtf8());
    return 1;
}

int ErasureCommands::deleteCandidate(const Invocation &invocation)
{
    EntityLookup lookup(m_store);
    const auto candidate = lookup.candidate(invocation.candidate);
    if (!candidate)
        return fail(lookup.errorText());
    if (!m_file)
        return eraseFromServer({candidate->id}, invocation);
    auto plan = CandidateErasure(*m_file).plan({candidate->id});
    if (!plan)
        return fail(interchange::ErrorText::describe(plan.error()));
    describe(*plan, invocation.backups);
    if (!confirmed(invocation))
        return 1;
    return execute(*plan, invocation.backups);
}

int ErasureCommands::purge(const Invocation &invocation)
{
    const int months = invocation.inactiveMonths > 0 ? invocation.inactiveMonths
                                                     : ui::Settings().retentionMonths();
    if (months <= 0) {
        return fail(tr("purge needs a period, as in: hindsight purge --inactive-months 24 "
                       "(the retention setting is off)."));
    }
    auto activity = m_store.candidateActivity();
    if (!activity)
        return fail(interchange::ErrorText::describe(activity.error()));
    const core::TimePoint cutoff = core::Retention::cutoff(
        std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now()), months);
    const core::Retention::Split split = core::Retention::split(*activity, cutoff);

    for (const core::CandidateActivity &c : split.unknown) {
        print(tr("Kept: %1 (id %2) has no recorded activity; delete them by hand if they are due.")
                  .arg(text(c.candidate.name))
                  .arg(c.candidate.id));
    }
    if (split.due.empty()) {
        print(tr("No candidate has been inactive since %1 (%n month(s)).", nullptr, months)
                  .arg(day(cutoff)));
        return 0;
    }
    print(tr("Inactive since %1 (%n month(s)):", nullptr, months).arg(day(cutoff)));
    std::vector<core::Id> ids;
    for (const core::CandidateActivity &c : split.due) {
        print(tr("  %1 (id %2), last activity %3")
                  .arg(text(c.candidate.name))
                  .arg(c.candidate.id)
                  .arg(day(*c.lastActivity)));
        ids.push_back(c.candidate.id);
    }
    if (!m_file)
        return eraseFromServer(ids, invocation);
    auto plan = CandidateErasure(*m_file).plan(ids);
    if (!plan)
        return fail(interchange::ErrorText::describe(plan.error()));
    describe(*plan, invocation.backups);
    if (invocation.dryRun) {
        print(tr("Dry run: nothing was erased."));
        return 0;
    }
    if (!confirmed(invocation))
        return 1;
    return execute(*plan, invocation.backups);
}

void ErasureCommands::describe(const CandidateErasure::Plan &plan, Invocation::Backups backups)
{
    std::map<core::Id, QString> roleTitles;
    if (auto roles = m_store.roles()) {
        for (const core::Role &r : *roles)
            roleTitles[r.id] = text(r.title);
    }
    print(tr("To be erased from %1:").arg(text(m_file->database().path())));
    for (const CandidateErasure::Person &p : plan.people) {
        print(tr("  %1 (id %2), %3")
                  .arg(text(p.candidate.name))
                  .arg(p.candidate.id)
                  .arg(roleTitles[p.candidate.roleId]));
    }
    print(tr("with %1.").arg(interchange::ErasureText::holdings(plan.total())));

    const QString folder = QString::fromStdString(core::Backups::folderOf(m_file->database().path()));
    const int holding = int(plan.backups.size());
    if (holding == 0) {
        print(tr("No backup in %1 holds them.").arg(folder));
        return;
    }
    print(backups == Invocation::Backups::Delete
              ? tr("%n backup(s) in %1 with them will be deleted:", nullptr, holding).arg(folder)
              : tr("%n backup(s) in %1 with them will be rewritten without them:", nullptr, holding)
                    .arg(folder));
    for (const core::BackupHolding &b : plan.backups) {
        print(b.error ? tr("  %1 cannot be read: %2")
                            .arg(fileName(b.path), interchange::ErrorText::describe(b.error))
                      : tr("  %1").arg(fileName(b.path)));
    }
}

bool ErasureCommands::confirmed(const Invocation &invocation)
{
    if (invocation.yes)
        return true;
    if (!m_interactive) {
        fail(tr("nothing was erased: erasing asks for confirmation and standard input is not a "
                "terminal. Run it again with --yes to erase without asking."));
        return false;
    }
    m_out.write(tr("Erase this for good? Type yes to erase: ").toUtf8());
    if (auto *file = qobject_cast<QFileDevice *>(&m_out))
        file->flush();
    const QString answer = QString::fromUtf8(m_in.readLine()).trimmed();
    if (answer.compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0
        || answer.compare(tr("yes"), Qt::CaseInsensitive) == 0)
        return true;
    fail(tr("nothing was erased."));
    return false;
}

int ErasureCommands::execute(const CandidateErasure::Plan &plan, Invocation::Backups backups)
{
    const auto outcome = CandidateErasure(*m_file).execute(plan, actionOf(backups));
    for (const CandidateErasure::BackupResult &b : outcome.backups) {
        if (b.error)
            continue;
        print(b.action == CandidateErasure::BackupAction::Delete
                  ? tr("Deleted the backup %1.").arg(text(b.path))
                  : tr("Rewrote the backup %1 without them.").arg(text(b.path)));
    }
    if (!outcome.databaseErased) {
        return fail(tr("nothing was erased from the database: %1")
                        .arg(interchange::ErrorText::describe(outcome.error)));
    }
    print(tr("Erased %n candidate(s) from %1.", nullptr, int(plan.people.size()))
              .arg(text(m_file->database().path())));
    int code = 0;
    if (outcome.log) {
        code = fail(tr("their text is still in %1: another program is reading the database. "
                       "SQLite empties that file when the last program using the database "
                       "closes it; close every Hindsight on it.")
                        .arg(text(outcome.log.where)));
    }
    if (outcome.error)
        code = fail(interchange::ErrorText::describe(outcome.error));
    return code;
}

int ErasureCommands::eraseFromServer(const std::vector<core::Id> &ids, const Invocation &invocation)
{
    auto *server = dynamic_cast<core::PostgresStore *>(&m_store);
    const QString where = server ? text(server->serverName()) : QString();
    std::map<core::Id, QString> roleTitles;
    if (auto roles = m_store.roles()) {
        for (const core::Role &r : *roles)
            roleTitles[r.id] = text(r.title);
    }
    print(tr("To be erased from the team server %1:").arg(where));
    int interviews = 0;
    int decisions = 0;
    for (const core::Id id : ids) {
        auto candidate = m_store.candidate(id);
        auto held = candidate ? m_store.interviews(id)
                              : core::Result<std::vector<core::Interview>>(candidate.error());
        auto decided = held ? m_store.decisions(id)
                            : core::Result<std::vector<core::Decision>>(held.error());
        if (!decided)
            return fail(interchange::ErrorText::describe(decided.error()));
        interviews += int(held->size());
        decisions += int(decided->size());
        print(tr("  %1 (id %2), %3")
                  .arg(text(candidate->name))
                  .arg(id)
                  .arg(roleTitles[candidate->roleId]));
    }
    // What this login sees: a colleague's draft is not counted (the server refuses the erasure
    // while one exists).
    print(tr("with %n submitted interview(s), ", nullptr, interviews)
          + tr("%n decision(s), their notes and placement overrides.", nullptr, decisions));
    if (invocation.dryRun) {
        print(tr("Dry run: nothing was erased."));
        return 0;
    }
    if (!confirmed(invocation))
        return 1;
    if (const core::Status e = m_store.eraseCandidates(ids)) {
        if (e.code == core::Error::Code::InUse)
            return fail(tr("nothing was erased: someone is still interviewing %1; the draft must "
                           "be submitted or discarded first.")
                            .arg(text(e.where)));
        return fail(tr("nothing was erased: %1").arg(interchange::ErrorText::describe(e)));
    }
    print(tr("Erased %n candidate(s) from the team server %1.", nullptr, int(ids.size())).arg(where));
    return 0;
}

} // namespace hindsight::app
