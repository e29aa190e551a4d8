#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::ui {

// Team server passwords in the desktop's keyring (Secret Service, KWallet …) through QtKeychain,
// never in the settings file. Keyed by login and server, so two logins on one server keep theirs.
// Calls wait for the keyring (a fraction of a second; it may ask the user to unlock it).
class TeamPasswords final
{
    Q_DECLARE_TR_FUNCTIONS(TeamPasswords)

public:
    static QString keyFor(const QString &login, const QString &uri);
    // The stored password, or nothing (none stored, or no keyring on this desktop).
    static std::optional<QString> read(const QString &key);
    // Empty on success, else why the keyring did not take it (the connection goes on regardless).
    static QString store(const QString &key, const QString &password);
    static void forget(const QString &key);
};

} // namespace hindsight::ui
