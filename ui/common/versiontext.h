#pragma once

#include "core/interview.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::ui {

// How every view words an interview's versions (an amendment is a new sealed version and the one
// it replaces is kept), so the candidate page, the board, the interview window and the reports
// say "amended" the same way. Plain text: callers escape it where they write HTML.
class VersionText final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::VersionText)

public:
    VersionText() = delete;

    // A moment as the screens show it: the locale's short date and time.
    static QString when(core::TimePoint moment);
    // "amended <time>: <reason>" for a sealed amendment, empty for a first version. `time` is the
    // moment as the caller formats it (paper has its own format); when() when empty.
    static QString amended(const core::Interview &version, const QString &time = {});
    // "Version 1 of 2 — replaced by an amendment on <time>", for a version an amendment replaced.
    static QString replaced(const core::Interview &old, int count, core::TimePoint replacedAt);
    // "Amendment in progress (version 2): <reason>", for the draft of an amendment.
    static QString inProgress(const core::Interview &draft);
};

} // namespace hindsight::ui
