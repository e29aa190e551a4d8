#include "app/commandline.h"

#include "core/retention.h"
#include "ui/common/settings.h"

#include <QCommandLineOption>

using namespace Qt::StringLiterals;

namespace hindsight::app {

namespace {

const QString databaseOption = u"database"_s;
const QString demoOption = u"demo"_s;
const QString roleOption = u"role"_s;
const QString formatOption = u"format"_s;
const QString interviewOption = u"interview"_s;
const QString candidateOption = u"candidate"_s;
const QString pdfOption = u"pdf"_s;
const QString kitOption = u"kit"_s;
const QString blindOption = u"blind"_s;
const QString maxSizeOption = u"max-size"_s;
const QString backupsOption = u"backups"_s;
const QString yesOption = u"yes"_s;
const QString dryRunOption = u"dry-run"_s;
const QString inactiveMonthsOption = u"inactive-months"_s;
const QString toOption = u"to"_s;
const QString forceOption = u"force"_s;
const QString serverOption = u"server"_s;
const QString nameOption = u"name"_s;
const QString emailOption = u"email"_s;
const QString langOption = u"lang"_s;
const QString paperOption = u"paper"_s;

// Options followed by a value, which is not a command even when it reads like one.
const QStringList valueOptions = {u"--database"_s, u"--interview"_s, u"--role"_s,
                                  u"--format"_s,   u"--candidate"_s, u"--pdf"_s,
                                  u"--max-size"_s, u"--backups"_s,   u"--inactive-months"_s,
                                  u"--to"_s,       u"--server"_s,    u"--name"_s,
                                  u"--email"_s,    u"--lang"_s,      u"--paper"_s};

struct CommandName
{
    const char16_t *name;
    Invocation::Command command;
};

constexpr CommandName commands[] = {
    {u"import", Invocation::Command::Import}, {u"export", Invocation::Command::Export},
    {u"scores", Invocation::Command::Scores}, {u"calibration", Invocation::Command::Calibration},
    {u"report", Invocation::Command::Report}, {u"delete", Invocation::Command::Delete},
    {u"purge", Invocation::Command::Purge},   {u"export-person", Invocation::Command::ExportPerson},
    {u"backup", Invocation::Command::Backup}, {u"restore", Invocation::Command::Restore},
    {u"team", Invocation::Command::TeamInit},
};

bool isErasure(Invocation::Command command)
{
    return command == Invocation::Command::Delete || command == Invocation::Command::Purge;
}

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("Hindsight helps interviewers hire backend engineers of the right shape.\n\n"
           "Commands:\n"
           "  (none)                      open the application window\n"
           "  --interview C               open the live interview screen for candidate C\n"
           "  import FILE.json [--dry-run]\n"
           "                              merge the roles and candidates of an interchange file;\n"
           "                              prints what was added, merged and skipped (--dry-run:\n"
           "                              what would be, writing nothing)\n"
           "  export FILE.json [--role R] write everything, or one role, as interchange JSON\n"
           "  scores --role R [--format table|json|csv]\n"
           "                              breadth, depth, archetype, fit and risks per candidate\n"
           "  calibration --role R [--format table|json|csv]\n"
           "                              how each pair of the role's interviewers agree\n"
           "  report --role R --pdf OUT.pdf [--blind] [--paper a4|letter]\n"
           "                              the committee pack of a role as PDF (--blind: no names)\n"
           "  report --role R --kit --pdf OUT.pdf\n"
           "                              the printable interview kit of a role\n"
           "  report --candidate C --pdf OUT.pdf\n"
           "                              the summary of one candidate as PDF\n"
           "  backup [--to PATH]          a verified copy of the database, into the backups\n"
           "                              folder beside it (the newest 7 are kept) or to PATH\n"
           "  restore BACKUP [--force]    put a backup in the database's place; --force replaces\n"
           "                              an existing database, which is kept aside\n"
           "  delete --candidate C [--backups rewrite|delete] [--yes]\n"
           "                              erase candidate C and everything about them, from the\n"
           "                              database and its backups (asks first unless --yes)\n"
           "  purge [--inactive-months N] [--dry-run] [--backups rewrite|delete] [--yes]\n"
           "                              erase every candidate with no activity for N months\n"
           "                              (default: the retention setting)\n"
           "  export-person --candidate C FILE.json\n"
           "                              everything held about candidate C, as JSON\n"
           "  team init --server URL      set up a team server: schema, roles, row-level security\n"
           "  team add-interviewer LOGIN --name NAME [--email E] --server URL\n"
           "                              create the interviewer's login (password on standard\n"
           "                              input) and record their name and e-mail\n\n"
           "R is a role id or its exact title; C a candidate id or exact name. Every command and\n"
           "the window work on a team server with --server URL (a PostgreSQL URI such as\n"
           "postgresql://alice@db.example/hiring; the password as libpq finds it: PGPASSWORD,\n"
           "~/.pgpass, PGPASSFILE) instead of a database file."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption({databaseOption,
                        tr("Use the database at <path> instead of the default one."), tr("path")});
    m_parser.addOption({serverOption,
                        tr("Work on the team server at <URL> (a PostgreSQL URI) instead of a "
                           "database file."),
                        tr("URL")});
    m_parser.addOption({langOption,
                        tr("The language of this run: en, da or id (default: the one chosen in "
                           "Preferences, else the system's)."),
                        tr("CODE")});
    m_parser.addOption({nameOption, tr("The name of the interviewer team add-interviewer adds."),
                        tr("NAME")});
    m_parser.addOption({emailOption, tr("The e-mail of the interviewer team add-interviewer adds."),
                        tr("E")});
    m_parser.addOption({demoOption,
                        tr("Open a fresh demo database filled with example roles and candidates.")});
    m_parser.addOption(
        {interviewOption,
         tr("Start, or reopen, your interview with candidate <C>: its id or exact name."), tr("C")});
    m_parser.addOption({roleOption, tr("The role <R>: its id or exact title."), tr("R")});
    m_parser.addOption({formatOption,
                        tr("Output format of scores and calibration: table, json or csv."),
                        tr("format"), u"table"_s});
    m_parser.addOption({candidateOption, tr("The candidate <C> of a report: its id or exact name."),
                        tr("C")});
    m_parser.addOption({pdfOption, tr("Write the report as PDF to <file>."), tr("file")});
    m_parser.addOption({paperOption,
                        tr("The paper of the report: a4 or letter (default: the one chosen in "
                           "Preferences, else the system's region's)."),
                        tr("a4|letter")});
    m_parser.addOption(
        {kitOption, tr("Write the role's printable interview kit instead of its committee pack.")});
    m_parser.addOption({blindOption,
                        tr("Leave candidates' names out of a committee pack: Candidate A, B, …")});
    m_parser.addOption({maxSizeOption,
                        tr("The largest file import reads, in MB (default 64): a larger one is "
                           "refused before it is read."),
                        tr("MB")});
    m_parser.addOption({backupsOption,
                        tr("What delete and purge do with backups that hold an erased candidate: "
                           "rewrite them without the candidate (default) or delete them."),
                        tr("rewrite|delete"), u"rewrite"_s});
    m_parser.addOption({yesOption, tr("Erase without asking for confirmation.")});
    m_parser.addOption({dryRunOption, tr("Report what import would add, merge and skip, or what "
                                         "purge would erase, and write nothing.")});
    m_parser.addOption({inactiveMonthsOption,
                        tr("Purge candidates with no activity for <N> months (1 to %1).")
                            .arg(core::Retention::MaxMonths),
                        tr("N")});
    m_parser.addPositionalArgument(u"command"_s,
                                   tr("import, export, scores, calibration, report, backup, restore, "
                                      "delete, purge, export-person or team (see above)."),
                                   tr("[command]"));
    m_parser.addOption({toOption,
                        tr("Write the backup to <path> (a file, or a folder to put it in) instead "
                           "of the backups folder beside the database."),
                        tr("path")});
    m_parser.addOption(
        {forceOption, tr("Let restore replace an existing database (it is kept aside, renamed).")});
    m_parser.addPositionalArgument(u"file"_s, tr("The JSON file for import and export."),
                                   tr("[file]"));
}

bool CommandLine::isReport(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (valueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return a == u"report"; // the first positional argument is the command
    }
    return false;
}

QString CommandLine::languageOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--lang" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(u"--lang="))
            return a.mid(7);
        if (valueOptions.contains(a))
            ++i; // a value that reads like --lang is not one
    }
    return {};
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    // Only a plain window launch needs a display. Everything else, a wrong argument included,
    // runs without one, so that errors are one clean line and never a platform-plugin warning.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--database" || a == u"--interview" || a == u"--server" || a == u"--lang") {
            ++i; // skip the value
            continue;
        }
        if (a.startsWith(u"--database=") || a.startsWith(u"--interview=")
            || a.startsWith(u"--server=") || a.startsWith(u"--lang=") || a == u"--demo")
            continue;
        return true;
    }
    return false;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

std::optional<Invocation> CommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return std::nullopt;
    }
    Invocation inv;
    if (m_parser.isSet(u"help"_s)) {
        inv.command = Invocation::Command::Help;
        return inv;
    }
    if (m_parser.isSet(u"version"_s)) {
        inv.command = Invocation::Command::Version;
        return inv;
    }
    inv.database = m_parser.value(databaseOption);
    inv.language = m_parser.value(langOption);
    if (m_parser.isSet(langOption) && !ui::Settings::languages().contains(inv.language)) {
        m_error = tr("Unknown language \"%1\": use %2.")
                      .arg(inv.language, ui::Settings::languages().join(u", "_s));
        return std::nullopt;
    }
    inv.server = m_parser.value(serverOption);
    if (!inv.database.isEmpty() && !inv.server.isEmpty()) {
        m_error = tr("Give either --database or --server, not both.");
        return std::nullopt;
    }
    if (!inv.server.isEmpty() && m_parser.isSet(demoOption)) {
        m_error = tr("--demo opens a fresh demo database file; it cannot be combined with --server.");
        return std::nullopt;
    }
    inv.demo = m_parser.isSet(demoOption);
    inv.role = m_parser.value(roleOption);
    inv.interview = m_parser.value(interviewOption);
    inv.candidate = m_parser.value(candidateOption);
    inv.pdf = m_parser.value(pdfOption);
    inv.kit = m_parser.isSet(kitOption);
    inv.blind = m_parser.isSet(blindOption);

    const QString format = m_parser.value(formatOption);
    if (format == u"table")
        inv.format = Invocation::Format::Table;
    else if (format == u"json")
        inv.format = Invocation::Format::Json;
    else if (format == u"csv")
        inv.format = Invocation::Format::Csv;
    else {
        m_error = tr("Unknown format \"%1\": use table, json or csv.").arg(format);
        return std::nullopt;
    }

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        for (const QString &option :
             {roleOption, formatOption, candidateOption, pdfOption, paperOption, kitOption,
              blindOption, maxSizeOption, backupsOption, yesOption, dryRunOption,
              inactiveMonthsOption, toOption, forceOption, nameOption, emailOption}) {
            if (m_parser.isSet(option)) {
                m_error = tr("--%1 belongs to a command such as scores or report.").arg(option);
                return std::nullopt;
            }
        }
        return inv; // the window
    }
    const QString &name = positional.first();
    auto it = std::find_if(std::begin(commands), std::end(commands),
                           [&](const CommandName &c) { return name == QStringView(c.name); });
    if (it == std::end(commands)) {
        m_error = tr("Unknown command \"%1\": use import, export, scores, calibration, report, "
                     "backup, restore, delete, purge, export-person or team.")
                      .arg(name);
        return std::nullopt;
    }
    inv.command = it->command;
    if (inv.command == Invocation::Command::TeamInit)
        return checkTeam(std::move(inv), positional);
    for (const QString &option : {nameOption, emailOption}) {
        if (m_parser.isSet(option)) {
            m_error = tr("--%1 belongs to the command team add-interviewer.").arg(option);
            return std::nullopt;
        }
    }
    if (!inv.server.isEmpty() && !worksOnServer(inv.command)) {
        m_error = tr("%1 works on a database file, not on a team server: a team server is backed "
                     "up and restored by its administrators, with PostgreSQL's own tools.")
                      .arg(name);
        return std::nullopt;
    }
    if (!inv.server.isEmpty() && m_parser.isSet(backupsOption)) {
        m_error = tr("--backups is about a database file's backups; a team server's are its "
                     "administrators'.");
        return std::nullopt;
    }
    if (inv.demo) {
        m_error = tr("--demo opens the window; it cannot be combined with a command.");
        return std::nullopt;
    }
    if (!inv.interview.isEmpty()) {
        m_error = tr("--interview opens the window; it cannot be combined with a command.");
        return std::nullopt;
    }

    const bool takesFile = inv.command == Invocation::Command::Import
                           || inv.command == Invocation::Command::Export
                           || inv.command == Invocation::Command::ExportPerson
                           || inv.command == Invocation::Command::Restore;
    const qsizetype expected = takesFile ? 2 : 1;
    if (positional.size() < expected && inv.command == Invocation::Command::Restore) {
        m_error = tr("restore needs the BACKUP to put in the database's place, as in: "
                     "hindsight restore backups/hindsight-20260301-090000.sqlite3");
        return std::nullopt;
    }
    if (positional.size() < expected) {
        m_error = tr("%1 needs a file name, as in: hindsight %1 FILE.json").arg(name);
        return std::nullopt;
    }
    if (positional.size() > expected) {
        m_error = tr("Unexpected argument \"%1\".").arg(positional.at(expected));
        return std::nullopt;
    }
    if (expected == 2)
        inv.file = positional.at(1);

    if (inv.command == Invocation::Command::Scores && inv.role.isEmpty()) {
        m_error = tr("scores needs a role, as in: hindsight scores --role \"Payment backend\"");
        return std::nullopt;
    }
    if (inv.command == Invocation::Command::Calibration && inv.role.isEmpty()) {
        m_error = tr("calibration needs a role, as in: hindsight calibration --role \"Payment "
                     "backend\"");
        return std::nullopt;
    }
    if (m_parser.isSet(maxSizeOption)) {
        bool ok = false;
        const int megabytes = m_parser.value(maxSizeOption).toInt(&ok);
        if (inv.command != Invocation::Command::Import) {
            m_error = tr("--max-size belongs to the import command.");
            return std::nullopt;
        }
        if (!ok || megabytes < 1 || megabytes > MaxImportMegabytes) {
            m_error = tr("--max-size takes a number of megabytes from 1 to %1, not \"%2\".")
                          .arg(MaxImportMegabytes)
                          .arg(m_parser.value(maxSizeOption));
            return std::nullopt;
        }
        inv.maxImportMegabytes = megabytes;
    }
    if (inv.command == Invocation::Command::Import && m_parser.isSet(roleOption)) {
        m_error = tr("import takes no --role: it adds every role in the file.");
        return std::nullopt;
    }
    if (inv.command != Invocation::Command::Scores
        && inv.command != Invocation::Command::Calibration && m_parser.isSet(formatOption)) {
        m_error = tr("--format belongs to the scores and calibration commands.");
        return std::nullopt;
    }
    for (const QString &option : {backupsOption, yesOption}) {
        if (m_parser.isSet(option) && !isErasure(inv.command)) {
            m_error = tr("--%1 belongs to the delete and purge commands.").arg(option);
            return std::nullopt;
        }
    }
    if (m_parser.isSet(dryRunOption) && inv.command != Invocation::Command::Purge
        && inv.command != Invocation::Command::Import) {
        m_error = tr("--dry-run belongs to the import and purge commands.");
        return std::nullopt;
    }
    inv.dryRun = m_parser.isSet(dryRunOption);
    if (m_parser.isSet(inactiveMonthsOption) && inv.command != Invocation::Command::Purge) {
        m_error = tr("--%1 belongs to the purge command.").arg(inactiveMonthsOption);
        return std::nullopt;
    }
    if (!checkBackupOptions(inv, name))
        return std::nullopt;
    if (inv.command == Invocation::Command::Report)
        return checkReport(std::move(inv));
    if (isErasure(inv.command) || inv.command == Invocation::Command::ExportPerson)
        return checkErasure(std::move(inv));
    for (const QString &option : {candidateOption, pdfOption, paperOption, kitOption, blindOption}) {
        if (m_parser.isSet(option)) {
            m_error = tr("--%1 belongs to the report command.").arg(option);
            return std::nullopt;
        }
    }
    return inv;
}

std::optional<Invocation> CommandLine::checkErasure(Invocation inv)
{
    const QString command = m_parser.positionalArguments().first();
    for (const QString &option : {roleOption, pdfOption, paperOption, kitOption, blindOption}) {
        if (m_parser.isSet(option)) {
            m_error = tr("%1 takes no --%2.").arg(command, option);
            return std::nullopt;
        }
    }
    const bool aboutOne = inv.command != Invocation::Command::Purge;
    if (aboutOne && inv.candidate.isEmpty()) {
        m_error = inv.command == Invocation::Command::Delete
                      ? tr("delete needs a candidate, as in: hindsight delete --candidate "
                           "\"Ana Lima\"")
                      : tr("export-person needs a candidate, as in: hindsight export-person "
                           "--candidate \"Ana Lima\" ana.json");
        return std::nullopt;
    }
    if (!aboutOne && !inv.candidate.isEmpty()) {
        m_error = tr("purge takes no --candidate: to erase one candidate, use delete.");
        return std::nullopt;
    }
    const QString backups = m_parser.value(backupsOption);
    if (backups == u"rewrite")
        inv.backups = Invocation::Backups::Rewrite;
    else if (backups == u"delete")
        inv.backups = Invocation::Backups::Delete;
    else {
        m_error = tr("Unknown --backups \"%1\": use rewrite or delete.").arg(backups);
        return std::nullopt;
    }
    inv.yes = m_parser.isSet(yesOption);
    inv.dryRun = m_parser.isSet(dryRunOption);
    if (m_parser.isSet(inactiveMonthsOption)) {
        bool ok = false;
        const int months = m_parser.value(inactiveMonthsOption).toInt(&ok);
        if (!ok || months < 1 || months > core::Retention::MaxMonths) {
            m_error = tr("--inactive-months takes a number of months from 1 to %1, not \"%2\".")
                          .arg(core::Retention::MaxMonths)
                          .arg(m_parser.value(inactiveMonthsOption));
            return std::nullopt;
        }
        inv.inactiveMonths = months;
    }
    return inv;
}

bool CommandLine::checkBackupOptions(Invocation &inv, const QString &name)
{
    const bool fileCommand = inv.command == Invocation::Command::Backup
                             || inv.command == Invocation::Command::Restore;
    if (fileCommand && m_parser.isSet(roleOption)) {
        m_error = tr("%1 takes no --role: it works on the whole database file.").arg(name);
        return false;
    }
    if (m_parser.isSet(toOption)) {
        if (inv.command != Invocation::Command::Backup) {
            m_error = tr("--to belongs to the backup command.");
            return false;
        }
        inv.backupTo = m_parser.value(toOption);
    }
    if (m_parser.isSet(forceOption)) {
        if (inv.command != Invocation::Command::Restore) {
            m_error = tr("--force belongs to the restore command.");
            return false;
        }
        inv.force = true;
    }
    return true;
}

std::optional<Invocation> CommandLine::checkReport(Invocation inv)
{
    const QString example = u"hindsight report --role \"Payment backend\" --pdf pack.pdf"_s;
    if (inv.pdf.isEmpty()) {
        m_error = tr("report needs --pdf and a file name, as in: %1").arg(example);
        return std::nullopt;
    }
    if (inv.role.isEmpty() == inv.candidate.isEmpty()) {
        m_error = tr("report needs either --role R (committee pack, interview kit) or "
                     "--candidate C (candidate summary), as in: %1")
                      .arg(example);
        return std::nullopt;
    }
    if (inv.kit && inv.role.isEmpty()) {
        m_error = tr("--kit makes a role's interview kit: give the role with --role.");
        return std::nullopt;
    }
    if (inv.blind && (inv.role.isEmpty() || inv.kit)) {
        m_error = tr("--blind applies to a role's committee pack only.");
        return std::nullopt;
    }
    if (m_parser.isSet(paperOption)) {
        const QString paper = m_parser.value(paperOption).toLower();
        if (paper == u"a4")
            inv.paper = Invocation::Paper::A4;
        else if (paper == u"letter")
            inv.paper = Invocation::Paper::Letter;
        else {
            m_error = tr("Unknown paper \"%1\": use a4 or letter.").arg(m_parser.value(paperOption));
            return std::nullopt;
        }
    }
    return inv;
}

} // namespace hindsight::app
