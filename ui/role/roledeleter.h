#pragma once

#include "core/ids.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

// Role → Delete Role…: a role nobody applies for (a typo, a duplicate, a position filled) is
// deleted with its demands and team after a confirmation naming it; a role with candidates is
// refused, saying how many, since candidates are never deleted by the way.
class RoleDeleter final
{
    Q_DECLARE_TR_FUNCTIONS(RoleDeleter)

public:
    RoleDeleter() = delete;

    // Asks, deletes, and returns what to say in the status bar; empty when nothing was deleted
    // (refused, cancelled or failed, each already told in a dialog).
    static QString run(QWidget *parent, core::Store &store, core::Id roleId);
};

} // namespace hindsight::ui
