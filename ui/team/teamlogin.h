#pragma once

#include "core/result.h"
#include "core/storage/postgres/postgresstore.h"
#include "ui/common/storelocation.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace hindsight::ui {

class TeamConnectDialog;

// A store on a team server, connected, with where it is (for the live interview's own
// connection and journal).
struct TeamConnection
{
    std::unique_ptr<core::PostgresStore> store;
    StoreLocation location;
};

// Connecting to a team server from the window: the password as libpq finds it (the URI,
// PGPASSWORD, ~/.pgpass, PGPASSFILE), else the one the keyring keeps for the login, else asked
// for (TeamConnectDialog), as many times as the user tries. A password typed is kept in memory for
// the process, and in the keyring only when asked to; never in the settings file. A successful
// connection is added to the recent servers, and the login's name and e-mail, if the team's
// administrator recorded them, become the interviewer's (Settings::useTeamInterviewer).
class TeamLogin final
{
    Q_DECLARE_TR_FUNCTIONS(TeamLogin)

public:
    // `hindsight --server URI`: tries first, asks when that fails (never on the offscreen
    // platform, where nobody could answer). nullopt when it gave up; `failure` then says why (empty
    // when the user cancelled).
    static std::optional<TeamConnection> connect(QWidget *parent, const QString &uri,
                                                 QString *failure);
    // File → Connect to Team Server…: asks first. nullopt when the user cancelled.
    static std::optional<TeamConnection> ask(QWidget *parent);

    // The URI with `login` as its user (a URI's user part, or a user= keyword of a key=value
    // connection string); unchanged when login is empty.
    static QString withLogin(const QString &uri, const QString &login);

private:
    static core::Result<TeamConnection> attempt(const QString &uri, const QString &password);
    static std::optional<TeamConnection> askUntilConnected(TeamConnectDialog &dialog,
                                                           QString *failure);
    static QString loginOf(const QString &uri);
};

} // namespace hindsight::ui
