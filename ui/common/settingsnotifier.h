#pragma once

#include <QObject>

namespace hindsight::ui {

// Says which setting this process changed, so that open windows follow a change made in another
// window (the settings file itself is read when a window opens).
class SettingsNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsNotifier)

public:
    static SettingsNotifier &instance();

signals:
    void timeBudgetChanged(int minutes);

private:
    SettingsNotifier() = default;
};

} // namespace hindsight::ui
