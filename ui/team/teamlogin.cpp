#include "ui/team/teamlogin.h"

#include "ui/common/settings.h"
#include "ui/interchange/errortext.h"
#include "ui/team/teamconnectdialog.h"
#include "ui/team/teampasswords.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QUrl>

namespace hindsight::ui {

namespace {

bool isUri(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

// libpq says "fe_sendauth: no password supplied" or "password authentication failed for user":
// what the user can act on is the password field.
QString problemText(const core::Error &error, const QString &login)
{
    const QString detail = QString::fromStdString(error.detail);
    const QString who = login.isEmpty() ? TeamLogin::tr("your login") : login;
    if (detail.contains(u"no password supplied"))
        return TeamLogin::tr("The team server asks for the password of %1.").arg(who);
    if (detail.contains(u"password authentication failed"))
        return TeamLogin::tr("The team server refused the password of %1. Type it again.").arg(who);
    return interchange::ErrorText::describe(error);
}

} // namespace

QString TeamLogin::withLogin(const QString &uri, const QString &login)
{
    if (login.isEmpty())
        return uri;
    if (isUri(uri)) {
        QUrl url(uri);
        url.setUserName(login);
        return url.toString();
    }
    // A key=value connection string: a later keyword wins, and a quoted value may hold anything.
    QString quoted = login;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return uri + QStringLiteral(" user='%1'").arg(quoted);
}

QString TeamLogin::loginOf(const QString &uri)
{
    if (isUri(uri))
        return QUrl(uri).userName();
    const auto match = QRegularExpression(QStringLiteral("(?:^|\\s)user\\s*=\\s*'?([^'\\s]+)"))
                           .match(uri);
    return match.hasMatch() ? match.captured(1) : QString();
}

core::Result<TeamConnection> TeamLogin::attempt(const QString &uri, const QString &password)
{
    auto store = core::PostgresStore::open(uri.toStdString(), password.toStdString());
    if (!store)
        return store.error();
    const QString login = QString::fromStdString((*store)->login());
    TeamConnection connection{std::move(*store), StoreLocation::server(uri, login, password)};
    Settings().addRecentServer(uri);
    auto recorded = connection.store->loginInterviewer();
    Settings::useTeamInterviewer(recorded ? *recorded : std::nullopt);
    return connection;
}

std::optional<TeamConnection> TeamLogin::connect(QWidget *parent, const QString &uri,
                                                 QString *failure)
{
    auto first = attempt(uri, {});
    if (first)
        return std::move(*first);
    const QString login = loginOf(uri);
    if (const auto kept = TeamPasswords::read(TeamPasswords::keyFor(login, uri))) {
        if (auto second = attempt(uri, *kept))
            return std::move(*second);
    }
    const QString problem = problemText(first.error(), login);
    if (QGuiApplication::platformName() == u"offscreen") {
        if (failure)
            *failure = problem;
        return std::nullopt;
    }
    TeamConnectDialog dialog(parent);
    dialog.setServer(uri);
    dialog.setLogin(login);
    dialog.setProblem(problem);
    dialog.focusPassword();
    return askUntilConnected(dialog, failure);
}

std::optional<TeamConnection> TeamLogin::ask(QWidget *parent)
{
    TeamConnectDialog dialog(parent);
    return askUntilConnected(dialog, nullptr);
}

std::optional<TeamConnection> TeamLogin::askUntilConnected(TeamConnectDialog &dialog,
                                                           QString *failure)
{
    while (dialog.exec() == QDialog::Accepted) {
        const QString uri = withLogin(dialog.server(), dialog.login());
        QString password = dialog.password();
        const QString key = TeamPasswords::keyFor(loginOf(uri), uri);
        if (password.isEmpty()) {
            if (const auto kept = TeamPasswords::read(key))
                password = *kept;
        }
        auto connected = attempt(uri, password);
        if (connected) {
            if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
                const QString refused = TeamPasswords::store(key, dialog.password());
                if (!refused.isEmpty() && failure)
                    *failure = tr("Connected, but the keyring did not keep the password: %1")
                                   .arg(refused);
            }
            return std::move(*connected);
        }
        dialog.setProblem(problemText(connected.error(), loginOf(uri)));
        dialog.focusPassword();
    }
    return std::nullopt;
}

} // namespace hindsight::ui
