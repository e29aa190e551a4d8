#pragma once

#include <QFrame>

class QLabel;

namespace hindsight::ui {

// One figure of the candidate page: a caption, the value in large type and a line comparing it to
// the role. The value label carries the objectName tests and screen readers find it by.
class FigureCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureCard)

public:
    FigureCard(const QString &caption, const QString &valueObjectName, QWidget *parent = nullptr);

    // `spoken` is what a screen reader says for the value, a whole phrase ("Fit 45 out of 100").
    void setValue(const QString &value, const QString &spoken);
    void setNote(const QString &note);
    // Larger type for the one figure the eye should land on first.
    void setEmphasized(bool emphasized);

    QLabel *valueLabel() const { return m_value; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
    bool m_emphasized = false;
};

} // namespace hindsight::ui
