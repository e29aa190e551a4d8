#pragma once

#include "core/scoring/figures.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace hindsight::ui {

// Records where a committee member would place a candidate, against the formula's figures, with
// a written reason (required). The formula's figures are shown beside the new placement and are
// never replaced.
class OverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideDialog)

public:
    // `candidate` is the name as the board shows it (the alias in blind mode).
    OverrideDialog(const QString &candidate, const core::CandidateFigures &formula,
                   QWidget *parent = nullptr);

    double breadth() const;
    double depth() const;
    QString reason() const;

private:
    void update();

    QDoubleSpinBox *m_breadth;
    QDoubleSpinBox *m_depth;
    QLabel *m_shape;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::ui
