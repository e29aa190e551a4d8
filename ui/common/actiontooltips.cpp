#include "ui/common/actiontooltips.h"

#include <QAction>

namespace hindsight::ui {

void ActionToolTips::nameShortcuts(const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        const QString plain = a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        a->setToolTip(a->shortcut().isEmpty()
                          ? plain
                          : tr("%1 (%2)").arg(plain,
                                              a->shortcut().toString(QKeySequence::NativeText)));
    }
}

} // namespace hindsight::ui
