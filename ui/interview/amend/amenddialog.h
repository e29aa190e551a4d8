#pragma once

#include "core/interview.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace hindsight::ui {

// Asks the author of a submitted interview why they amend it. The reason is required (the button
// stays disabled while it is blank) because everyone who reads the interview sees it; the dialog
// says that the submitted version is kept and stays readable. It only asks: the caller starts
// the amendment.
class AmendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmendDialog)

public:
    // `version` is the submitted current version to amend, `candidate` the candidate's name.
    AmendDialog(const core::Interview &version, const QString &candidate, QWidget *parent = nullptr);

    // The reason as typed, without surrounding white space.
    QString reason() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::ui
