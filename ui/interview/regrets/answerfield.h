#pragma once

#include <QPlainTextEdit>

namespace hindsight::ui {

// One text field of a regret's answer on its card: as tall as its text wrapped at the field's
// width (one to four lines, then it scrolls; an empty field as tall as its placeholder). Shift+Enter breaks the line; Enter, like Esc, is
// done with the field (the card sends the interviewer back to the notes). Tab moves on.
class AnswerField final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerField)

public:
    static constexpr int MaxLines = 4;

    explicit AnswerField(QWidget *parent = nullptr);

    // Shows `text` without reporting it back as an edit; keeps the cursor when it is unchanged.
    void setAnswer(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

signals:
    // The user changed the text.
    void edited(const QString &text);
    void done();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    int heightFor(int lines) const;
    // How many lines the text (or the placeholder) takes at this widget width.
    int linesAt(int width) const;

    bool m_showing = false;
};

} // namespace hindsight::ui
