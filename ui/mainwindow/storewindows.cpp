#include "ui/mainwindow/storewindows.h"

#include "core/storage/sqlite/sqlitestore.h"
#include "ui/common/dialogs.h"
#include "ui/interchange/errortext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/team/teamlogin.h"

#include <QFile>
#include <QFileInfo>

namespace hindsight::ui {

namespace {

// Keeps a window's store alive exactly as long as the window: a child QObject made after the
// window's own children, so it is deleted after them.
class StoreOwner final : public QObject
{
public:
    StoreOwner(std::unique_ptr<core::Store> store, QObject *parent)
        : QObject(parent)
        , m_store(std::move(store))
    {
    }

private:
    std::unique_ptr<core::Store> m_store;
};

} // namespace

MainWindow *StoreWindows::open(std::unique_ptr<core::Store> store, const StoreLocation &location)
{
    auto *window = new MainWindow(*store, location);
    window->setAttribute(Qt::WA_DeleteOnClose);
    new StoreOwner(std::move(store), window);
    window->show();
    return window;
}

void StoreWindows::openDatabase(QWidget *parent)
{
    const QString path = Dialogs::openFileName(parent, tr("Open Database"),
                                               tr("Hindsight databases (*.sqlite3);;All files (*)"));
    if (path.isEmpty())
        return;
    auto store = core::SqliteStore::open(QFile::encodeName(path).toStdString());
    if (!store) {
        Dialogs::critical(parent, tr("Cannot Open the Database"),
                          tr("%1 was not opened.").arg(QFileInfo(path).fileName()),
                          interchange::ErrorText::describe(store.error()));
        return;
    }
    open(std::move(*store), StoreLocation(path));
}

void StoreWindows::connectTeamServer(QWidget *parent)
{
    auto connection = TeamLogin::ask(parent);
    if (!connection)
        return;
    open(std::move(connection->store), connection->location);
}

} // namespace hindsight::ui
