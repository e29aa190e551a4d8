#pragma once

// What the hostile-text test checks in every widget: user text that looks like markup must be
// shown as the characters typed, never read as rich text by a label, a tooltip or a text view.

#include <QStringList>

class QWidget;

namespace hindsight::test {

// Names, notes and reasons a hostile user could type: each is markup that would show red, as a
// link, as a broken image or bold if a widget interpreted it.
QStringList hostileTexts();

// A name whose U+202E RIGHT-TO-LEFT OVERRIDE, left open, would reverse every word after it on
// its line if a report did not isolate it.
QString overrideText();

// The demo data (tests/common) with the first role and its first candidate's texts replaced by
// hostile ones: the role's title and description, the candidate's name and e-mail, an interview's
// interviewer (with overrideText()), a regret's decision and system, a note and the decision's
// rationale. False when the file cannot be written.
bool writeHostileDemo(const QString &fileName);

// Every place under `root` (the widget itself included, hidden children too) where one of the
// hostile texts is interpreted: a QLabel holding it raw without Qt::PlainText, a tooltip (of a
// widget or of an item of a view's model) holding it raw in what Qt takes for rich text, a text
// view whose document turned it into a link, an image or a colour, a window title showing it
// escaped. Each entry names the widget, so a failure says where to look.
QStringList interpretedHostileText(QWidget *root);

} // namespace hindsight::test
