#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hindsight::ui {

// What the window does when the database it was to open is damaged: it offers the newest backup
// that passes its check in the damaged file's place. Taken, the damaged file (with its -wal and
// -shm) is kept beside it with a .damaged suffix, never deleted, and the backup is copied to the
// database's path, so the caller opens the same path again.
class BackupOffer final
{
    Q_DECLARE_TR_FUNCTIONS(BackupOffer)

public:
    BackupOffer() = delete;

    enum class Outcome {
        NothingToOffer, // not damage, or no backup passes its check: report the error as before
        Declined,       // the user saw the error and chose not to open the backup
        Restored,       // the backup is at the database's path now
        Failed,         // the restore failed (the user was told); nothing changed
    };

    struct Answer
    {
        Outcome outcome = Outcome::NothingToOffer;
        // Restored: which backup is open and where the damaged file is, for the status bar.
        // Declined and Failed: the sentence the user saw, for stderr.
        QString message;
    };

    // After SqliteStore::open refused `databasePath` with `error`. Asks with a modal message box
    // (plain text: paths are user text), so call it only where someone can answer.
    static Answer ask(QWidget *parent, const QString &databasePath, const core::Error &error);
};

} // namespace hindsight::ui
