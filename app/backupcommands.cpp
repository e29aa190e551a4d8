#include "app/backupcommands.h"
#include "app/terminaltext.h"

#include "core/storage/sqlite/backuprestore.h"
#include "core/storage/sqlite/backups.h"
#include "ui/interchange/errortext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hindsight::app {

namespace {

std::string fileName(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString fromFileName(const std::string &path)
{
    return QFile::decodeName(QByteArray::fromStdString(path));
}

} // namespace

BackupCommands::BackupCommands(QIODevice &out, QIODevice &err)
    : m_out(out)
    , m_err(err)
{
}

bool BackupCommands::handles(Invocation::Command command)
{
    return command == Invocation::Command::Backup || command == Invocation::Command::Restore;
}

int BackupCommands::run(const Invocation &invocation, const QString &databasePath)
{
    if (invocation.command == Invocation::Command::Backup)
        return backup(databasePath, invocation.backupTo);
    return restore(databasePath, invocation.file, invocation.force);
}

void BackupCommands::say(const QString &line)
{
    m_out.write(TerminalText::message(line).toUtf8().append('\n'));
}

int BackupCommands::fail(const QString &message)
{
    m_err.write(QStringLiteral("hindsight: %1\n").arg(TerminalText::message(message)).toUtf8());
    return 1;
}

int BackupCommands::backup(const QString &databasePath, const QString &to)
{
    QString target = to;
    // A folder takes the backup under the name it would have in the backups folder.
    if (!to.isEmpty() && QFileInfo(to).isDir()) {
        target = QDir(to).filePath(fromFileName(core::Backups::fileName(
            core::Backups::stemOf(fileName(databasePath)), std::chrono::system_clock::now())));
    }
    const auto made = core::Backups::make(fileName(databasePath), fileName(target));
    if (!made)
        return fail(interchange::ErrorText::describe(made.error()));
    say(tr("Backed up %1 to %2.").arg(databasePath, fromFileName(*made)));
    return 0;
}

int BackupCommands::restore(const QString &databasePath, const QString &backup, bool force)
{
    using Aside = core::BackupRestore::Aside;
    const auto restored = core::BackupRestore::restore(fileName(backup), fileName(databasePath),
                                                       force ? Aside::Replaced : Aside::Refuse);
    if (!restored) {
        if (restored.error().code == core::Error::Code::Exists)
            return fail(tr("%1 already exists; restore replaces it only with --force, and then "
                           "keeps it aside.")
                            .arg(databasePath));
        return fail(interchange::ErrorText::describe(restored.error()));
    }
    say(tr("Restored %1 from %2.").arg(databasePath, backup));
    if (!restored->keptAs.empty())
        say(tr("The database it replaced is kept as %1.").arg(fromFileName(restored->keptAs)));
    return 0;
}

} // namespace hindsight::app
