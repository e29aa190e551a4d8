#include "ui/mainwindow/retentiondialog.h"

#include "ui/common/settings.h"

#include "core/retention.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hindsight::ui {

RetentionDialog::RetentionDialog(QWidget *parent)
    : QDialog(parent)
    , m_months(new QSpinBox(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Data Retention"));

    auto *about = new QLabel(
        tr("Candidates with no activity for this many months — no interview, note, decision or "
           "edit — are listed when Hindsight starts, and erased with everything held about them, "
           "backups included, if you agree. Off keeps everybody until you delete them."),
        this);
    about->setWordWrap(true);

    m_months->setObjectName(QStringLiteral("retentionMonths"));
    m_months->setRange(0, core::Retention::MaxMonths);
    m_months->setSpecialValueText(tr("Off"));
    m_months->setSuffix(tr(" months"));
    m_months->setAccessibleName(tr("Retention period in months"));
    m_months->setValue(Settings().retentionMonths());
    m_months->selectAll();

    auto *form = new QFormLayout;
    form->addRow(tr("&Erase after:"), m_months);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_months->setFocus(Qt::OtherFocusReason);
}

int RetentionDialog::months() const
{
    return m_months->value();
}

void RetentionDialog::setMonths(int months)
{
    m_months->setValue(months);
}

void RetentionDialog::accept()
{
    // interpretText(): a number typed and not yet confirmed with Enter still counts.
    m_months->interpretText();
    Settings().setRetentionMonths(months());
    QDialog::accept();
}

} // namespace hindsight::ui
