#pragma once

#include "core/storage/store.h"
#include "ui/common/storelocation.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace hindsight::ui {

class MainWindow;

// Main windows on stores other than the one the application started with: File → Open
// Database… and File → Connect to Team Server… each open a window of their own, beside the first,
// which owns its store and closes it when the window closes.
class StoreWindows final
{
    Q_DECLARE_TR_FUNCTIONS(StoreWindows)

public:
    // A window that owns `store` (deleted after the window's views, which use it).
    static MainWindow *open(std::unique_ptr<core::Store> store, const StoreLocation &location);
    // Asks for a database file and opens it; says why when it cannot.
    static void openDatabase(QWidget *parent);
    // Asks for a team server and a login (TeamLogin) and opens it.
    static void connectTeamServer(QWidget *parent);
};

} // namespace hindsight::ui
