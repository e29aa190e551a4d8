#pragma once

#include <QString>
#include <QStringList>

namespace hindsight::app {

// What the user asked for on the command line, parsed and checked for shape (not for meaning:
// whether a role exists is the command's business).
struct Invocation
{
    enum class Command { Gui, Help, Version, Import, Export, Scores, Report, Backup, Restore };
    enum class Format { Table, Json, Csv };

    Command command = Command::Gui;
    QString database; // empty: the default location
    bool demo = false;
    QString file;       // import / export; the backup to restore
    QString role;       // --role
    QString interview;  // --interview: the candidate to interview
    QString candidate;  // --candidate: the candidate a report is about
    QString pdf;        // --pdf: where a report goes
    bool kit = false;   // --kit: the interview kit instead of the committee pack
    bool blind = false; // --blind: a committee pack without candidates' names
    Format format = Format::Table;
    int maxImportMegabytes = 64; // --max-size: the largest file import reads
    QString backupTo;            // --to: where backup writes, instead of the backups folder
    bool force = false;          // --force: restore replaces an existing database
};

} // namespace hindsight::app
