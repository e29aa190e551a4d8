#pragma once

#include "ui/common/numbersettingdialog.h"

namespace hindsight::ui {

// Interview → Time Budget…: how many minutes an interview should take. Accepting stores it in the
// settings (Settings::setTimeBudgetMinutes), and open interview windows follow at once.
class TimeBudgetDialog final : public NumberSettingDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeBudgetDialog)

public:
    explicit TimeBudgetDialog(QWidget *parent = nullptr);

    int minutes() const { return value(); }
    void setMinutes(int minutes) { setValue(minutes); }

private:
    static Spec spec();
    void store(int minutes) override;
};

} // namespace hindsight::ui
