#pragma once

#include "ui/common/numbersettingdialog.h"

namespace hindsight::ui {

// File → Data Retention…: after how many months without activity a candidate is due for erasure
// (Settings::retentionMonths; 0 is off). Hindsight then lists those due when it starts and erases
// them if the user agrees (PurgeDialog); `hindsight purge` uses the same period. Until Edit →
// Preferences exists, this is where the setting is edited.
class RetentionDialog final : public NumberSettingDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionDialog)

public:
    explicit RetentionDialog(QWidget *parent = nullptr);

    int months() const { return value(); }
    void setMonths(int months) { setValue(months); }

private:
    static Spec spec();
    void store(int months) override;
};

} // namespace hindsight::ui
