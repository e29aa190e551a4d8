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

namespace {

// The server's host and database, as "host-database", for naming local files: never anything
// else of the URI. A connection string may carry a password ("password=..." in the keyword form,
// "?password=..." in a URI), which must not end up in a file name (listings, logs, backups).
// (Fixed: the keyword form, and a URI without a host, were used whole, password included.)
QString hostAndDatabase(const QString &uri)
{
    QString host;
    QString database;
    if (uri.startsWith(QLatin1String("postgresql://"))
        || uri.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(uri);
        host = url.host();
        database = url.path().mid(1);
    } else {
        // keyword = value pairs; a value in single quotes may hold spaces and \' or \\.
        static const QRegularExpression pair(
            QStringLiteral(R"((\w+)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']\S*))"));
        static const QRegularExpression escaped(QStringLiteral(R"(\\(.))"));
        for (auto it = pair.globalMatch(uri); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QString value = match.captured(2);
            if (value.startsWith(QLatin1Char('\''))) {
                value = value.mid(1, value.size() - 2);
                value.replace(escaped, QStringLiteral("\\1"));
            }
            if (match.captured(1) == QLatin1String("host"))
                host = value;
            else if (match.captured(1) == QLatin1String("dbname"))
                database = value;
        }
    }
    // libpq's defaults: this machine, and a database named as the login (left empty here).
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        host = QStringLiteral("localhost");
    return host + QLatin1Char('-') + database;
}

} // namespace

QString StoreLocation::localBase() const
{
    if (!m_server)
        return m_path;
    // One name per login and server; anything but letters, digits, '.', '-' and '@' becomes '_',
    // so the URI's slashes and colons cannot reach outside the folder.
    QString name = m_login + QLatin1Char('@') + hostAndDatabase(m_path);
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
