#pragma once

#include "app/invocation.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace hindsight::core {
class Store;
}
namespace hindsight::ui {
class StoreLocation;
}

namespace hindsight::app {

// Ties core and ui together for one run of the binary: chooses a windowless or a windowed Qt
// application from the arguments, installs translations, opens the database and hands over to
// the command or the main window.
class Application final
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    static int run(int argc, char *argv[]);

    // Where the default and the demo database live: ~/.local/share/hindsight on Linux.
    static QString dataFolder();
    // <dataFolder>/hindsight.sqlite3.
    static QString defaultDatabasePath();

private:
    static void setMetadata();
    static void installTranslations(QCoreApplication &app);
    static int runHeadless(QCoreApplication &app);
    static int runWindow(int argc, char *argv[]);
    // The window on a team server (--server): connects, asking for a password when needed.
    static int runTeamWindow(const Invocation &invocation,
                             const std::function<int(const QString &)> &refuse);
    static int showWindow(core::Store &store, const ui::StoreLocation &location,
                          const QString &note);
};

} // namespace hindsight::app
