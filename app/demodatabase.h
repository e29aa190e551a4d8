#pragma once

#include "ui/interchange/failure.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::app {

// Builds the demo database of `hindsight --demo` from the interchange file compiled into the
// binary (resources/demo/demo.json), so the demo is data, not code.
class DemoDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    // Where --demo puts its database when --database is not given; recreated on every start.
    static QString defaultPath();

    // Writes a fresh demo database at `path`. A file already there is replaced only when
    // `replace` is true (the default demo location), never a database the user named.
    // Built beside the target and renamed into place, so a failure leaves nothing half-made.
    // Returns nullopt when the database is ready.
    static std::optional<interchange::Failure> create(const QString &path, bool replace);
};

} // namespace hindsight::app
