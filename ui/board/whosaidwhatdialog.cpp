#include "ui/board/whosaidwhatdialog.h"

#include "ui/board/boardsnapshot.h"
#include "ui/board/whosaidwhatmodel.h"
#include "ui/common/plaintext.h"
#include "ui/common/windowgeometry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight::ui {

WhoSaidWhatDialog::WhoSaidWhatDialog(const BoardEntry &entry, const QString &name,
                                     const core::Taxonomy &taxonomy,
                                     const core::InterviewerDirectory &interviewers, QWidget *parent)
    : QDialog(parent)
    , m_model(new WhoSaidWhatModel(this))
{
    setObjectName(QStringLiteral("whoSaidWhatDialog"));
    setWindowTitle(tr("Who Said What — %1").arg(PlainText::isolate(name)));
    m_model->setInterviews(entry.submitted, taxonomy, &interviewers);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("whoSaidWhatSummary"));
    PlainText::apply({summary});
    summary->setWordWrap(true);
    const int n = m_model->columnCount();
    QString text = tr("%1: %n submitted interview(s), side by side.", nullptr, n).arg(name);
    if (entry.scored.disagreement)
        text += QLatin1Char(' ') + tr("The interviewers disagree; the rows marked ≠ show where.");
    if (entry.scored.figures.draftInterviews > 0)
        text += QLatin1Char(' ')
                + tr("%n draft(s) not shown: a draft is its interviewer's alone until submitted.",
                     nullptr, entry.scored.figures.draftInterviews);
    summary->setText(text);

    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("whoSaidWhatTable"));
    view->setAccessibleName(tr("Interviews side by side"));
    view->setModel(m_model);
    view->setWordWrap(true);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(220);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    WindowGeometry::manage(this, QSize(std::max(640, 280 * n + 160), 640));
}

} // namespace hindsight::ui
