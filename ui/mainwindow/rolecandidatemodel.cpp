#include "ui/mainwindow/rolecandidatemodel.h"
#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"

#include "ui/common/rowsync.h"
#include "ui/common/storewatcher.h"
#include "ui/common/terms.h"

#include "core/scoring/scorer.h"
#include "core/storage/store.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <utility>

namespace hindsight::ui {

namespace {

// internalId of a candidate index: its role's id (never 0); 0 marks a role index. An id, not a
// row, so a candidate's persistent index stays right when its role moves (a renamed role).
constexpr quintptr RoleMarker = 0;

} // namespace

RoleCandidateModel::RoleCandidateModel(core::Store &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_watcher(StoreWatcher::acquire(store))
{
    connect(m_watcher.get(), &StoreWatcher::changed, this,
            [this](const std::vector<core::Change> &changes) {
        if (!StoreWatcher::anyVisibleOutsideDraft(changes))
            return;
        if (const core::Error e = reload())
            emit reloadFailed(e);
    });
}

RoleCandidateModel::~RoleCandidateModel() = default;

core::Error RoleCandidateModel::reload()
{
    std::vector<RoleRow> rows;
    core::Error error;
    [&] {
        auto taxonomy = m_store.taxonomy();
        if (!taxonomy) {
            error = taxonomy.error();
            return;
        }
        const core::Scorer scorer(taxonomy->layerCount());
        auto roles = m_store.roles();
        if (!roles) {
            error = roles.error();
            return;
        }
        for (core::Role &role : *roles) {
            auto candidates = m_store.candidates(role.id);
            auto interviews = m_store.interviewsForRole(role.id);
            if (!candidates || !interviews) {
                error = !candidates ? candidates.error() : interviews.error();
                return;
            }
            RoleRow r;
            r.title = Terms::text(role.title);
            r.filterKey = fold(r.title);
            for (core::Candidate &c : *candidates) {
                CandidateRow cr;
                cr.name = Terms::text(c.name);
                cr.filterKey = fold(cr.name + QLatin1Char(' ') + Terms::text(c.email));
                const auto it = interviews->find(c.id);
                const core::CandidateFigures figures = scorer.candidate(
                    it == interviews->end() ? std::vector<core::Interview>{} : it->second);
                cr.submitted = figures.submittedInterviews;
                cr.archetype = figures.archetype;
                cr.fit = scorer.fit(role, figures);
                cr.candidate = std::move(c);
                r.candidates.push_back(std::move(cr));
            }
            r.role = std::move(role);
            rows.push_back(std::move(r));
        }
        }();

    if (error)
        rows.clear();
    emit aboutToSync();
    apply(std::move(rows));
    emit synced();
    return error;
}

void RoleCandidateModel::apply(std::vector<RoleRow> next)
{
    const auto roleKey = [](const RoleRow &r) { return r.role.id; };
    const auto candidateKey = [](const CandidateRow &c) { return c.candidate.id; };

    // Candidates first, under the roles both lists have, so a role's rows are moved with their
    // final children; then the roles themselves.
    for (RoleRow &now : m_roles) {
        const auto it = std::find_if(next.begin(), next.end(),
                                     [&](const RoleRow &r) { return r.role.id == now.role.id; });
        if (it == next.end())
            continue;
        const QModelIndex parent = indexOfRole(now.role.id);
        syncRows(now.candidates, it->candidates, candidateKey, signalsUnder(parent));
    }
    // New roles arrive with their candidates; kept roles keep the children synced above.
    for (RoleRow &r : next) {
        const auto it = std::find_if(m_roles.begin(), m_roles.end(),
                                     [&](const RoleRow &now) { return now.role.id == r.role.id; });
        if (it != m_roles.end())
            r.candidates = it->candidates;
    }
    syncRows(m_roles, std::move(next), roleKey, signalsUnder({}));

    // Every kept row takes its new figures and names.
    if (m_roles.empty())
        return;
    emit dataChanged(index(0, 0), index(int(m_roles.size()) - 1, ColumnCount - 1));
    for (std::size_t r = 0; r < m_roles.size(); ++r) {
        const int count = int(m_roles[r].candidates.size());
        if (count == 0)
            continue;
        const QModelIndex parent = index(int(r), 0);
        emit dataChanged(index(0, 0, parent), index(count - 1, ColumnCount - 1, parent));
    }
}

RowSignals RoleCandidateModel::signalsUnder(const QModelIndex &parent)
{
    const core::Id roleId = parent.isValid() ? m_roles[std::size_t(parent.row())].role.id : 0;
    return rowSignalsFor(this, [this, roleId] {
        return roleId == 0 ? QModelIndex() : indexOfRole(roleId);
    });
}

int RoleCandidateModel::rowOfRole(quintptr roleId) const
{
    for (std::size_t r = 0; r < m_roles.size(); ++r) {
        if (quintptr(m_roles[r].role.id) == roleId)
            return int(r);
    }
    return -1;
}

int RoleCandidateModel::candidateCount() const
{
    int n = 0;
    for (const RoleRow &r : m_roles)
        n += int(r.candidates.size());
    return n;
}

QModelIndex RoleCandidateModel::indexOfCandidate(core::Id id) const
{
    for (std::size_t r = 0; r < m_roles.size(); ++r) {
        const auto &list = m_roles[r].candidates;
        for (std::size_t c = 0; c < list.size(); ++c) {
            if (list[c].candidate.id == id)
                return createIndex(int(c), 0, quintptr(m_roles[r].role.id));
        }
    }
    return {};
}

QModelIndex RoleCandidateModel::indexOfRole(core::Id id) const
{
    for (std::size_t r = 0; r < m_roles.size(); ++r) {
        if (m_roles[r].role.id == id)
            return createIndex(int(r), 0, RoleMarker);
    }
    return {};
}

QString RoleCandidateModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out.append(ch);
    }
    return out.toCaseFolded();
}

QModelIndex RoleCandidateModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_roles.size()) ? createIndex(row, column, RoleMarker) : QModelIndex();
    if (parent.internalId() != RoleMarker || parent.row() >= int(m_roles.size()))
        return {};
    const RoleRow &role = m_roles[std::size_t(parent.row())];
    if (row >= int(role.candidates.size()))
        return {};
    return createIndex(row, column, quintptr(role.role.id));
}

QModelIndex RoleCandidateModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RoleMarker)
        return {};
    const int row = rowOfRole(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, RoleMarker);
}

int RoleCandidateModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roles.size());
    if (parent.internalId() != RoleMarker || parent.column() != 0)
        return 0;
    return int(m_roles[std::size_t(parent.row())].candidates.size());
}

int RoleCandidateModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RoleCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == RoleMarker)
        return roleData(m_roles[std::size_t(index.row())], index.column(), role);
    const int roleRow = rowOfRole(index.internalId());
    if (roleRow < 0)
        return {};
    const RoleRow &parent = m_roles[std::size_t(roleRow)];
    return candidateData(parent, parent.candidates[std::size_t(index.row())], index.column(), role);
}

QVariant RoleCandidateModel::roleData(const RoleRow &row, int column, int role) const
{
    const int count = int(row.candidates.size());
    switch (role) {
    case Qt::DisplayRole:
        // The view spans role rows over all columns, so the count rides with the title.
        return column == NameColumn ? tr("%1 (%2)").arg(row.title, LocaleText::number(count))
                                    : QVariant();
    case Qt::ToolTipRole:
        return PlainText::toolTip(tr("%1, %n candidate(s)", nullptr, count).arg(row.title));
    case Qt::AccessibleTextRole: return tr("%1, %n candidate(s)", nullptr, count).arg(row.title);
    case Qt::FontRole: {
        QFont f = QGuiApplication::font();
        f.setBold(true);
        return f;
    }
    case KindRole: return QVariant::fromValue(Kind::Role);
    case IdRole: return QVariant::fromValue(row.role.id);
    case FilterKeyRole: return row.filterKey;
    default: return {};
    }
}

QVariant RoleCandidateModel::candidateData(const RoleRow &parent, const CandidateRow &row,
                                           int column, int role) const
{
    const bool scored = row.submitted > 0;
    const bool withdrawn = row.candidate.status == core::Candidate::Status::Withdrawn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return withdrawn ? tr("%1 (withdrawn)").arg(row.name) : row.name;
        if (column == FitColumn)
            return scored ? tr("%1%").arg(row.fit.score) : tr("–");
        return scored ? Terms::archetype(row.archetype) : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1: no submitted interview yet").arg(row.name);
        if (scored) {
            QStringList risks;
            for (core::Risk r : row.fit.risks)
                risks << Terms::risk(r);
            // One multi-argument arg(): a name containing "%2" must not be substituted again.
            text = tr("%1: fit %2% for %3, %4; %5")
                       .arg(row.name, LocaleText::number(row.fit.score), parent.title,
                            Terms::archetype(row.archetype), risks.join(tr(", ")));
        }
        return role == Qt::ToolTipRole ? PlainText::toolTip(text) : text;
    }
    case Qt::ForegroundRole:
        if (withdrawn || column == ShapeColumn || !scored)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        return column == FitColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KindRole: return QVariant::fromValue(Kind::Candidate);
    case IdRole: return QVariant::fromValue(row.candidate.id);
    case FilterKeyRole: return row.filterKey;
    case FitRole: return scored ? QVariant(row.fit.score) : QVariant();
    default: return {};
    }
}

QVariant RoleCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Role / candidate");
    case FitColumn: return tr("Fit");
    case ShapeColumn: return tr("Shape");
    }
    return {};
}

} // namespace hindsight::ui
