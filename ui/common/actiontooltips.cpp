#include "ui/common/actiontooltips.h"

#include <QAction>

namespace hindsight::ui {

void ActionToolTips::nameShortcut(QAction *action)
{
    const QString plain = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    action->setToolTip(
        action->shortcut().isEmpty()
            ? plain
            : tr("%1 (%2)").arg(plain, action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace hindsight::ui
