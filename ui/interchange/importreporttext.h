#pragma once

#include "core/merging/importreport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hindsight::interchange {

// The words of an ImportReport, the same on the command line and in File → Import: a line per
// kind of entity (added, merged, skipped), then the possible duplicates and the conflicts, one
// line each. Names in it are the user's text, as they are; the caller escapes them for its medium.
class ImportReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportText)

public:
    // "Candidates: 2 added, 1 merged, 0 skipped", for each kind the file had any of.
    static QStringList tallies(const core::ImportReport &report);
    // "Ada Example (Payment backend) may be Ada Example <ada@example.org>, who is already here:
    // added as another candidate; merge them if they are the same person."
    static QStringList possibleDuplicates(const core::ImportReport &report);
    // "Candidate Ada Example, e-mail: kept "a@x" (held); the file has "b@x"."
    static QStringList conflicts(const core::ImportReport &report);
    // The whole report as lines: tallies, then the two lists under headings.
    static QStringList lines(const core::ImportReport &report);

private:
    static QString entityName(core::ImportReport::Entity entity);    // plural, for tallies
    static QString oneEntityName(core::ImportReport::Entity entity); // before a subject
    static QString fieldName(const std::string &field);
};

} // namespace hindsight::interchange
