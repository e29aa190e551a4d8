#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::interchange {

// Turns a core::Error into a translated sentence for people. Core keeps errors as values with
// untranslated details; this is the one place that words them, so the window and the command line
// say the same thing.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // A sentence that names error.where (a database path, a row, a field) and, where it helps,
    // error.detail as SQLite or the system reported it.
    static QString describe(const core::Error &error);
};

} // namespace hindsight::interchange
