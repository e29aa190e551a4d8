#pragma once

#include "ui/common/taxonomytext.h"

#include "core/interview.h"
#include "core/interviewseal.h"

#include <QDialog>

#include <optional>
#include <vector>

class QPushButton;
class QTextBrowser;

namespace hindsight::ui {

// The look before an interview is sealed (Ctrl+Return in the interview window): what will be
// submitted and what is still missing. With nothing missing, Submit is the default button, so
// Enter seals; otherwise Submit is disabled and the default button goes to the first missing item.
// Esc goes back to the interview with nothing changed. It only answers; the window acts.
class SubmitReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitReviewDialog)

public:
    enum class Choice { Back, Submit, GoToProblem };

    // `interview` as the session has it now (InterviewSession::snapshot()), `problems` what
    // InterviewSession::problems() says is missing, `candidate` the name for the title,
    // `previous` the version an amendment replaces (null otherwise): what changed is shown.
    SubmitReviewDialog(const core::Interview &interview,
                       std::vector<core::InterviewSeal::Problem> problems,
                       const TaxonomyText &taxonomy, const QString &candidate,
                       const core::Interview *previous = nullptr, QWidget *parent = nullptr);

    // What the user chose; Back until the dialog was accepted.
    Choice choice() const { return m_choice; }
    // The item "Go to" leads to: the first missing one, if any.
    std::optional<core::InterviewSeal::Problem> firstProblem() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void choose(Choice choice);

    std::vector<core::InterviewSeal::Problem> m_problems;
    Choice m_choice = Choice::Back;
    QTextBrowser *m_text;
    QPushButton *m_submit;
    QPushButton *m_goTo; // null when nothing is missing
    QPushButton *m_back;
};

} // namespace hindsight::ui
