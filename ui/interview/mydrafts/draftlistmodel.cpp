#include "ui/interview/mydrafts/draftlistmodel.h"

#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"
#include "ui/common/storewatcher.h"
#include "ui/common/terms.h"

#include "core/storage/store.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace hindsight::ui {

namespace {

QString when(core::TimePoint time)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(time.time_since_epoch().count()),
                              QLocale::ShortFormat);
}

} // namespace

DraftListModel::DraftListModel(core::Store &store, const core::Interviewer &interviewer,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_watcher(StoreWatcher::acquire(store))
    , m_interviewer(interviewer)
{
    connect(m_watcher.get(), &StoreWatcher::changed, this, &DraftListModel::follow);
}

DraftListModel::~DraftListModel() = default;

void DraftListModel::setShowOthers(bool show)
{
    if (show == m_showOthers)
        return;
    m_showOthers = show;
    if (const core::Error e = reload())
        emit reloadFailed(e);
}

void DraftListModel::follow(const std::vector<core::Change> &changes)
{
    using Kind = core::Change::Kind;
    // A draft begun, written to (its last change, its notes), submitted or discarded; a candidate
    // or role renamed. Decisions, overrides, the team and the taxonomy show nowhere here.
    const bool concerns = std::any_of(changes.begin(), changes.end(), [](const core::Change &c) {
        switch (c.kind) {
        case Kind::Interview:
        case Kind::DraftContent:
        case Kind::Candidate:
        case Kind::Role:
        case Kind::Dataset: return true;
        default: return false;
        }
    });
    if (!concerns)
        return;
    if (const core::Error e = reload())
        emit reloadFailed(e);
}

core::Error DraftListModel::reload()
{
    auto drafts = m_store.drafts();
    if (!drafts)
        return drafts.error();
    std::vector<core::DraftSummary> shown;
    int hidden = 0;
    for (core::DraftSummary &d : *drafts) {
        if (m_showOthers || core::Interviewer::of(d).isSameAs(m_interviewer))
            shown.push_back(std::move(d));
        else
            ++hidden;
    }
    m_hidden = hidden;
    // Rows in place, so the selection stays on its draft while others come and go.
    const RowSignals s = rowSignalsFor(this, [] { return QModelIndex(); });
    syncRows(
        m_rows, std::move(shown), [](const core::DraftSummary &d) { return d.interviewId; }, s);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit reloaded();
    return {};
}

bool DraftListModel::isMine(int row) const
{
    return core::Interviewer::of(m_rows[std::size_t(row)]).isSameAs(m_interviewer);
}

QString DraftListModel::interviewerText() const
{
    return Terms::interviewer(m_interviewer);
}

int DraftListModel::rowOf(core::Id interviewId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [interviewId](const core::DraftSummary &d) {
        return d.interviewId == interviewId;
    });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DraftListModel::text(int row, int column) const
{
    const core::DraftSummary &d = m_rows[std::size_t(row)];
    switch (column) {
    case CandidateColumn: return Terms::text(d.candidateName);
    case RoleColumn: return Terms::text(d.roleTitle);
    case InterviewerColumn: return Terms::interviewer(core::Interviewer::of(d));
    case StartedColumn: return when(d.startedAt);
    case ChangedColumn: return when(d.updatedAt);
    case NotesColumn: return LocaleText::number(d.notes);
    case KindColumn:
        return d.version > 1 ? tr("Amendment (version %1)").arg(d.version) : tr("Interview");
    default: return {};
    }
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const core::DraftSummary &d = m_rows[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole: return text(row, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == NotesColumn)
            return tr("%n note(s)", nullptr, d.notes);
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (!isMine(row)) {
            return PlainText::toolTip(
                tr("Recorded under the name %1, not yours (%2): only %1 reopens it. You may "
                   "discard it.")
                    .arg(Terms::interviewer(core::Interviewer::of(d)), interviewerText()));
        }
        if (d.version > 1)
            return tr("An amendment of a submitted interview, in progress: the submitted version "
                      "stays as it is until this one is submitted.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NotesColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                             : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!isMine(row)) {
            // Someone else's name: set apart in shape, not only by the interviewer column.
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case InterviewIdRole: return qlonglong(d.interviewId);
    case MineRole: return isMine(row);
    default: return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CandidateColumn: return tr("Candidate");
    case RoleColumn: return tr("Role");
    case InterviewerColumn: return tr("Interviewer");
    case StartedColumn: return tr("Started");
    case ChangedColumn: return tr("Last change");
    case NotesColumn: return tr("Notes");
    case KindColumn: return tr("Kind");
    default: return {};
    }
}

} // namespace hindsight::ui
