#include "app/clicommands.h"

#include "app/calibrationformatter.h"
#include "app/entitylookup.h"
#include "app/scoresformatter.h"
#include "app/terminaltext.h"

#include "core/scoring/calibration.h"
#include "core/scoring/rolescores.h"
#include "ui/interchange/errortext.h"
#include "ui/interchange/importreporttext.h"
#include "ui/interchange/jsonexporter.h"
#include "ui/interchange/jsonimporter.h"
#include "ui/interchange/personexporter.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

namespace hindsight::app {

CliCommands::CliCommands(core::Store &store, QIODevice &out, QIODevice &err)
    : m_store(store)
    , m_out(out)
    , m_err(err)
{
}

int CliCommands::run(const Invocation &invocation)
{
    switch (invocation.command) {
    case Invocation::Command::Import: return importFile(invocation);
    case Invocation::Command::Export: return exportFile(invocation);
    case Invocation::Command::Scores: return scores(invocation);
    case Invocation::Command::Calibration: return calibration(invocation);
    case Invocation::Command::Report: return report(invocation);
    case Invocation::Command::ExportPerson: return exportPerson(invocation);
    default: return fail(tr("This command needs the application window."));
    }
}

int CliCommands::fail(const QString &message)
{
    m_err.write(QStringLiteral("hindsight: %1\n").arg(TerminalText::message(message)).toUtf8());
    return 1;
}

// Everything held about one candidate (right of access): through the store alone, so it works on
// a database file and on a team server alike.
int CliCommands::exportPerson(const Invocation &invocation)
{
    EntityLookup lookup(m_store);
    const auto candidate = lookup.candidate(invocation.candidate);
    if (!candidate)
        return fail(lookup.errorText());
    if (auto failure = interchange::PersonExporter::exportFile(m_store, candidate->id,
                                                               invocation.file))
        return fail(failure->sentence());
    const QString name = TerminalText::field(QString::fromStdString(candidate->name));
    m_out.write(
        TerminalText::message(tr("Wrote everything held about %1 to %2.").arg(name, invocation.file))
            .toUtf8()
            .append('\n'));
    return 0;
}

int CliCommands::importFile(const Invocation &invocation)
{
    using Mode = core::Store::ImportMode;
    core::ImportReport report;
    if (auto failure = interchange::JsonImporter::importFile(
            m_store, invocation.file, &report, invocation.dryRun ? Mode::DryRun : Mode::Write,
            qint64(invocation.maxImportMegabytes) * 1024 * 1024))
        return fail(tr("%1 (nothing was imported)").arg(failure->sentence()));
    QString heading;
    if (report.changesNothing())
        heading = tr("Nothing to import: everything in %1 is already here.");
    else if (invocation.dryRun)
        heading = tr("Importing %1 would do this (a dry run: nothing was written):");
    else
        heading = tr("Imported %1:");
    QStringList lines{heading.arg(invocation.file)};
    for (const QString &line : interchange::ImportReportText::lines(report))
        lines << QStringLiteral("  ") + line;
    for (const QString &line : lines)
        m_out.write(TerminalText::message(line).append(QLatin1Char('\n')).toUtf8());
    return 0;
}

int CliCommands::exportFile(const Invocation &invocation)
{
    std::optional<core::Id> roleId;
    if (!invocation.role.isEmpty()) {
        EntityLookup lookup(m_store);
        auto role = lookup.role(invocation.role);
        if (!role)
            return fail(lookup.errorText());
        roleId = role->id;
    }
    if (auto failure = interchange::JsonExporter::exportFile(m_store, invocation.file, roleId))
        return fail(failure->sentence());
    return 0;
}

int CliCommands::printForRole(const Invocation &invocation, const RenderScores &render)
{
    EntityLookup lookup(m_store);
    auto role = lookup.role(invocation.role);
    if (!role)
        return fail(lookup.errorText());
    auto rows = core::RoleScores::compute(m_store, *role);
    if (!rows)
        return fail(interchange::ErrorText::describe(rows.error()));
    m_out.write(render(*role, *rows));
    return 0;
}

int CliCommands::scores(const Invocation &invocation)
{
    return printForRole(invocation, [&invocation](const core::Role &role, const auto &rows) {
        return ScoresFormatter::format(role, rows, invocation.format);
    });
}

int CliCommands::calibration(const Invocation &invocation)
{
    return printForRole(invocation, [&invocation](const core::Role &role, const auto &rows) {
        return CalibrationFormatter::format(role, core::Calibration::pairs(rows), invocation.format);
    });
}

int CliCommands::report(const Invocation &invocation)
{
    EntityLookup lookup(m_store);
    ui::ReportRequest request;
    if (!invocation.candidate.isEmpty()) {
        const auto candidate = lookup.candidate(invocation.candidate);
        if (!candidate)
            return fail(lookup.errorText());
        request.kind = ui::ReportRequest::Kind::CandidateSummary;
        request.id = candidate->id;
    } else {
        const auto role = lookup.role(invocation.role);
        if (!role)
            return fail(lookup.errorText());
        request.kind = invocation.kit ? ui::ReportRequest::Kind::InterviewKit
                                      : ui::ReportRequest::Kind::CommitteePack;
        request.id = role->id;
        request.blind = invocation.blind;
    }
    const auto document = ui::Reports::build(m_store, request);
    if (!document)
        return fail(interchange::ErrorText::describe(document.error()));
    ui::ReportPrinter printer;
    if (invocation.paper == Invocation::Paper::A4)
        printer.setPaper(QPageSize::A4);
    else if (invocation.paper == Invocation::Paper::Letter)
        printer.setPaper(QPageSize::Letter);
    if (auto failure = printer.writePdf(**document, invocation.pdf))
        return fail(failure->sentence());
    m_out.write(tr("Wrote %1.").arg(invocation.pdf).append(QLatin1Char('\n')).toUtf8());
    return 0;
}

} // namespace hindsight::app
