#include "ui/candidate/candidatemergedialog.h"

#include "ui/common/plaintext.h"
#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"
#include "ui/interchange/erasuretext.h"
#include "ui/mainwindow/candidatefiltermodel.h"
#include "ui/mainwindow/rolecandidatemodel.h"

#include "core/storage/sqlite/candidaterows.h"
#include "core/storage/store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QTreeView>
#include <QVBoxLayout>

namespace hindsight::ui {

namespace {

QString isolated(const std::string &text)
{
    return PlainText::isolate(Terms::text(text));
}

// What moves with a candidate, read through the Store (current versions of the interviews, as
// the candidate page shows them), in the words an erasure uses for the same rows.
core::Result<core::CandidateHoldings> holdingsOf(core::Store &store, core::Id id)
{
    core::CandidateHoldings held;
    auto interviews = store.interviews(id);
    if (!interviews)
        return interviews.error();
    for (const core::Interview &i : *interviews) {
        ++held.interviews;
        held.drafts += i.submitted ? 0 : 1;
        held.regrets += int(i.regrets.size());
        held.notes += int(i.notes.size());
    }
    auto decisions = store.decisions(id);
    if (!decisions)
        return decisions.error();
    held.decisions = int(decisions->size());
    auto overrides = store.placementOverrides(id);
    if (!overrides)
        return overrides.error();
    held.overrides = int(overrides->size());
    return held;
}

} // namespace

CandidateMergeDialog::CandidateMergeDialog(core::Store &store, RoleCandidateModel *candidates,
                                           const core::Candidate &keep, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_candidates(candidates)
    , m_keep(keep)
    , m_proxy(new CandidateFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("candidateMergeDialog"));
    setWindowTitle(tr("Merge Candidate"));
    const QString name = isolated(keep.name);

    auto *intro = new QLabel(tr("Two records of the same person become one: %1 is kept. Pick the "
                                "other record; everything recorded about it moves to %1, and it "
                                "is deleted.")
                                 .arg(name),
                             this);
    intro->setObjectName(QStringLiteral("candidateMergeIntro"));
    intro->setWordWrap(true);

    m_proxy->setExcludedCandidate(keep.id);
    m_proxy->setSourceModel(m_candidates);
    m_filter->setObjectName(QStringLiteral("candidateMergeFilter"));
    m_filter->setAccessibleName(tr("Find the other record"));
    m_filter->setAccessibleDescription(tr("Narrows the list by name, e-mail or role. Press Down "
                                          "to move to the list."));
    m_filter->setPlaceholderText(tr("Name, e-mail or role"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    auto *find = new QLabel(tr("&Find:"), this);
    find->setBuddy(m_filter);

    m_tree->setObjectName(QStringLiteral("candidateMergeList"));
    m_tree->setAccessibleName(tr("Candidates to merge into %1").arg(name));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    for (int column : {RoleCandidateModel::FitColumn, RoleCandidateModel::ShapeColumn})
        m_tree->setColumnHidden(column, true);
    m_tree->expandAll();

    m_summary->setObjectName(QStringLiteral("candidateMergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 5);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    PlainText::apply({intro, m_summary});

    QPushButton *merge = m_buttons->button(QDialogButtonBox::Ok);
    merge->setText(tr("&Merge"));
    merge->setObjectName(QStringLiteral("candidateMergeButton"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(find);
    findRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(findRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &CandidateMergeDialog::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CandidateMergeDialog::describe);
    // The list follows the store as the sidebar does: roles stay open, the summary stays true.
    connect(m_candidates, &RoleCandidateModel::synced, this, [this] {
        m_tree->expandAll();
        describe();
    });
    describe();
    WindowGeometry::manage(this, QSize(560, 520));
    m_filter->setFocus(Qt::OtherFocusReason);
}

std::optional<core::Id> CandidateMergeDialog::other() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()
        || current.data(RoleCandidateModel::KindRole).value<RoleCandidateModel::Kind>()
               != RoleCandidateModel::Kind::Candidate)
        return std::nullopt;
    return current.data(RoleCandidateModel::IdRole).value<core::Id>();
}

bool CandidateMergeDialog::selectOther(core::Id id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_candidates->indexOfCandidate(id));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

bool CandidateMergeDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the field goes to the list, as in the sidebar.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CandidateMergeDialog::applyFilter(const QString &text)
{
    m_proxy->setFilterText(text);
    m_tree->expandAll();
    // Search as you type: the first match is picked, so Enter merges what the summary names.
    if (other() || m_proxy->rowCount() == 0 || text.trimmed().isEmpty()) {
        describe();
        return;
    }
    m_tree->setCurrentIndex(m_proxy->index(0, 0, m_proxy->index(0, 0)));
}

void CandidateMergeDialog::describe()
{
    const std::optional<core::Id> id = other();
    const QString text = id ? consequences(*id) : QString();
    m_summary->setText(
        !id              ? (m_proxy->rowCount() == 0
                                ? tr("No other candidate matches.")
                                : tr("Pick the other record of %1 in the list.").arg(isolated(m_keep.name)))
        : text.isEmpty() ? tr("That candidate could not be read; it may have just been deleted.")
                         : text);
    m_summary->setAccessibleName(m_summary->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(id && !text.isEmpty());
}

QString CandidateMergeDialog::consequences(core::Id otherId) const
{
    const auto other = m_store.candidate(otherId);
    const auto keepRole = m_store.role(m_keep.roleId);
    const auto otherRole = other ? m_store.role(other->roleId)
                                 : core::Result<core::Role>(other.error());
    const auto held = other ? holdingsOf(m_store, otherId)
                            : core::Result<core::CandidateHoldings>(other.error());
    const auto merges = m_store.candidateMerges(otherId);
    if (!other || !keepRole || !otherRole || !held || !merges)
        return {};
    const QString keepName = isolated(m_keep.name);
    const QString goneName = isolated(other->name);
    QStringList lines;
    lines << (other->email.empty()
                  ? tr("Picked: %1, applied for %2.").arg(goneName, isolated(otherRole->title))
                  : tr("Picked: %1, %2, applied for %3.")
                        .arg(goneName, isolated(other->email), isolated(otherRole->title)));
    lines << tr("Moves from %1 to %2: %3.")
                 .arg(goneName, keepName, interchange::ErasureText::holdings(*held));
    if (!merges->empty()) {
        lines << tr("The %n earlier merge(s) into %1 move too.", nullptr, int(merges->size()))
                     .arg(goneName);
    }
    if (other->roleId != m_keep.roleId) {
        lines << tr("They applied for different roles: %1 keeps %2, so what moves counts for %2.")
                     .arg(keepName, isolated(keepRole->title));
    }
    if (m_keep.email.empty() && !other->email.empty())
        lines << tr("%1 takes the e-mail %2.").arg(keepName, isolated(other->email));
    if (m_keep.profileLink.empty() && !other->profileLink.empty())
        lines << tr("%1 takes the link to the CV or profile.").arg(keepName);
    lines << tr("%1 is deleted; the merge stays in %2's committee history.").arg(goneName, keepName);
    return lines.join(QLatin1Char('\n'));
}

} // namespace hindsight::ui
