#include "ui/interchange/erasuretext.h"

#include <QStringList>

namespace hindsight::interchange {

QString ErasureText::holdings(const core::CandidateHoldings &held)
{
    // The interviews always, the rest when there are any.
    QStringList parts{held.drafts > 0
                          ? tr("%1 (%2)").arg(tr("%n interview(s)", nullptr, held.interviews),
                                              tr("%n draft(s)", nullptr, held.drafts))
                          : tr("%n interview(s)", nullptr, held.interviews)};
    if (held.regrets > 0)
        parts << tr("%n regret(s)", nullptr, held.regrets);
    if (held.notes > 0)
        parts << tr("%n note(s)", nullptr, held.notes);
    if (held.decisions > 0)
        parts << tr("%n decision(s)", nullptr, held.decisions);
    if (held.overrides > 0)
        parts << tr("%n placement override(s)", nullptr, held.overrides);
    const QString last = parts.takeLast();
    return parts.isEmpty() ? last : tr("%1 and %2").arg(parts.join(tr(", ")), last);
}

} // namespace hindsight::interchange
