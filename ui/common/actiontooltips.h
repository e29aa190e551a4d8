#pragma once

#include <QCoreApplication>

class QAction;

namespace hindsight::ui {

// Tooltips that name the shortcut too ("Record Decision (Ctrl+D)"), for toolbars and for users
// who hover rather than read menus. ActionSet calls it for every action it makes.
class ActionToolTips final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::ActionToolTips)

public:
    // The action's text without its mnemonic and ellipsis, and its first shortcut if it has one.
    static void nameShortcut(QAction *action);
};

} // namespace hindsight::ui
