#pragma once

#include "core/storage/sqlite/candidaterows.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::interchange {

// The words for what an erasure removes, the same in the confirmation of `hindsight delete` and
// `purge` and in the dialog that offers a purge when Hindsight starts.
class ErasureText final
{
    Q_DECLARE_TR_FUNCTIONS(ErasureText)

public:
    // "3 interviews (1 draft), 4 regrets, 12 notes, 2 decisions and 1 placement override"; the
    // drafts and what follows only when there are any.
    static QString holdings(const core::CandidateHoldings &held);
};

} // namespace hindsight::interchange
