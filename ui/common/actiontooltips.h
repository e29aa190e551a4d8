#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;

namespace hindsight::ui {

// Tooltips that name the shortcut too ("Record Decision (Ctrl+D)"), for toolbars and for users
// who hover rather than read menus. Every action registry calls it once its actions are made.
class ActionToolTips final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::ActionToolTips)

public:
    static void nameShortcuts(const QList<QAction *> &actions);
};

} // namespace hindsight::ui
