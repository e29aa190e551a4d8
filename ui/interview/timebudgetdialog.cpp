#include "ui/interview/timebudgetdialog.h"

#include "ui/common/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hindsight::ui {

TimeBudgetDialog::TimeBudgetDialog(QWidget *parent)
    : QDialog(parent)
    , m_minutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("timeBudgetDialog"));
    setWindowTitle(tr("Time Budget"));

    auto *about = new QLabel(
        tr("How long an interview should take. Once an interview runs longer, its clock turns "
           "amber and says the budget is passed; nothing else changes."),
        this);
    about->setWordWrap(true);

    m_minutes->setObjectName(QStringLiteral("timeBudgetMinutes"));
    m_minutes->setRange(Settings::MinTimeBudget, Settings::MaxTimeBudget);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Time budget in minutes"));
    m_minutes->setValue(Settings().timeBudgetMinutes());
    m_minutes->selectAll();

    auto *form = new QFormLayout;
    form->addRow(tr("&Time budget:"), m_minutes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    m_minutes->setFocus(Qt::OtherFocusReason);
}

int TimeBudgetDialog::minutes() const
{
    return m_minutes->value();
}

void TimeBudgetDialog::setMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

void TimeBudgetDialog::accept()
{
    // interpretText(): a number typed and not yet confirmed with Enter still counts.
    m_minutes->interpretText();
    Settings().setTimeBudgetMinutes(minutes());
    QDialog::accept();
}

} // namespace hindsight::ui
