#pragma once

#include "ui/interchange/failure.h"
#include "ui/interchange/jsonscanner.h"

#include "core/dataset.h"
#include "core/limits.h"
#include "core/storage/store.h"
#include "core/taxonomy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::interchange {

// Reads interchange format version 1 (DESIGN.md, "Interchange format") into a core::Dataset.
// Every value is checked against the format and the taxonomy before a Dataset is returned, so a
// file is taken whole or refused whole; the failure names the JSON path of the first bad value
// found reading the file in order. A wrong or missing `format` or `version` is reported instead of
// anything else, and broken JSON syntax instead of that. Links that point elsewhere in the file (a
// candidate's roleId, a note's regret) are checked once their targets have been read.
//
// Input is bounded and strict (JsonScanner): a key appears once per object; text is UTF-8 without
// control characters, except tab and newline in free text (notes, answers, reasons,
// descriptions); names, titles, e-mails and ids are one line of at most limits::lineLength
// characters, free text at most limits::textLength; an integer beyond 2^53 is refused rather than
// rounded. A file is read as it is parsed, so an import holds the entities it builds and not the
// document besides.
//
// Beyond the documented fields it accepts what the exporter adds so that a round trip loses
// nothing: a candidate's `status` and `decisions` (the full history, which wins over `decision`
// when both are present) with `decidedAt` and `recordedBy`, a note's `regret`: the index of the
// regret it is evidence for in its interview's `regrets`, and an interview's `probes`: the ids of
// the probes ticked as asked, non-empty strings kept as they are even when this version's
// interview guide does not know them (duplicates count once). Unknown fields are ignored, though
// checked as strictly as the rest. A time without a UTC offset is read as UTC, so a file means the
// same on every machine. See InterviewReader for how notes and regrets come back.
class JsonImporter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    // The `where` of failures that concern the document as a whole (not JSON, empty, not an
    // object); importFile replaces it with the file name.
    static constexpr QLatin1StringView documentPath = JsonScanner::documentPath;
    static constexpr qint64 DefaultMaxBytes = core::limits::importBytes;

    explicit JsonImporter(core::Taxonomy taxonomy);

    // Parses and validates interchange v1; touches nothing. On failure returns nullopt and fills
    // *failure (when given) with the JSON path as `where` and no `what`: the caller knows what was
    // being read.
    std::optional<core::Dataset> parse(const QByteArray &json, Failure *failure) const;
    // The same for what `scanner` reads (a file, read as it is parsed).
    std::optional<core::Dataset> parse(JsonScanner &scanner, Failure *failure) const;

    // Reads the file, parses it with the store's taxonomy and merges it with
    // store.importDataset (one transaction; a DryRun writes nothing). Returns nullopt on success,
    // with what was (or would be) added, merged and skipped in *report when given; a failure says
    // "cannot import <fileName>" and where: the JSON path, the file or the database. On any
    // failure nothing is written.
    // A file larger than `maxBytes` is refused before anything is read, as is anything that is
    // not a regular file (a device such as /dev/zero, a pipe): an import never reads without end.
    static std::optional<Failure>
    importFile(core::Store &store, const QString &fileName, core::ImportReport *report = nullptr,
               core::Store::ImportMode mode = core::Store::ImportMode::Write,
               qint64 maxBytes = DefaultMaxBytes);

private:
    core::Taxonomy m_taxonomy;
};

} // namespace hindsight::interchange
