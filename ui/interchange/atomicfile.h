#pragma once

#include "ui/interchange/failure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::interchange {

// Writes a whole file or nothing, through QSaveFile: a failed write (disk full, a folder in the
// way, no permission) leaves no partial file and never replaces a good one. Every export goes
// through here.
class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // OwnerOnlyAlways: owner-only also when it replaces a file that others could read (a copy
    // of one person's data).
    enum class Access { OwnerOnly, Default, OwnerOnlyAlways };

    // Returns nullopt on success, else a failure naming the file and the reason.
    // A new file gets `access`; a replaced one keeps the permissions it had, unless
    // OwnerOnlyAlways.
    static std::optional<Failure> write(const QString &fileName, const QByteArray &bytes,
                                        Access access = Access::OwnerOnly);

    // "cannot write <fileName>: <reason>", for a file that failed before any byte reached it.
    static Failure cannotWrite(const QString &fileName, const QString &reason);
};

} // namespace hindsight::interchange
