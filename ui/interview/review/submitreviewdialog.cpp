#include "ui/interview/review/submitreviewdialog.h"

#include "ui/common/plaintext.h"
#include "ui/common/windowgeometry.h"
#include "ui/interview/review/submitreviewhtml.h"
#include "ui/interview/submitproblems.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hindsight::ui {

SubmitReviewDialog::SubmitReviewDialog(const core::Interview &interview,
                                       std::vector<core::InterviewSeal::Problem> problems,
                                       const TaxonomyText &taxonomy, const QString &candidate,
                                       const core::Interview *previous, QWidget *parent)
    : QDialog(parent)
    , m_problems(std::move(problems))
    , m_text(new QTextBrowser(this))
    , m_submit(nullptr)
    , m_goTo(nullptr)
    , m_back(nullptr)
{
    setObjectName(QStringLiteral("submitReviewDialog"));
    const bool amendment = interview.isAmendment();
    setWindowTitle(amendment
                       ? tr("Review the Amendment — %1").arg(PlainText::isolate(candidate))
                       : tr("Review before Submitting — %1").arg(PlainText::isolate(candidate)));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("submitReviewSummary"));
    intro->setWordWrap(true);
    if (m_problems.empty()) {
        intro->setText(amendment ? tr("This is what version %1 will seal. Enter submits it; Esc "
                                      "goes back to the interview.")
                                       .arg(interview.version)
                                 : tr("This is what will be sealed. Enter submits the interview; "
                                      "Esc goes back to it."));
    } else {
        intro->setText(tr("%n item(s) still missing: the interview cannot be submitted yet. Enter "
                          "goes to the first one; Esc goes back to the interview.",
                          nullptr, int(m_problems.size())));
    }
    intro->setAccessibleName(intro->text());

    m_text->setObjectName(QStringLiteral("submitReviewText"));
    m_text->setAccessibleName(tr("What will be submitted"));
    m_text->setOpenLinks(false);
    m_text->document()->setDocumentMargin(10);
    m_text->setHtml(SubmitReviewHtml::render(interview, m_problems, taxonomy, palette(), previous));

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(amendment ? tr("&Submit Amendment") : tr("&Submit Interview"),
                                  QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitReviewSubmit"));
    if (!m_problems.empty()) {
        m_goTo = buttons->addButton(SubmitProblems::goTo(m_problems.front()),
                                    QDialogButtonBox::ActionRole);
        m_goTo->setObjectName(QStringLiteral("submitReviewGoTo"));
        m_submit->setEnabled(false);
        m_submit->setToolTip(tr("Fill in what is missing first."));
    }
    m_back = buttons->addButton(tr("&Back to the Interview"), QDialogButtonBox::RejectRole);
    m_back->setObjectName(QStringLiteral("submitReviewBack"));

    QPushButton *main = m_goTo ? m_goTo : m_submit;
    // Buttons stay auto-default: Enter on Back goes back, Enter elsewhere takes the main button.
    main->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, [this] { choose(Choice::Submit); });
    if (m_goTo)
        connect(m_goTo, &QPushButton::clicked, this, [this] { choose(Choice::GoToProblem); });
    connect(m_back, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    // The default button first in the tab order, the text to read next.
    setTabOrder(main, m_text);
    WindowGeometry::manage(this, QSize(760, 520));
}

std::optional<core::InterviewSeal::Problem> SubmitReviewDialog::firstProblem() const
{
    if (m_problems.empty())
        return std::nullopt;
    return m_problems.front();
}

void SubmitReviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Enter acts on the button that has the focus: the one the review leads to.
    (m_goTo ? m_goTo : m_submit)->setFocus(Qt::OtherFocusReason);
}

void SubmitReviewDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace hindsight::ui
