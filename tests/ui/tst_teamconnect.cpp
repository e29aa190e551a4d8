// Connecting to a team server from the window: the dialog (fields named for screen readers, the
// recent servers, Connect only with a server, a problem shown as plain text, light and dark
// screenshots), how a login is put into a URI or a connection string, and where the files kept on
// this laptop for a server live.

#include "tests/common/screenshots.h"
#include "ui/common/settings.h"
#include "ui/common/storelocation.h"
#include "ui/team/teamconnectdialog.h"
#include "ui/team/teamlogin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace hindsight;

class TestTeamConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginGoesIntoTheUri();
    void loginGoesIntoAConnectionStringQuoted();
    void recentServersAreOfferedNewestFirst();
    void everyFieldHasAnAccessibleName();
    void connectNeedsAServer();
    void problemIsPlainText();
    void serverFilesLiveInTheDataFolder();
    void screenshots();
};

void TestTeamConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Test mode keeps the settings of earlier runs: start without recent servers.
    QSettings().remove(QStringLiteral("team"));
}

void TestTeamConnect::loginGoesIntoTheUri()
{
    QCOMPARE(ui::TeamLogin::withLogin(QStringLiteral("postgresql://db.example.org/hiring"),
                                      QStringLiteral("alice")),
             QStringLiteral("postgresql://alice@db.example.org/hiring"));
    // A login in the URI is replaced by the one typed.
    QCOMPARE(ui::TeamLogin::withLogin(QStringLiteral("postgresql://bob@db.example.org:5433/hiring"),
                                      QStringLiteral("alice")),
             QStringLiteral("postgresql://alice@db.example.org:5433/hiring"));
    QCOMPARE(ui::TeamLogin::withLogin(QStringLiteral("postgresql://db/h"), QString()),
             QStringLiteral("postgresql://db/h"));
}

void TestTeamConnect::loginGoesIntoAConnectionStringQuoted()
{
    // A later keyword wins in libpq's key=value strings; a quote in the login cannot end the value.
    QCOMPARE(ui::TeamLogin::withLogin(QStringLiteral("host=db dbname=hiring"),
                                      QStringLiteral("o'neil\\x")),
             QStringLiteral("host=db dbname=hiring user='o\\'neil\\\\x'"));
}

void TestTeamConnect::recentServersAreOfferedNewestFirst()
{
    ui::Settings settings;
    settings.addRecentServer(QStringLiteral("postgresql://alice@one/hiring"));
    settings.addRecentServer(QStringLiteral("postgresql://alice@two/hiring"));
    settings.addRecentServer(QStringLiteral("postgresql://alice@one/hiring"));
    QCOMPARE(settings.recentServers(),
             QStringList({QStringLiteral("postgresql://alice@one/hiring"),
                          QStringLiteral("postgresql://alice@two/hiring")}));
    for (int i = 0; i < ui::Settings::MaxRecentServers + 3; ++i)
        settings.addRecentServer(QStringLiteral("postgresql://db%1/h").arg(i));
    QCOMPARE(settings.recentServers().size(), ui::Settings::MaxRecentServers);

    ui::TeamConnectDialog dialog;
    auto *server = dialog.findChild<QComboBox *>(QStringLiteral("teamServer"));
    QVERIFY(server);
    QCOMPARE(server->count(), ui::Settings::MaxRecentServers);
    QCOMPARE(dialog.server(), settings.recentServers().first());
}

void TestTeamConnect::everyFieldHasAnAccessibleName()
{
    ui::TeamConnectDialog dialog;
    for (const char *name : {"teamServer", "teamLogin", "teamPassword"}) {
        auto *field = dialog.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(field, name);
        QVERIFY2(!field->accessibleName().isEmpty(), name);
    }
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("teamPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("teamRememberPassword"));
    QVERIFY(remember);
    QVERIFY(!remember->isChecked()); // the keyring only when asked to
}

void TestTeamConnect::connectNeedsAServer()
{
    ui::TeamConnectDialog dialog;
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    dialog.setServer(QString());
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setServer(QStringLiteral("postgresql://db/hiring"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setLogin(QStringLiteral("  alice "));
    QCOMPARE(dialog.login(), QStringLiteral("alice"));
}

void TestTeamConnect::problemIsPlainText()
{
    ui::TeamConnectDialog dialog;
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("teamConnectProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isHidden());
    dialog.setProblem(QStringLiteral("<b>refused</b>"));
    QVERIFY(!problem->isHidden());
    QCOMPARE(problem->textFormat(), Qt::PlainText);
    dialog.setProblem(QString());
    QVERIFY(problem->isHidden());
}

void TestTeamConnect::serverFilesLiveInTheDataFolder()
{
    const auto location = ui::StoreLocation::server(
        QStringLiteral("postgresql://alice@db.example.org:5433/hir/../ing"),
        QStringLiteral("alice"), QStringLiteral("secret"));
    QVERIFY(location.isServer());
    const QString base = location.localBase();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                           + QStringLiteral("/hindsight/team/");
    QVERIFY2(base.startsWith(folder), qPrintable(base));
    // The URI's slashes cannot lead out of the folder, and the password is in no file name.
    QVERIFY2(!base.mid(folder.size()).contains(QLatin1Char('/')), qPrintable(base));
    QVERIFY(!base.contains(QStringLiteral("secret")));
    QCOMPARE(QFileInfo(folder).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(location.displayName(), QStringLiteral("alice at db.example.org/hir/../ing"));

    const ui::StoreLocation file(QStringLiteral("/tmp/x/hindsight.sqlite3"));
    QVERIFY(!file.isServer());
    QCOMPARE(file.localBase(), QStringLiteral("/tmp/x/hindsight.sqlite3"));
    QCOMPARE(file.displayName(), QStringLiteral("hindsight.sqlite3"));
}

void TestTeamConnect::screenshots()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    for (const auto &[name, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        ui::TeamConnectDialog dialog;
        dialog.setServer(QStringLiteral("postgresql://alice@db.example.org/hiring"));
        dialog.setLogin(QStringLiteral("alice"));
        dialog.setProblem(QStringLiteral("The team server asks for the password of alice."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(shots.save(&dialog, QStringLiteral("team-connect-%1.png").arg(name)));
    }
}

QTEST_MAIN(TestTeamConnect)
#include "tst_teamconnect.moc"
