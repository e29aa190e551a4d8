#include "ui/candidate/evidenceview.h"

#include "ui/candidate/evidenceactions.h"
#include "ui/candidate/evidencedetail.h"
#include "ui/candidate/interviewevidencemodel.h"
#include "ui/common/columnchooser.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>

namespace hindsight::ui {

EvidenceView::EvidenceView(QWidget *parent)
    : QWidget(parent)
    , m_model(new InterviewEvidenceModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(m_splitter))
    , m_detail(new EvidenceDetail(m_splitter))
    , m_actions(new EvidenceActions(m_tree))
{
    m_tree->setObjectName(QStringLiteral("evidenceTree"));
    m_tree->setAccessibleName(tr("Interviews, regrets and notes"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InterviewEvidenceModel::TextColumn, QHeaderView::Stretch);
    for (int c : {InterviewEvidenceModel::TimeColumn, InterviewEvidenceModel::KindColumn,
                  InterviewEvidenceModel::DepthColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InterviewEvidenceModel::DomainColumn,
                                 QHeaderView::ResizeToContents);
    // Layers can be a long list; the detail pane and the tooltip have it in full.
    header->resizeSection(InterviewEvidenceModel::LayersColumn, 130);
    m_tree->setIndentation(16);
    // Beside the detail pane on a laptop the table is narrow: the user picks what it shows.
    auto *columns = new ColumnChooser(m_tree);
    columns->setAlwaysShown(InterviewEvidenceModel::TextColumn);
    columns->restore();

    m_splitter->setObjectName(QStringLiteral("evidenceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({2000, 1000});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidenceView::showCurrent);

    connect(m_actions->action(EvidenceActions::Id::Open), &QAction::triggered, this, [this] {
        if (const core::Id id = currentInterviewId())
            emit openRequested(id);
    });
    connect(m_actions->action(EvidenceActions::Id::Amend), &QAction::triggered, this, [this] {
        if (const core::Id id = currentInterviewId())
            emit amendRequested(id);
    });
    connect(m_tree, &QTreeView::doubleClicked, this,
            [this] { m_actions->action(EvidenceActions::Id::Open)->trigger(); });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &EvidenceView::showContextMenu);
}

core::Id EvidenceView::currentInterviewId() const
{
    const core::Interview *iv = m_model->interview(m_tree->currentIndex());
    return iv ? iv->id : 0;
}

void EvidenceView::showContextMenu(const QPoint &at)
{
    if (!m_tree->indexAt(at).isValid() && !m_tree->currentIndex().isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true); // a disabled Amend says why
    menu->addActions(m_actions->all());
    // popup(), not exec(): no nested event loop.
    menu->popup(m_tree->viewport()->mapToGlobal(at));
}

void EvidenceView::setInterviews(std::vector<core::Interview> interviews,
                                 const TaxonomyText &taxonomy, Place place,
                                 std::vector<core::Interview> earlier)
{
    // The row in focus as a path of row numbers, and the scroll position, to come back to when
    // the same candidate's evidence is read again after a change.
    std::vector<int> path;
    for (QModelIndex i = m_tree->currentIndex(); i.isValid(); i = i.parent())
        path.insert(path.begin(), i.row());
    const int scroll = m_tree->verticalScrollBar()->value();

    m_model->setInterviews(std::move(interviews), taxonomy, std::move(earlier));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        m_tree->setFirstColumnSpanned(r, {}, true);
        // Earlier versions are one line of text too.
        const QModelIndex interview = m_model->index(r, 0);
        for (int c = 0; c < m_model->rowCount(interview); ++c) {
            if (m_model->kind(m_model->index(c, 0, interview))
                == InterviewEvidenceModel::Kind::Version)
                m_tree->setFirstColumnSpanned(c, interview, true);
        }
    }
    m_tree->expandAll();

    QModelIndex current;
    if (place == Place::Keep) {
        for (int row : path) {
            const QModelIndex next = m_model->index(row, 0, current);
            if (!next.isValid())
                break;
            current = next;
        }
    }
    if (!current.isValid()) {
        // Start on the first regret: it is what the figures were computed from.
        current = m_model->index(0, 0);
        for (int c = 0; c < m_model->rowCount(current); ++c) {
            const QModelIndex child = m_model->index(c, 0, current);
            if (m_model->kind(child) != InterviewEvidenceModel::Kind::Version) {
                current = child;
                break;
            }
        }
    }
    m_tree->setCurrentIndex(current);
    if (place == Place::Keep)
        m_tree->verticalScrollBar()->setValue(scroll);
    showCurrent();
}

void EvidenceView::showRegret(core::Id regretId)
{
    const QModelIndex index = m_model->indexOfRegret(regretId);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void EvidenceView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showCurrent();
}

void EvidenceView::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    m_actions->setVersion(m_model->interview(current));
    m_detail->showIndex(m_model, current, m_actions->hint());
}

} // namespace hindsight::ui
