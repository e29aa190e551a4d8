#pragma once

#include "core/result.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace hindsight::ui {

// Where a store lives: a database file, or a team server (a libpq URI, with the password the
// window asked for, held in memory only). What the live interview needs to open its own
// connection and to keep refused writes in a journal, whichever it is. A QString converts to a
// file location, so code that only ever had a file keeps reading as it did.
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)

public:
    StoreLocation() = default;
    // A database file.
    StoreLocation(const QString &path); // NOLINT(google-explicit-constructor): a path is a place
    static StoreLocation server(const QString &uri, const QString &login,
                                const QString &password = {});

    bool isServer() const { return m_server; }
    // The file, or the server's URI (without a password).
    const QString &path() const { return m_path; }
    const QString &login() const { return m_login; }
    const QString &password() const { return m_password; }

    // What local files about this store are named after: the database file itself; for a server,
    // a name in the application's data folder (team/<login>@<server>), so a journal of refused
    // writes lives there, made with mode 0600 like the file's.
    QString localBase() const;
    // For the title and status bars: the file's name, or "alice at db.example/hiring".
    QString displayName() const;

    // A new connection of its own (the live interview's writer). A file is opened with only its
    // header checked: the application checked it in full when it first opened it.
    core::Result<std::unique_ptr<core::Store>> openConnection() const;

    bool operator==(const StoreLocation &) const = default;

private:
    bool m_server = false;
    QString m_path;
    QString m_login;
    QString m_password;
};

} // namespace hindsight::ui
