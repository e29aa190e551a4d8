#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hindsight::ui {

// File → Connect to Team Server…: the server (a PostgreSQL URI, with the recent ones to pick
// from), the login and its password, and whether the desktop's keyring keeps the password. Asked
// again, with the server's answer shown, when a connection is refused.
class TeamConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamConnectDialog(QWidget *parent = nullptr);

    void setServer(const QString &uri);
    void setLogin(const QString &login);
    // Why the last attempt failed, shown above the buttons as plain text; empty hides it.
    void setProblem(const QString &problem);
    // Moves the focus to the password (when only it is missing).
    void focusPassword();

    QString server() const;
    QString login() const;
    QString password() const;
    bool rememberPassword() const;

private:
    void updateButtons();

    QComboBox *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::ui
