#pragma once

#include "ui/common/storelocation.h"

#include "core/ids.h"
#include "ui/interchange/failure.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace hindsight::ui {

// Writes the journals an earlier run left beside a database (the database refused them then, or
// the process died before it took them) into the database, in order, and removes each once it is
// written. Run before anything reads the drafts they belong to: at start, and before a window
// opens an interview.
class DraftRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(DraftRecovery)

public:
    DraftRecovery() = delete;

    static constexpr int DefaultTimeoutMs = 3000;

    // A journal that is still there: its interview, its file, and why it was not written.
    struct Pending
    {
        core::Id interviewId = 0;
        QString journalPath;
        interchange::Failure failure;
    };

    // The journal of one interview, if it has one. nullopt once there is none left.
    static std::optional<Pending> replay(const StoreLocation &location, core::Id interviewId,
                                         int timeoutMs = DefaultTimeoutMs);
    // Every journal beside the database; what is returned is still there.
    static std::vector<Pending> replayAll(const StoreLocation &location,
                                          int timeoutMs = DefaultTimeoutMs);
};

} // namespace hindsight::ui
