#include "ui/common/versiontext.h"

#include "ui/common/localetext.h"
#include "ui/common/terms.h"

#include <QDateTime>

namespace hindsight::ui {

QString VersionText::when(core::TimePoint moment)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(moment.time_since_epoch().count());
    return tr("%1 %2", "date, time").arg(LocaleText::shortDate(t.date()), LocaleText::time(t.time()));
}

QString VersionText::amended(const core::Interview &version, const QString &time)
{
    if (!version.isAmendment() || !version.submitted)
        return {};
    return tr("amended %1: %2")
        .arg(time.isEmpty() ? when(version.amendedAt) : time, Terms::text(version.amendReason));
}

QString VersionText::replaced(const core::Interview &old, int count, core::TimePoint replacedAt)
{
    return tr("Version %1 of %2 — replaced by an amendment on %3")
        .arg(old.version)
        .arg(count)
        .arg(when(replacedAt));
}

QString VersionText::inProgress(const core::Interview &draft)
{
    return tr("Amendment in progress (version %1): %2")
        .arg(draft.version)
        .arg(Terms::text(draft.amendReason));
}

} // namespace hindsight::ui
