#include "ui/interview/notes/noteeditor.h"

#include <QKeyEvent>

namespace hindsight::ui {

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("noteEditor"));
    setAccessibleName(tr("Note"));
    setPlaceholderText(tr("Type a note — Enter adds it to the log with the time and stage, "
                          "Shift+Enter starts a new line"));
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_restoring)
            emit pendingChanged(toPlainText());
    });
}

void NoteEditor::restore(const QString &text)
{
    m_restoring = true;
    setPlainText(text);
    moveCursor(QTextCursor::End);
    m_restoring = false;
}

QSize NoteEditor::sizeHint() const
{
    // Three lines: room for a sentence and a line break without crowding the log above.
    const int lines = 3;
    const int height = fontMetrics().lineSpacing() * lines + 2 * frameWidth()
                       + int(2 * document()->documentMargin());
    return {QPlainTextEdit::sizeHint().width(), height};
}

void NoteEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !isReadOnly()) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::ShiftModifier) {
            // A plain newline rather than Qt's line separator, so the stored text is ordinary.
            insertPlainText(QStringLiteral("\n"));
            return;
        }
        if (mods == Qt::NoModifier) {
            const QString text = toPlainText().trimmed();
            if (!text.isEmpty()) {
                emit lineCommitted(text);
                m_restoring = true;
                clear();
                m_restoring = false;
                emit pendingChanged(QString());
            }
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit focusLost();
}

} // namespace hindsight::ui
