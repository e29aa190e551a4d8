#pragma once

#include "core/limits.h"

#include <QString>
#include <QStringList>

namespace hindsight::app {

// What the user asked for on the command line, parsed and checked for shape (not for meaning:
// whether a role exists is the command's business).
struct Invocation
{
    enum class Command { Gui, Help, Version, Import, Export, Scores, Report };
    enum class Format { Table, Json, Csv };

    Command command = Command::Gui;
    QString database; // empty: the default location
    bool demo = false;
    QString file;       // import / export
    QString role;       // --role
    QString interview;  // --interview: the candidate to interview
    QString candidate;  // --candidate: the candidate a report is about
    QString pdf;        // --pdf: where a report goes
    bool kit = false;   // --kit: the interview kit instead of the committee pack
    bool blind = false; // --blind: a committee pack without candidates' names
    Format format = Format::Table;
    int maxImportMegabytes = core::limits::importMegabytes; // --max-size: the largest file import reads
};

} // namespace hindsight::app
