#pragma once

#include "core/ids.h"
#include "core/role.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace hindsight::ui {

// Two fields to add a candidate before an interview: the name and the role applied for. The role
// is picked from the existing roles or typed; a title no role has yet asks for a new role.
class NewCandidateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCandidateDialog)

public:
    NewCandidateDialog(const std::vector<core::Role> &roles, std::optional<core::Id> preferredRole,
                       QWidget *parent = nullptr);

    QString name() const;
    // The chosen existing role, or nothing when a new title was typed (see roleTitle()).
    std::optional<core::Id> roleId() const;
    QString roleTitle() const;

private:
    void updateOk();

    QLineEdit *m_name;
    QComboBox *m_role;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::ui
