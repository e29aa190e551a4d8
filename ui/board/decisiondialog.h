#pragma once

#include "core/decision.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QPlainTextEdit;

namespace hindsight::ui {

// Records the committee's decision on a candidate: an outcome and a rationale, both required. The
// earlier decisions stay in the history; this one becomes the current decision.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    // `candidate` is the name as the board shows it (the alias in blind mode).
    DecisionDialog(const QString &candidate, const core::Decision *current,
                   QWidget *parent = nullptr);

    core::Decision::Outcome outcome() const;
    QString rationale() const;

private:
    void updateOk();

    QButtonGroup *m_outcomes;
    QPlainTextEdit *m_rationale;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::ui
