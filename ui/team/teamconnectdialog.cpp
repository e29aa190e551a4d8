#include "ui/team/teamconnectdialog.h"

#include "ui/common/colours.h"
#include "ui/common/readabletext.h"
#include "ui/common/settings.h"
#include "ui/common/windowgeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::ui {

TeamConnectDialog::TeamConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QComboBox(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the desktop's keyring"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Server"));
    setObjectName(QStringLiteral("teamConnectDialog"));

    auto *about = new QLabel(
        tr("A team server is the hiring team's PostgreSQL database, set up with hindsight team "
           "init. Your drafts stay yours there: the server shows them to no one else."),
        this);
    about->setWordWrap(true);

    m_server->setObjectName(QStringLiteral("teamServer"));
    m_server->setEditable(true);
    m_server->addItems(Settings().recentServers());
    m_server->setCurrentIndex(m_server->count() > 0 ? 0 : -1);
    m_server->lineEdit()->setPlaceholderText(tr("postgresql://db.example.org/hiring"));
    m_server->setAccessibleName(tr("Team server"));
    // The field has the focus while typing: a screen reader speaks its name, not the combo box's.
    m_server->lineEdit()->setAccessibleName(m_server->accessibleName());
    m_server->setToolTip(tr("A PostgreSQL connection URI; recent servers are in the list"));
    m_server->setMinimumContentsLength(36);
    m_login->setObjectName(QStringLiteral("teamLogin"));
    m_login->setAccessibleName(tr("Login"));
    m_login->setPlaceholderText(tr("as in the URI, if it names one"));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("from ~/.pgpass or the keyring, if empty"));
    m_remember->setObjectName(QStringLiteral("teamRememberPassword"));
    m_problem->setObjectName(QStringLiteral("teamConnectProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText,
                 ReadableText::on(Colours::problem(), red.color(QPalette::Window)));
    m_problem->setPalette(red);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QComboBox::editTextChanged, this, &TeamConnectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateButtons();
    WindowGeometry::manage(this);
}

void TeamConnectDialog::setServer(const QString &uri)
{
    m_server->setEditText(uri);
}

void TeamConnectDialog::setLogin(const QString &login)
{
    m_login->setText(login);
}

void TeamConnectDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void TeamConnectDialog::focusPassword()
{
    m_password->setFocus();
}

QString TeamConnectDialog::server() const
{
    return m_server->currentText().trimmed();
}

QString TeamConnectDialog::login() const
{
    return m_login->text().trimmed();
}

QString TeamConnectDialog::password() const
{
    return m_password->text();
}

bool TeamConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void TeamConnectDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!server().isEmpty());
}

} // namespace hindsight::ui
