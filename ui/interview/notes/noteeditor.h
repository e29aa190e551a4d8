#pragma once

#include <QPlainTextEdit>

namespace hindsight::ui {

// The line the interviewer is typing. Enter commits it (lineCommitted, then the editor is empty);
// Shift+Enter breaks the line. Every change of the text is reported (pendingChanged) so the
// uncommitted line is saved too, and losing focus is reported so it can be flushed at once.
class NoteEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    explicit NoteEditor(QWidget *parent = nullptr);

    // Shows `text` as the pending line without reporting it back as a change.
    void restore(const QString &text);
    QSize sizeHint() const override;

signals:
    void lineCommitted(const QString &text);
    void pendingChanged(const QString &text);
    void focusLost();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_restoring = false;
};

} // namespace hindsight::ui
