#include "ui/role/roledeleter.h"

#include "ui/common/dialogs.h"
#include "ui/common/plaintext.h"
#include "ui/interchange/errortext.h"

#include "core/storage/store.h"

namespace hindsight::ui {

QString RoleDeleter::run(QWidget *parent, core::Store &store, core::Id roleId)
{
    const auto role = store.role(roleId);
    const auto candidates = store.candidates(roleId);
    if (!role || !candidates) {
        const core::Error &e = role ? candidates.error() : role.error();
        Dialogs::critical(parent, tr("Delete Role"), tr("The role could not be read."),
                          interchange::ErrorText::describe(e));
        return {};
    }
    const QString title = PlainText::isolate(QString::fromStdString(role->title));
    if (!candidates->empty()) {
        Dialogs::critical(parent, tr("Delete Role"),
                          tr("%1 cannot be deleted: %n candidate(s) apply for it.", nullptr,
                             int(candidates->size()))
                              .arg(title),
                          tr("Delete those candidates, or move them to another role, first."));
        return {};
    }
    if (!Dialogs::confirm(parent, tr("Delete Role"), tr("Delete the role %1?").arg(title),
                          tr("Its breadth and domain demands and its team go with it. No "
                             "candidate applies for it."),
                          tr("&Delete Role")))
        return {};
    if (const core::Error e = store.deleteRole(roleId)) {
        Dialogs::critical(parent, tr("Delete Role"), tr("The role could not be deleted."),
                          interchange::ErrorText::describe(e));
        return {};
    }
    return tr("Deleted the role %1.").arg(title);
}

} // namespace hindsight::ui
