#include "app/application.h"

#include "app/backupcommands.h"
#include "app/clicommands.h"
#include "app/commandline.h"
#include "app/demodatabase.h"
#include "app/entitylookup.h"
#include "app/erasurecommands.h"
#include "app/teamcommands.h"
#include "app/terminaltext.h"

#include "core/storage/postgres/postgresstore.h"
#include "core/storage/sqlite/sqlitestore.h"
#include "ui/common/backupoffer.h"
#include "ui/common/englishplurals.h"
#include "ui/common/localetext.h"
#include "ui/common/readabletext.h"
#include "ui/common/settings.h"
#include "ui/common/statusmessage.h"
#include "ui/interchange/errortext.h"
#include "ui/interview/drafts/draftrecovery.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/purgedialog.h"
#include "ui/team/teamlogin.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>

#include <unistd.h>

#include <cstdio>

namespace hindsight::app {

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = TerminalText::message(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QtMessageHandler s_defaultHandler = nullptr;

void quietAboutRuntimeFolder(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (s_defaultHandler)
        s_defaultHandler(type, context, message);
}

// A daily backup that failed does not stop the run; it is said, and tried again on the next open.
QString backupWarning(const core::SqliteStore &store)
{
    const core::Error &warning = store.automaticBackup().warning;
    if (!warning)
        return {};
    return Application::tr("No automatic backup was made: %1")
        .arg(interchange::ErrorText::describe(warning));
}

int usageError(const QString &message)
{
    writeTo(stderr, QStringLiteral("hindsight: %1\n%2\n")
                        .arg(message, Application::tr("Try: hindsight --help")));
    return 2;
}

} // namespace

int Application::run(int argc, char *argv[])
{
    setMetadata();
    const QStringList arguments = argumentsOf(argc, argv);
    if (!CommandLine::isHeadless(arguments))
        return runWindow(argc, argv);
    if (CommandLine::isReport(arguments)) {
        // Painting PDF pages takes a GUI application (fonts, the chart widget) but never a
        // display: the offscreen platform works on a server with none.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session (a server, a CI job) Qt notes that it has no runtime folder
        // and picks one; a report run needs none, and its stderr is for the user's errors.
        s_defaultHandler = qInstallMessageHandler(quietAboutRuntimeFolder);
        QApplication app(argc, argv);
        return runHeadless(app);
    }
    QCoreApplication app(argc, argv);
    return runHeadless(app);
}

void Application::setMetadata()
{
    // Settings live in ~/.config/Hindsight/hindsight.conf; before the organisation was named, Qt
    // kept them under "Unknown Organization", and they are read from there once.
    QCoreApplication::setApplicationName(QStringLiteral("hindsight"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
    ui::Settings().adoptLegacy(ui::Settings::legacyFile());
}

void Application::installTranslations(QCoreApplication &app)
{
    // --lang, else the language chosen in Preferences, else the system's: numbers and dates follow
    // it too (QLocale's default), and so do Qt's own dialogs (qt6-translations-l10n).
    QString code = CommandLine::languageOf(QCoreApplication::arguments());
    if (!ui::Settings::languages().contains(code))
        code = ui::Settings().language();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // English plurals for the %n strings first, so that a real translation installed after it
    // takes precedence; then Qt's own strings (dialog buttons) and ours, for the user's locale.
    QCoreApplication::installTranslator(new ui::EnglishPlurals(&app));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("hindsight"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        // What the words are in, for the PDFs' /Lang: the translation's language, not the locale's.
        ui::LocaleText::setTextLanguage(QLocale(ours->language()).bcp47Name());
    }
    // Numbers and dates in the language of the words (LANGUAGE may have chosen the translation
    // while LANG says English): never "6.25" beside a translated "2,5".
    QLocale::setDefault(ui::LocaleText::forText(QLocale(), ui::LocaleText::textLanguage()));
}

QString Application::dataFolder()
{
    // Not AppDataLocation: with the organisation named it would move to .../Hindsight/hindsight,
    // and users' databases are in .../hindsight, where they always were.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/hindsight");
}

QString Application::defaultDatabasePath()
{
    return dataFolder() + QStringLiteral("/hindsight.sqlite3");
}

int Application::runHeadless(QCoreApplication &app)
{
    installTranslations(app);
    CommandLine commandLine;
    const auto invocation = commandLine.parse(QCoreApplication::arguments());
    if (!invocation)
        return usageError(commandLine.errorText());
    if (invocation->command == Invocation::Command::Help) {
        writeTo(stdout, commandLine.helpText());
        return 0;
    }
    if (invocation->command == Invocation::Command::Version) {
        writeTo(stdout,
                QStringLiteral("hindsight %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    if (TeamCommands::handles(invocation->command)) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        return TeamCommands(out, err, in, ::isatty(STDIN_FILENO) == 1).run(*invocation);
    }
    if (!invocation->server.isEmpty()) {
        auto server = core::PostgresStore::open(invocation->server.toStdString());
        if (!server) {
            writeTo(stderr, QStringLiteral("hindsight: %1\n")
                                .arg(interchange::ErrorText::describe(server.error())));
            return 1;
        }
        if (ErasureCommands::handles(invocation->command)) {
            QFile in;
            in.open(stdin, QIODevice::ReadOnly);
            return ErasureCommands(**server, out, err, in, ::isatty(STDIN_FILENO) == 1)
                .run(*invocation);
        }
        return CliCommands(**server, out, err).run(*invocation);
    }

    const QString path = invocation->database.isEmpty() ? defaultDatabasePath()
                                                        : invocation->database;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // On the file itself, without opening it as a store: a damaged database can be restored over.
    if (BackupCommands::handles(invocation->command))
        return BackupCommands(out, err).run(*invocation, path);
    auto store = core::SqliteStore::open(QFile::encodeName(path).toStdString());
    if (!store) {
        writeTo(
            stderr,
            QStringLiteral("hindsight: %1\n").arg(interchange::ErrorText::describe(store.error())));
        return 1;
    }
    if (const QString warning = backupWarning(**store); !warning.isEmpty())
        writeTo(stderr, QStringLiteral("hindsight: %1\n").arg(warning));
    if (ErasureCommands::handles(invocation->command)) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        return ErasureCommands(**store, out, err, in, ::isatty(STDIN_FILENO) == 1).run(*invocation);
    }
    return CliCommands(**store, out, err).run(*invocation);
}

int Application::runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(tr("Hindsight"));
    QApplication::setDesktopFileName(QStringLiteral("org.hindsight.Hindsight"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hindsight.svg")));
    // Secondary text and selections at 4.5:1 whatever the desktop's palette, light or dark.
    ui::ReadableText::install(&app);
    installTranslations(app);

    CommandLine commandLine;
    const auto invocation = commandLine.parse(QCoreApplication::arguments());
    if (!invocation)
        return usageError(commandLine.errorText());

    // Started from a desktop there is no terminal to read stderr, so say it in a dialog too;
    // on the offscreen platform nobody could answer the dialog.
    auto refuse = [](const QString &message) {
        writeTo(stderr, QStringLiteral("hindsight: %1\n").arg(message));
        if (QGuiApplication::platformName() != u"offscreen")
            QMessageBox::critical(nullptr, tr("Hindsight"), message);
        return 1;
    };

    if (!invocation->server.isEmpty())
        return runTeamWindow(*invocation, refuse);

    QString path = invocation->database.isEmpty() ? defaultDatabasePath() : invocation->database;
    if (invocation->demo) {
        const bool useDefault = invocation->database.isEmpty();
        if (useDefault)
            path = DemoDatabase::defaultPath();
        if (const auto failure = DemoDatabase::create(path, useDefault))
            return refuse(failure->sentence());
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return refuse(tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
    auto store = core::SqliteStore::open(QFile::encodeName(path).toStdString());
    // A damaged database: the newest verified backup is offered in its place.
    QString restoredNote;
    if (!store && QGuiApplication::platformName() != u"offscreen") {
        const auto answer = ui::BackupOffer::ask(nullptr, path, store.error());
        if (answer.outcome == ui::BackupOffer::Outcome::Restored) {
            restoredNote = answer.message;
            store = core::SqliteStore::open(QFile::encodeName(path).toStdString());
        } else if (answer.outcome != ui::BackupOffer::Outcome::NothingToOffer) {
            writeTo(stderr, QStringLiteral("hindsight: %1\n").arg(answer.message));
            return 1;
        }
    }
    if (!store)
        return refuse(interchange::ErrorText::describe(store.error()));
    const QString warning = backupWarning(**store);
    if (!warning.isEmpty())
        writeTo(stderr, QStringLiteral("hindsight: %1\n").arg(warning));
    // Notes an earlier run kept in a journal (the database refused them, or the process died
    // first) go in before any window reads the drafts. What still cannot is kept and named.
    for (const ui::DraftRecovery::Pending &pending : ui::DraftRecovery::replayAll(path)) {
        writeTo(stderr, QStringLiteral("hindsight: %1\n").arg(pending.failure.sentence()));
        if (QGuiApplication::platformName() != u"offscreen")
            QMessageBox::warning(nullptr, tr("Hindsight"), pending.failure.sentence());
    }

    // --interview opens the live screen directly, ready for typing; closing it ends the run.
    if (!invocation->interview.isEmpty()) {
        EntityLookup lookup(**store);
        const auto candidate = lookup.candidate(invocation->interview);
        if (!candidate)
            return refuse(lookup.errorText());
        if (!ui::InterviewLauncher::openFor(**store, path, candidate->id))
            return 1;
        return QApplication::exec();
    }

    // The retention period finds candidates due for erasure: offered before the window reads
    // them, and erased only if the user agrees. Not for the demo, which is fresh.
    if (!invocation->demo) {
        if (auto purge = ui::PurgeDialog::createIfDue(**store, ui::Settings().retentionMonths()))
            purge->exec();
    }

    return showWindow(**store, path, restoredNote.isEmpty() ? warning : restoredNote);
}

int Application::runTeamWindow(const Invocation &invocation,
                               const std::function<int(const QString &)> &refuse)
{
    QString failure;
    auto connection = ui::TeamLogin::connect(nullptr, invocation.server, &failure);
    if (!connection)
        return failure.isEmpty() ? 1 : refuse(failure);
    core::Store &store = *connection->store;
    // Notes kept on this laptop while the server could not be reached (or when the process died
    // first) go in before any window reads the drafts.
    for (const ui::DraftRecovery::Pending &pending :
         ui::DraftRecovery::replayAll(connection->location)) {
        writeTo(stderr, QStringLiteral("hindsight: %1\n").arg(pending.failure.sentence()));
        if (QGuiApplication::platformName() != u"offscreen")
            QMessageBox::warning(nullptr, tr("Hindsight"), pending.failure.sentence());
    }
    if (!invocation.interview.isEmpty()) {
        EntityLookup lookup(store);
        const auto candidate = lookup.candidate(invocation.interview);
        if (!candidate)
            return refuse(lookup.errorText());
        if (!ui::InterviewLauncher::openFor(store, connection->location, candidate->id))
            return 1;
        return QApplication::exec();
    }
    return showWindow(store, connection->location, failure);
}

int Application::showWindow(core::Store &store, const ui::StoreLocation &location,
                            const QString &note)
{
    ui::MainWindow window(store, location);
    window.show();
    // The first start asks who is interviewing (nobody could answer on the offscreen platform);
    // on a team server whose administrator named the login, the server says it.
    if (!ui::Settings().interviewerConfirmed() && !ui::Settings::teamInterviewer()
        && QGuiApplication::platformName() != u"offscreen")
        window.showPreferences(ui::PreferencesDialog::Purpose::FirstStart);
    if (!note.isEmpty())
        ui::StatusMessage::keep(window.statusBar(), note);
    return QApplication::exec();
}

} // namespace hindsight::app
