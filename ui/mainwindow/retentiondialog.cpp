#include "ui/mainwindow/retentiondialog.h"

#include "ui/common/settings.h"

#include "core/retention.h"

namespace hindsight::ui {

RetentionDialog::RetentionDialog(QWidget *parent)
    : NumberSettingDialog(spec(), parent)
{
}

NumberSettingDialog::Spec RetentionDialog::spec()
{
    Spec s;
    s.dialogName = QStringLiteral("retentionDialog");
    s.spinBoxName = QStringLiteral("retentionMonths");
    s.title = tr("Data Retention");
    s.about = tr("Candidates with no activity for this many months — no interview, note, decision "
                 "or edit — are listed when Hindsight starts, and erased with everything held "
                 "about them, backups included, if you agree. Off keeps everybody until you "
                 "delete them.");
    s.label = tr("&Erase after:");
    s.accessibleName = tr("Retention period in months");
    s.suffix = tr(" months");
    s.specialValueText = tr("Off");
    s.minimum = 0;
    s.maximum = core::Retention::MaxMonths;
    s.value = Settings().retentionMonths();
    s.minimumWidth = 400;
    return s;
}

void RetentionDialog::store(int months)
{
    Settings().setRetentionMonths(months);
}

} // namespace hindsight::ui
