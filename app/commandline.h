#pragma once

#include "app/invocation.h"

#include "core/limits.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace hindsight::app {

// The command line of DESIGN.md on QCommandLineParser: one table of options, the commands as the
// first positional argument. Parsing never exits the process; errors come back as text.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The most --max-size accepts (core/limits.h).
    static constexpr int MaxImportMegabytes = core::limits::maxImportMegabytes;

    CommandLine();

    // False only for a window launch (no arguments but --database, --server and --demo), so main() starts a
    // QCoreApplication, which needs no display, for everything else. Needs no application object.
    static bool isHeadless(const QStringList &arguments);
    // True for the report command, which paints PDF pages and so needs a (display-less) GUI
    // application object. Needs no application object.
    static bool isReport(const QStringList &arguments);
    // The value of --lang, before parsing (the translations are installed first, so that parse
    // errors are in that language); empty when not given. Needs no application object.
    static QString languageOf(const QStringList &arguments);

    std::optional<Invocation> parse(const QStringList &arguments);
    const QString &errorText() const { return m_error; }
    QString helpText() const;

private:
    std::optional<Invocation> checkReport(Invocation invocation);
    // delete, purge and export-person.
    std::optional<Invocation> checkErasure(Invocation invocation);
    // --to and --force for backup and restore; false with m_error set when they are misplaced.
    bool checkBackupOptions(Invocation &invocation, const QString &name);
    // team init, team add-interviewer (commandlineteam.cpp).
    std::optional<Invocation> checkTeam(Invocation invocation, const QStringList &positional);
    static bool worksOnServer(Invocation::Command command);

    QCommandLineParser m_parser;
    QString m_error;
};

} // namespace hindsight::app
