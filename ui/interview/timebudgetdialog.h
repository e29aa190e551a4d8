#pragma once

#include <QDialog>

class QSpinBox;

namespace hindsight::ui {

// Interview → Time Budget…: how many minutes an interview should take. Accepting stores it in the
// settings (Settings::setTimeBudgetMinutes), and open interview windows follow at once.
class TimeBudgetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeBudgetDialog)

public:
    explicit TimeBudgetDialog(QWidget *parent = nullptr);

    int minutes() const;
    void setMinutes(int minutes);

    void accept() override;

private:
    QSpinBox *m_minutes;
};

} // namespace hindsight::ui
