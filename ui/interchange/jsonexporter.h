#pragma once

#include "ui/interchange/failure.h"

#include "core/dataset.h"
#include "core/ids.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::core {
class Store;
}

namespace hindsight::interchange {

// Writes interchange format version 1 (DESIGN.md, "Interchange format"): what JsonImporter reads,
// so that toJson followed by JsonImporter::parse gives back an equal Dataset apart from ids.
// Besides the documented fields it writes each candidate's `status`, next to `decision` (the
// latest) `decisions` with the whole history including `decidedAt` and `recordedBy`, for a note
// linked to a regret `regret`, that regret's index in the interview's `regrets`, and for an
// interview with probes ticked as asked `probes`, their ids sorted (left out when none are).
class JsonExporter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    // Indented UTF-8 JSON. Ids are local to the file ("r1", "c1", "i1", ... in dataset order);
    // times are ISO 8601 UTC with "Z", with milliseconds only when they are not zero; a product or
    // unclear regret without a domain has no `domain` field.
    static QByteArray toJson(const core::Dataset &dataset);

    // Exports the whole store, or one role and its candidates, atomically with QSaveFile: a
    // failure leaves no file and never replaces a good one. A new file is readable by its owner
    // only, as the database is, because it holds the same interview notes. Returns nullopt on
    // success.
    static std::optional<Failure> exportFile(core::Store &store, const QString &fileName,
                                             std::optional<core::Id> roleId = {});
};

} // namespace hindsight::interchange
