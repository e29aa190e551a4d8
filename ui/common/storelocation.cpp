#include "ui/common/storelocation.h"

#include "core/storage/postgres/postgresstore.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace hindsight::ui {

StoreLocation::StoreLocation(const QString &path)
    : m_path(path)
{
}

StoreLocation StoreLocation::server(const QString &uri, const QString &login,
                                    const QString &password)
{
    StoreLocation location;
    location.m_server = true;
    location.m_path = uri;
    location.m_login = login;
    location.m_password = password;
    return location;
}

QString StoreLocation::localBase() const
{
    if (!m_server)
        return m_path;
    // One name per login and server; anything but letters, digits, '.', '-' and '@' becomes '_',
    // so the URI's slashes and colons cannot reach outside the folder.
    const QUrl url(m_path);
    const QString server = url.isValid() && !url.host().isEmpty()
                               ? url.host() + QLatin1Char('-') + url.path().mid(1)
                               : m_path;
    QString name = m_login + QLatin1Char('@') + server;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.@-]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                           + QStringLiteral("/hindsight/team");
    if (QDir().mkpath(folder))
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
    return folder + QLatin1Char('/') + name;
}

QString StoreLocation::displayName() const
{
    if (!m_server)
        return QFileInfo(m_path).fileName();
    const QUrl url(m_path);
    const QString server = url.isValid() && !url.host().isEmpty() ? url.host() + url.path() : m_path;
    return m_login.isEmpty() ? server : tr("%1 at %2").arg(m_login, server);
}

core::Result<std::unique_ptr<core::Store>> StoreLocation::openConnection() const
{
    if (m_server) {
        auto store = core::PostgresStore::open(m_path.toStdString(), m_password.toStdString());
        if (!store)
            return store.error();
        return std::unique_ptr<core::Store>(std::move(*store));
    }
    auto store = core::SqliteStore::open(QFile::encodeName(m_path).toStdString(),
                                         core::SqliteStore::OpenChecks::Trusted);
    if (!store)
        return store.error();
    return std::unique_ptr<core::Store>(std::move(*store));
}

} // namespace hindsight::ui
