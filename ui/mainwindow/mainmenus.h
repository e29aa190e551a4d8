#pragma once

class QMenuBar;

namespace hindsight::ui {

class ActionRegistry;
class Sidebar;

// The main window's menu bar, and the sidebar's context menu, laid out from the actions of the
// registry: the one place that says which action goes in which menu.
class MainMenus final
{
public:
    MainMenus() = delete;

    static void build(QMenuBar *bar, const ActionRegistry &actions, Sidebar *sidebar);
};

} // namespace hindsight::ui
