#include "ui/common/backupoffer.h"

#include "core/storage/sqlite/backuprestore.h"
#include "core/storage/sqlite/backups.h"
#include "ui/common/dialogs.h"
#include "ui/interchange/errortext.h"

#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

#include <chrono>

namespace hindsight::ui {

namespace {

std::string fileName(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString fromFileName(const std::string &path)
{
    return QFile::decodeName(QByteArray::fromStdString(path));
}

// When the backup was made, in the user's time zone and words.
QString madeAt(std::chrono::system_clock::time_point time)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch())
                             .count();
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ")
           + locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace

BackupOffer::Answer BackupOffer::ask(QWidget *parent, const QString &databasePath,
                                     const core::Error &error)
{
    if (!core::isDamage(error.code))
        return {};
    const std::string database = fileName(databasePath);
    const auto backup = core::Backups::newestVerified(database);
    if (!backup)
        return {};
    using Aside = core::BackupRestore::Aside;
    const QString when = madeAt(backup->time);
    const QString backupPath = fromFileName(backup->path);
    const QString keptAs = fromFileName(core::BackupRestore::asidePath(database, Aside::Damaged));
    const QString problem = interchange::ErrorText::describe(error);

    QMessageBox box(QMessageBox::Critical, tr("Hindsight"), problem, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("backupOffer"));
    box.setInformativeText(
        tr("The newest backup that passes its integrity check is\n%2\nmade on %1.\n\n"
           "Open that backup instead? Anything saved after that time is not in it. The damaged "
           "file is not deleted: it is kept as\n%3")
            .arg(when, backupPath, keptAs));
    // Paths and names are user text: every label shows its text literally.
    box.setTextFormat(Qt::PlainText);
    for (QLabel *label : box.findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    QPushButton *open = box.addButton(tr("&Open the newest backup"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    open->setObjectName(QStringLiteral("openBackup"));
    quit->setObjectName(QStringLiteral("quit"));
    box.setDefaultButton(open);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() != open)
        return {Outcome::Declined, problem};

    const auto restored = core::BackupRestore::restore(backup->path, database, Aside::Damaged);
    if (!restored) {
        const QString failure = tr("The backup could not be opened, and nothing was changed: %1")
                                    .arg(interchange::ErrorText::describe(restored.error()));
        Dialogs::critical(parent, tr("Hindsight"), failure);
        return {Outcome::Failed, failure};
    }
    return {Outcome::Restored, tr("Opened the backup made on %1. The damaged file is kept as %2.")
                                   .arg(when, fromFileName(restored->keptAs))};
}

} // namespace hindsight::ui
