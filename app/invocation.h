#pragma once

#include "core/limits.h"

#include <QString>
#include <QStringList>

namespace hindsight::app {

// What the user asked for on the command line, parsed and checked for shape (not for meaning:
// whether a role exists is the command's business).
struct Invocation
{
    enum class Command {
        Gui,
        Help,
        Version,
        Import,
        Export,
        Scores,
        Calibration,
        Report,
        Backup,
        Restore,
        Delete,
        Purge,
        ExportPerson,
        TeamInit,
        TeamAddInterviewer
    };
    enum class Format { Table, Json, Csv };
    // What delete and purge do with the backups that hold an erased candidate.
    enum class Backups { Rewrite, Delete };

    Command command = Command::Gui;
    QString database; // empty: the default location
    QString server;   // --server: a team server's libpq URI, instead of a database file
    QString language; // --lang: en, da or id for this run; empty: the setting, else the system's
    bool demo = false;
    QString file;       // import / export / export-person; the backup to restore
    QString role;       // --role
    QString interview;  // --interview: the candidate to interview
    QString candidate;  // --candidate: of a report, delete, export-person
    QString pdf;        // --pdf: where a report goes
    bool kit = false;   // --kit: the interview kit instead of the committee pack
    bool blind = false; // --blind: a committee pack without candidates' names
    // --paper of a report; Settings: the one chosen in Preferences (by default the region's).
    enum class Paper { Settings, A4, Letter };
    Paper paper = Paper::Settings;
    Format format = Format::Table;
    int maxImportMegabytes = core::limits::importMegabytes; // --max-size: the largest import
    Backups backups = Backups::Rewrite;                     // --backups: delete and purge
    bool yes = false;                                       // --yes: erase without asking
    bool dryRun = false;     // --dry-run: import reports, purge lists; neither writes
    int inactiveMonths = -1; // --inactive-months; -1: the retention setting
    QString backupTo;        // --to: where backup writes, instead of the backups folder
    bool force = false;      // --force: restore replaces an existing database
    QString login;           // team add-interviewer LOGIN
    QString name;            // --name of the interviewer
    QString email;           // --email of the interviewer
};

} // namespace hindsight::app
