#pragma once

#include <QKeySequence>
#include <QList>

namespace hindsight::ui {

// The platform's bindings of a standard key, with `always` first when the platform lacks it:
// QKeySequence::Quit is empty on Windows and Preferences on some Linux desktops, while DESIGN asks
// for Ctrl+Q everywhere and users expect Ctrl+, for Preferences.
QList<QKeySequence> standardKeysWith(QKeySequence::StandardKey key, const QKeySequence &always);

} // namespace hindsight::ui
