#pragma once

#include "ui/interchange/failure.h"

#include "core/ids.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::core {
class Store;
}

namespace hindsight::interchange {

// Everything the database holds about one person, as readable JSON: what they are owed when they
// ask (GDPR Article 15, right of access). Not an interchange file, and never imported.
//
// It holds the candidate record with the title of the role they applied for and their last
// activity; every interview about them in every version — submitted, superseded by an amendment,
// and drafts (amendments in progress included), each marked by `state` — with its regrets, notes,
// probe ticks, stage times and the line still being typed; the committee's decisions; and the
// placement overrides. Drafts are private to their interviewer everywhere else (exports carry
// submitted interviews only), but they are about this person, who has the right to see them:
// they are included, marked "draft".
class PersonExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PersonExporter)

public:
    // Format "hindsight-person", version 1: see README.md. Times are ISO 8601 UTC.
    static core::Result<QByteArray> toJson(core::Store &store, core::Id candidateId);

    // Writes the file atomically, readable by its owner only (also when it replaces one).
    // Returns nullopt on success.
    static std::optional<Failure> exportFile(core::Store &store, core::Id candidateId,
                                             const QString &fileName);
};

} // namespace hindsight::interchange
