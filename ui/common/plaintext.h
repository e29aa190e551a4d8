#pragma once

// User text (names, notes, reasons, titles) is shown as typed: a label or tooltip that guessed it
// was rich text would turn "<a href=…>" into a link or "<img>" into an image (issue 13).

#include <QString>

#include <initializer_list>

class QLabel;

namespace hindsight::ui::PlainText {

// A tooltip that shows `text` literally. Qt renders a tooltip as rich text when
// Qt::mightBeRichText() says so; such text is escaped and wrapped in a paragraph that keeps its
// line breaks, so Qt renders it as rich text on purpose. Any other text is returned unchanged, so
// plain tooltips keep their look.
QString toolTip(const QString &text);

// `text` between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, so that a
// right-to-left name or a U+202E RIGHT-TO-LEFT OVERRIDE inside it cannot reorder the words around
// it ("Interview by %1, %2" stays in order whatever %1 holds). Isolates inside `text` are balanced
// first: a stray U+2069 would otherwise close ours early. Empty text stays empty.
QString isolate(const QString &text);

// Makes the labels show their text literally (Qt::PlainText).
void apply(std::initializer_list<QLabel *> labels);

} // namespace hindsight::ui::PlainText
