#pragma once

// What the command line writes to a terminal: user text (a name, a title, a path) must not move
// the cursor, clear the screen, retitle the window or reverse the words after it. A terminal obeys
// ESC, CSI (U+009B) and the other control characters it receives, and renders U+202E as an
// instruction, not a character; so they are shown escaped (issue 13, item 5). CSV and JSON are
// data for other programs and keep the text exactly.

#include <QString>

namespace hindsight::app::TerminalText {

// One value: every control character (C0, DEL, C1, line and paragraph separators) and every bidi
// control written as an escape — \t, \n, \r, \x1b, \u{202e} — and a backslash doubled, so an escape
// and a typed backslash cannot be told apart.
QString field(const QString &text);

// A whole message of the application's, which may hold values that were never passed through
// field(): as field(), but line breaks and tabs stay, and a backslash stays single.
QString message(const QString &text);

} // namespace hindsight::app::TerminalText
