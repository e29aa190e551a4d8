#include "ui/interview/timebudgetdialog.h"

#include "ui/common/settings.h"

namespace hindsight::ui {

TimeBudgetDialog::TimeBudgetDialog(QWidget *parent)
    : NumberSettingDialog(spec(), parent)
{
}

NumberSettingDialog::Spec TimeBudgetDialog::spec()
{
    Spec s;
    s.dialogName = QStringLiteral("timeBudgetDialog");
    s.spinBoxName = QStringLiteral("timeBudgetMinutes");
    s.title = tr("Time Budget");
    s.about = tr("How long an interview should take. Once an interview runs longer, its clock "
                 "turns amber and says the budget is passed; nothing else changes.");
    s.label = tr("&Time budget:");
    s.accessibleName = tr("Time budget in minutes");
    s.suffix = tr(" min");
    s.minimum = Settings::MinTimeBudget;
    s.maximum = Settings::MaxTimeBudget;
    s.step = 5;
    s.value = Settings().timeBudgetMinutes();
    return s;
}

void TimeBudgetDialog::store(int minutes)
{
    Settings().setTimeBudgetMinutes(minutes);
}

} // namespace hindsight::ui
