#include "ui/mainwindow/newcandidatedialog.h"

#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::ui {

NewCandidateDialog::NewCandidateDialog(const std::vector<core::Role> &roles,
                                       std::optional<core::Id> preferredRole, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newCandidateDialog"));
    setWindowTitle(tr("New Candidate"));
    m_name->setObjectName(QStringLiteral("newCandidateName"));
    m_name->setAccessibleName(tr("Name"));
    m_role->setObjectName(QStringLiteral("newCandidateRole"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setEditable(true);
    m_role->setInsertPolicy(QComboBox::NoInsert);
    m_role->lineEdit()->setPlaceholderText(tr("Pick a role or type a new title"));
    // The field has the focus while typing: a screen reader speaks its name, not the combo box's.
    m_role->lineEdit()->setAccessibleName(m_role->accessibleName());
    for (const core::Role &r : roles)
        m_role->addItem(Terms::text(r.title), QVariant::fromValue(r.id));
    const int preferred = preferredRole ? m_role->findData(QVariant::fromValue(*preferredRole)) : -1;
    m_role->setCurrentIndex(preferred >= 0 ? preferred : (roles.empty() ? -1 : 0));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Candidate"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewCandidateDialog::updateOk);
    connect(m_role, &QComboBox::currentTextChanged, this, &NewCandidateDialog::updateOk);
    updateOk();
    WindowGeometry::manage(this, QSize(420, sizeHint().height()));
}

QString NewCandidateDialog::name() const
{
    return m_name->text().trimmed();
}

std::optional<core::Id> NewCandidateDialog::roleId() const
{
    const int index = m_role->findText(roleTitle(), Qt::MatchFixedString);
    if (index < 0)
        return std::nullopt;
    return m_role->itemData(index).value<core::Id>();
}

QString NewCandidateDialog::roleTitle() const
{
    return m_role->currentText().trimmed();
}

void NewCandidateDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && !roleTitle().isEmpty());
}

} // namespace hindsight::ui
