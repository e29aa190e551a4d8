#pragma once

#include "app/invocation.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hindsight::app {

// backup and restore: they work on the database file itself, before (and instead of) opening it
// as a store, so that a damaged database can still be restored over. Output goes to `out`, every
// error to `err` as one line naming the file; the return value is the process exit code.
class BackupCommands final
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    BackupCommands(QIODevice &out, QIODevice &err);

    static bool handles(Invocation::Command command);
    int run(const Invocation &invocation, const QString &databasePath);

private:
    int backup(const QString &databasePath, const QString &to);
    int restore(const QString &databasePath, const QString &backup, bool force);
    void say(const QString &line);
    int fail(const QString &message);

    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace hindsight::app
