#pragma once

#include "core/ids.h"
#include "core/role.h"
#include "ui/interchange/failure.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTableView;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class BreadthDepthChart;
class DomainDemandModel;
class TaxonomyEditor;

// Creates or edits a role's complexity profile: title, description, breadth demand, domain demands,
// optionally starting from a template, with a live preview of the target point, its acceptance
// region and its archetype. A second tab edits the user-added taxonomy. Accepting saves the role
// through the store; the dialog stays open when saving fails.
class RoleEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleEditorDialog)

public:
    // With no roleId the dialog creates a new role.
    RoleEditorDialog(core::Store &store, std::optional<core::Id> roleId, QWidget *parent = nullptr);

    // The role as the widgets describe it now (id 0 for a new role).
    core::Role role() const;
    // Fills the widgets from a role's title, description and profile (not its id).
    void setRole(const core::Role &role);
    // The id saved by the last successful accept(); 0 before.
    core::Id savedRoleId() const { return m_savedId; }

    void accept() override;

private:
    // Writes `role` to the store and remembers its id; nullopt when saved.
    std::optional<interchange::Failure> save(const core::Role &role);
    QWidget *createProfileTab();
    void applyTemplate(int comboIndex);
    void setBreadth(double value);
    void addDemand();
    void removeDemand();
    void reloadTaxonomy();
    void updatePreview();

    core::Store &m_store;
    core::Id m_roleId = 0;
    core::Id m_savedId = 0;
    DomainDemandModel *m_demands;
    TaxonomyEditor *m_taxonomy;
    QComboBox *m_template = nullptr;
    QLabel *m_templateWhy = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QSlider *m_breadthSlider = nullptr;
    QDoubleSpinBox *m_breadthSpin = nullptr;
    QTableView *m_demandTable = nullptr;
    QPushButton *m_addDemand = nullptr;
    QPushButton *m_removeDemand = nullptr;
    BreadthDepthChart *m_preview = nullptr;
    QLabel *m_archetype = nullptr;
};

} // namespace hindsight::ui
