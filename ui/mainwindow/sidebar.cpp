#include "ui/mainwindow/sidebar.h"

#include "ui/common/plaintext.h"
#include "ui/mainwindow/candidatefiltermodel.h"
#include "ui/mainwindow/rolecandidatemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace hindsight::ui {

Sidebar::Sidebar(RoleCandidateModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new CandidateFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_noMatch(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    // It quotes what the user typed into the filter.
    PlainText::apply({m_noMatch});

    m_filter->setObjectName(QStringLiteral("sidebarFilter"));
    m_filter->setPlaceholderText(
        tr("Filter candidates… (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter candidates"));
    m_filter->setAccessibleDescription(
        tr("Shows only candidates whose name or e-mail contains the text, and every candidate of "
           "a role whose title contains it. Press Down to move to the list."));
    m_filter->installEventFilter(this);

    m_noMatch->setObjectName(QStringLiteral("sidebarNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->setContentsMargins(4, 8, 4, 8);
    m_noMatch->hide();

    m_tree->setObjectName(QStringLiteral("sidebarTree"));
    m_tree->setAccessibleName(tr("Roles and candidates"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RoleCandidateModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RoleCandidateModel::FitColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoleCandidateModel::ShapeColumn, QHeaderView::ResizeToContents);
    header->setSectionsMovable(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree, 1);

    setFocusProxy(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &Sidebar::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, m_tree, qOverload<>(&QWidget::setFocus));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // Once per reload, not once per inserted row: an import adds hundreds at once.
    connect(m_model, &RoleCandidateModel::aboutToSync, this,
            [this] { m_beforeSync = currentCandidate(); });
    connect(m_model, &RoleCandidateModel::synced, this, &Sidebar::rowsChanged);
}

void Sidebar::rowsChanged()
{
    layoutRoles();
    m_tree->setHeaderHidden(m_model->rowCount() == 0);
    // A candidate whose row went away and came back elsewhere (moved to another role) stays
    // selected; the selection only moves on when the candidate is gone.
    if (m_beforeSync && currentCandidate() != m_beforeSync)
        selectCandidate(*m_beforeSync);
    m_beforeSync.reset();
    // Nothing was selected (the list was empty): show the first candidate that arrived.
    if (!m_tree->currentIndex().isValid()) {
        const auto all = candidateIndexes();
        setCurrent(all.isEmpty() ? QModelIndex() : all.first());
    }
    emit visibleCandidatesChanged(visibleCandidateCount());
}

void Sidebar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void Sidebar::restoreSelection(std::optional<core::Id> candidate)
{
    layoutRoles();
    // Column headings over an empty list look like a broken table; the page explains instead.
    m_tree->setHeaderHidden(m_model->rowCount() == 0);
    if (!candidate || !selectCandidate(*candidate)) {
        const auto all = candidateIndexes();
        if (all.isEmpty())
            setCurrent({});
        else
            setCurrent(all.first());
    }
    emit visibleCandidatesChanged(visibleCandidateCount());
}

bool Sidebar::selectCandidate(core::Id id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfCandidate(id));
    if (!index.isValid())
        return false;
    setCurrent(index);
    return true;
}

void Sidebar::selectAdjacentCandidate(int step)
{
    const auto all = candidateIndexes();
    if (all.isEmpty())
        return;
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    qsizetype at = all.indexOf(current);
    if (at < 0) {
        // On a role row (or nothing): its first candidate is "next", the one before it "previous".
        qsizetype first = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (current.isValid() && all[i].parent() == current) {
                first = i;
                break;
            }
        }
        at = step > 0 ? first - 1 : first;
    }
    const qsizetype n = all.size();
    setCurrent(all[((at + step) % n + n) % n]);
}

std::optional<core::Id> Sidebar::currentCandidate() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()
        || current.data(RoleCandidateModel::KindRole).value<RoleCandidateModel::Kind>()
               != RoleCandidateModel::Kind::Candidate)
        return std::nullopt;
    return current.data(RoleCandidateModel::IdRole).value<core::Id>();
}

std::optional<core::Id> Sidebar::currentRole() const
{
    QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    if (current.data(RoleCandidateModel::KindRole).value<RoleCandidateModel::Kind>()
        == RoleCandidateModel::Kind::Candidate)
        current = current.parent();
    if (!current.isValid())
        return std::nullopt;
    return current.data(RoleCandidateModel::IdRole).value<core::Id>();
}

bool Sidebar::selectRole(core::Id id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfRole(id));
    if (!index.isValid())
        return false;
    setCurrent(index);
    return true;
}

void Sidebar::setContextActions(const QList<QAction *> &actions)
{
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions(actions);
}

int Sidebar::visibleCandidateCount() const
{
    return m_proxy->visibleCandidateCount();
}

bool Sidebar::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the filter goes to the list, as in a search field with results below it.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Sidebar::applyFilter(const QString &text)
{
    const std::optional<core::Id> before = currentCandidate();
    m_proxy->setFilterText(text);
    layoutRoles();

    const int visible = m_proxy->visibleCandidateCount();
    m_noMatch->setText(tr("Nothing matches “%1”.").arg(text.trimmed()));
    m_noMatch->setVisible(m_proxy->rowCount() == 0 && !text.trimmed().isEmpty());

    // Search as you type: when the shown candidate was filtered away, show the first match.
    if (!before || !selectCandidate(*before)) {
        const auto all = candidateIndexes();
        if (!all.isEmpty())
            setCurrent(all.first());
    }
    emit visibleCandidatesChanged(visible);
}

void Sidebar::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        emit selectionCleared();
        return;
    }
    const auto id = current.data(RoleCandidateModel::IdRole).value<core::Id>();
    if (current.data(RoleCandidateModel::KindRole).value<RoleCandidateModel::Kind>()
        == RoleCandidateModel::Kind::Candidate)
        emit candidateSelected(id);
    else
        emit roleSelected(id);
}

QList<QModelIndex> Sidebar::candidateIndexes() const
{
    QList<QModelIndex> out;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex role = m_proxy->index(r, 0);
        for (int c = 0; c < m_proxy->rowCount(role); ++c)
            out << m_proxy->index(c, 0, role);
    }
    return out;
}

void Sidebar::layoutRoles()
{
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_tree->setFirstColumnSpanned(r, {}, true);
    m_tree->expandAll();
}

void Sidebar::setCurrent(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_tree->selectionModel()->clear();
        emit selectionCleared();
        return;
    }
    m_tree->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    m_tree->scrollTo(proxyIndex);
}

} // namespace hindsight::ui
