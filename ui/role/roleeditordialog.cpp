#include "ui/role/roleeditordialog.h"

#include "ui/charts/breadthdepthchart.h"
#include "ui/common/dialogs.h"
#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"
#include "ui/role/demanddelegate.h"
#include "ui/role/domaindemandmodel.h"
#include "ui/role/roletemplates.h"
#include "ui/role/taxonomyeditor.h"

#include "core/scoring/scorer.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace hindsight::ui {

namespace {

constexpr int SliderSteps = 4; // the slider moves in quarter steps of the 0-10 scale

} // namespace

RoleEditorDialog::RoleEditorDialog(core::Store &store, std::optional<core::Id> roleId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_roleId(roleId.value_or(0))
    , m_demands(new DomainDemandModel(this))
    , m_taxonomy(new TaxonomyEditor(store, this))
{
    setObjectName(QStringLiteral("roleEditorDialog"));
    setWindowTitle(roleId ? tr("Edit Role") : tr("New Role"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("roleEditorTabs"));
    tabs->addTab(createProfileTab(), tr("&Profile"));
    tabs->addTab(m_taxonomy, tr("&Taxonomy"));
    tabs->setTabToolTip(1, tr("Add, rename or delete your own layers and domains"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("roleEditorButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RoleEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_taxonomy, &TaxonomyEditor::taxonomyChanged, this, &RoleEditorDialog::reloadTaxonomy);
    connect(m_demands, &DomainDemandModel::demandsChanged, this, &RoleEditorDialog::updatePreview);

    reloadTaxonomy();
    if (roleId) {
        auto role = m_store.role(*roleId);
        if (role)
            setRole(*role);
        else
            Dialogs::critical(this, windowTitle(),
                              interchange::Failure::of(tr("Could not read the role."), role.error()));
    }
    updatePreview();
    WindowGeometry::manage(this, QSize(1100, 680));
}

QWidget *RoleEditorDialog::createProfileTab()
{
    auto *page = new QWidget(this);

    m_template = new QComboBox(page);
    m_template->setObjectName(QStringLiteral("roleTemplate"));
    m_template->setAccessibleName(tr("Start from template"));
    m_template->addItem(tr("Start from template…"));
    for (const RoleTemplates::Template &t : RoleTemplates::all()) {
        m_template->addItem(tr("%1 — %2").arg(t.title, Terms::archetype(t.archetype)), t.id);
        m_template->setItemData(m_template->count() - 1, t.why, Qt::ToolTipRole);
    }
    m_templateWhy = new QLabel(page);
    m_templateWhy->setObjectName(QStringLiteral("roleTemplateWhy"));
    m_templateWhy->setWordWrap(true);
    m_templateWhy->setForegroundRole(QPalette::PlaceholderText);
    m_templateWhy->setText(tr("A template fills in a typical profile; change anything after."));

    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("roleTitle"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("roleDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);

    m_breadthSlider = new QSlider(Qt::Horizontal, page);
    m_breadthSlider->setObjectName(QStringLiteral("roleBreadthSlider"));
    m_breadthSlider->setAccessibleName(tr("Breadth demand"));
    m_breadthSlider->setRange(0, 10 * SliderSteps);
    m_breadthSlider->setPageStep(SliderSteps);
    m_breadthSlider->setTickInterval(SliderSteps);
    m_breadthSlider->setTickPosition(QSlider::TicksBelow);
    m_breadthSpin = new QDoubleSpinBox(page);
    m_breadthSpin->setObjectName(QStringLiteral("roleBreadthSpin"));
    m_breadthSpin->setAccessibleName(tr("Breadth demand"));
    m_breadthSpin->setRange(0.0, 10.0);
    m_breadthSpin->setDecimals(2);
    m_breadthSpin->setSingleStep(0.25);
    auto *breadth = new QHBoxLayout;
    breadth->addWidget(m_breadthSlider, 1);
    breadth->addWidget(m_breadthSpin);
    auto *breadthHint = new QLabel(
        tr("How many layers of the stack the role works across: 0 one layer, 10 all of them."),
        page);
    breadthHint->setWordWrap(true);
    breadthHint->setForegroundRole(QPalette::PlaceholderText);

    m_demandTable = new QTableView(page);
    m_demandTable->setObjectName(QStringLiteral("roleDemandTable"));
    m_demandTable->setAccessibleName(tr("Domain demands"));
    m_demandTable->setModel(m_demands);
    m_demandTable->setItemDelegate(new DemandDelegate(m_demandTable));
    m_demandTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_demandTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_demandTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_demandTable->setWordWrap(true);
    m_demandTable->verticalHeader()->hide();
    QHeaderView *header = m_demandTable->horizontalHeader();
    header->setSectionResizeMode(DomainDemandModel::DomainColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DomainDemandModel::DepthColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DomainDemandModel::MeaningColumn, QHeaderView::Stretch);
    m_demandTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_addDemand = new QPushButton(tr("&Add Demand"), page);
    m_addDemand->setObjectName(QStringLiteral("roleAddDemand"));
    m_removeDemand = new QPushButton(tr("&Remove Demand"), page);
    m_removeDemand->setObjectName(QStringLiteral("roleRemoveDemand"));
    auto *demandButtons = new QHBoxLayout;
    demandButtons->addWidget(m_addDemand);
    demandButtons->addWidget(m_removeDemand);
    demandButtons->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("T&emplate:"), m_template);
    form->addRow(QString(), m_templateWhy);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    auto *breadthLabel = new QLabel(tr("&Breadth demand:"), page);
    breadthLabel->setBuddy(m_breadthSpin);
    form->addRow(breadthLabel, breadth);
    form->addRow(QString(), breadthHint);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    auto *demandsLabel = new QLabel(tr("Domains that &need specialist depth:"), page);
    demandsLabel->setBuddy(m_demandTable);
    left->addWidget(demandsLabel);
    left->addWidget(m_demandTable, 1);
    left->addLayout(demandButtons);

    m_preview = new BreadthDepthChart(page);
    m_preview->setObjectName(QStringLiteral("rolePreview"));
    m_preview->setMinimumSize(360, 320);
    m_archetype = new QLabel(page);
    m_archetype->setObjectName(QStringLiteral("roleArchetype"));
    m_archetype->setWordWrap(true);
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_archetype);

    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_template, &QComboBox::activated, this, &RoleEditorDialog::applyTemplate);
    connect(m_template, &QComboBox::highlighted, this, [this](int index) {
        if (index > 0)
            m_templateWhy->setText(m_template->itemData(index, Qt::ToolTipRole).toString());
    });
    connect(m_title, &QLineEdit::textChanged, this, &RoleEditorDialog::updatePreview);
    connect(m_breadthSlider, &QSlider::valueChanged, this,
            [this](int steps) { setBreadth(double(steps) / SliderSteps); });
    connect(m_breadthSpin, &QDoubleSpinBox::valueChanged, this, &RoleEditorDialog::setBreadth);
    connect(m_addDemand, &QPushButton::clicked, this, &RoleEditorDialog::addDemand);
    connect(m_removeDemand, &QPushButton::clicked, this, &RoleEditorDialog::removeDemand);
    return page;
}

core::Role RoleEditorDialog::role() const
{
    core::Role r;
    r.id = m_roleId;
    r.title = m_title->text().trimmed().toStdString();
    r.description = m_description->toPlainText().trimmed().toStdString();
    r.breadthDemand = m_breadthSpin->value();
    r.domainDemands = m_demands->demands();
    return r;
}

void RoleEditorDialog::setRole(const core::Role &role)
{
    m_title->setText(QString::fromStdString(role.title));
    m_description->setPlainText(QString::fromStdString(role.description));
    setBreadth(role.breadthDemand);
    m_demands->setDemands(role.domainDemands);
    updatePreview();
}

void RoleEditorDialog::applyTemplate(int comboIndex)
{
    const QString id = m_template->itemData(comboIndex).toString();
    for (const RoleTemplates::Template &t : RoleTemplates::all()) {
        if (t.id != id)
            continue;
        setRole(t.role);
        m_templateWhy->setText(t.why);
        return;
    }
}

void RoleEditorDialog::setBreadth(double value)
{
    const QSignalBlocker blockSlider(m_breadthSlider);
    const QSignalBlocker blockSpin(m_breadthSpin);
    m_breadthSpin->setValue(value);
    m_breadthSlider->setValue(int(std::lround(value * SliderSteps)));
    updatePreview();
}

void RoleEditorDialog::addDemand()
{
    const int row = m_demands->addDemand();
    if (row < 0)
        return;
    const QModelIndex index = m_demands->index(row, DomainDemandModel::DomainColumn);
    m_demandTable->setCurrentIndex(index);
    m_demandTable->edit(index);
}

void RoleEditorDialog::removeDemand()
{
    const QModelIndex current = m_demandTable->currentIndex();
    if (current.isValid())
        m_demands->removeRows(current.row(), 1);
}

void RoleEditorDialog::reloadTaxonomy()
{
    const std::map<std::string, int> demands = m_demands->demands();
    m_demands->setTaxonomy(m_taxonomy->taxonomy());
    m_demands->setDemands(demands);
}

void RoleEditorDialog::updatePreview()
{
    if (!m_preview)
        return;
    const core::Role r = role();
    m_preview->setRole(r);
    const core::RoleTarget target = core::Scorer::target(r);
    m_archetype->setText(tr("Target: breadth %1, depth %2 — <b>%3</b>")
                             .arg(Terms::figure(target.breadth), Terms::figure(target.depth),
                                  Terms::archetype(target.archetype).toHtmlEscaped()));
    m_removeDemand->setEnabled(m_demands->rowCount() > 0);
}

std::optional<interchange::Failure> RoleEditorDialog::save(const core::Role &role)
{
    auto id = m_store.saveRole(role);
    if (!id)
        return interchange::Failure::of(tr("Could not save the role."), id.error());
    m_savedId = *id;
    m_roleId = *id;
    return std::nullopt;
}

void RoleEditorDialog::accept()
{
    const core::Role r = role();
    if (r.title.empty()) {
        Dialogs::critical(this, windowTitle(), tr("Give the role a title."));
        m_title->setFocus();
        return;
    }
    if (const auto failure = save(r)) {
        Dialogs::critical(this, windowTitle(), *failure);
        return;
    }
    QDialog::accept();
}

} // namespace hindsight::ui
