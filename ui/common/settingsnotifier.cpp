#include "ui/common/settingsnotifier.h"

namespace hindsight::ui {

SettingsNotifier &SettingsNotifier::instance()
{
    static SettingsNotifier notifier;
    return notifier;
}

} // namespace hindsight::ui
