#include "ui/interview/regrets/answerfield.h"

#include <QKeyEvent>
#include <QTextLayout>

#include <cmath>

namespace hindsight::ui {

AnswerField::AnswerField(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    // The session's undo stack is the one undo: Ctrl+Z goes there, not to the document.
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        // The number of lines may have changed.
        updateGeometry();
        if (!m_showing)
            emit edited(toPlainText());
    });
}

void AnswerField::setAnswer(const QString &text)
{
    if (toPlainText() == text)
        return;
    m_showing = true;
    setPlainText(text);
    moveCursor(QTextCursor::End);
    m_showing = false;
}

int AnswerField::heightFor(int lines) const
{
    const QMargins m = contentsMargins();
    return fontMetrics().lineSpacing() * lines + int(std::ceil(2 * document()->documentMargin()))
           + 2 * frameWidth() + m.top() + m.bottom();
}

int AnswerField::linesAt(int width) const
{
    const QString text = toPlainText().isEmpty() ? placeholderText() : toPlainText();
    const QMargins m = contentsMargins();
    // Measured as QPlainTextEdit wraps: at the viewport's width less the document margins, with
    // a pixel or two for the cursor.
    const qreal room = width - 2 * frameWidth() - m.left() - m.right()
                       - 2 * document()->documentMargin() - 2;
    if (room <= 0)
        return 1;
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(room);
            ++lines;
        }
        layout.endLayout();
    }
    return qBound(1, lines, MaxLines);
}

bool AnswerField::hasHeightForWidth() const
{
    return true;
}

int AnswerField::heightForWidth(int width) const
{
    return heightFor(linesAt(width));
}

QSize AnswerField::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 24;
    return {width, heightFor(linesAt(this->width() > 0 ? this->width() : width))};
}

QSize AnswerField::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, heightFor(1)};
}

void AnswerField::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && mods == Qt::ShiftModifier && !isReadOnly()) {
        // A plain newline rather than Qt's line separator, so the stored text is ordinary.
        insertPlainText(QStringLiteral("\n"));
        return;
    }
    if (enter && mods == Qt::NoModifier) {
        emit done();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace hindsight::ui
