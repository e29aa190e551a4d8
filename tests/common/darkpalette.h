#pragma once

// The dark palette the UI tests render screenshots with, so light and dark are both looked at.

#include <QPalette>

namespace hindsight::test {

QPalette darkPalette();

} // namespace hindsight::test
