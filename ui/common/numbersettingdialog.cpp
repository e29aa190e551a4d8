#include "ui/common/numbersettingdialog.h"

#include "ui/common/windowgeometry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hindsight::ui {

NumberSettingDialog::NumberSettingDialog(const Spec &spec, QWidget *parent)
    : QDialog(parent)
    , m_spinBox(new QSpinBox(this))
{
    setObjectName(spec.dialogName);
    setWindowTitle(spec.title);

    auto *about = new QLabel(spec.about, this);
    about->setWordWrap(true);

    m_spinBox->setObjectName(spec.spinBoxName);
    m_spinBox->setRange(spec.minimum, spec.maximum);
    m_spinBox->setSingleStep(spec.step);
    m_spinBox->setSpecialValueText(spec.specialValueText);
    m_spinBox->setSuffix(spec.suffix);
    m_spinBox->setAccessibleName(spec.accessibleName);
    m_spinBox->setValue(spec.value);
    m_spinBox->selectAll();

    auto *form = new QFormLayout;
    form->addRow(spec.label, m_spinBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(spec.minimumWidth);
    WindowGeometry::manage(this);
    m_spinBox->setFocus(Qt::OtherFocusReason);
}

int NumberSettingDialog::value() const
{
    return m_spinBox->value();
}

void NumberSettingDialog::setValue(int value)
{
    m_spinBox->setValue(value);
}

void NumberSettingDialog::accept()
{
    // interpretText(): a number typed and not yet confirmed with Enter still counts.
    m_spinBox->interpretText();
    store(value());
    QDialog::accept();
}

} // namespace hindsight::ui
