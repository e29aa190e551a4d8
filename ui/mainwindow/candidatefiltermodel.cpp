#include "ui/mainwindow/candidatefiltermodel.h"

#include "ui/mainwindow/rolecandidatemodel.h"

namespace hindsight::ui {

CandidateFilterModel::CandidateFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Keeps a role row whenever one of its candidates is accepted.
    setRecursiveFilteringEnabled(true);
}

void CandidateFilterModel::setFilterText(const QString &text)
{
    const QString folded = RoleCandidateModel::fold(text.trimmed());
    m_text = text;
    if (folded == m_folded)
        return;
    m_folded = folded;
    invalidateFilter();
}

void CandidateFilterModel::setExcludedCandidate(std::optional<core::Id> candidate)
{
    if (candidate == m_excluded)
        return;
    m_excluded = candidate;
    invalidateFilter();
}

int CandidateFilterModel::visibleCandidateCount() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r)
        n += rowCount(index(r, 0));
    return n;
}

bool CandidateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_excluded) {
        // A role stays through its candidates (recursive filtering), never empty by itself.
        if (!sourceParent.isValid())
            return false;
        if (source.data(RoleCandidateModel::IdRole).value<core::Id>() == *m_excluded)
            return false;
    }
    if (m_folded.isEmpty())
        return true;
    if (matches(source))
        return true;
    // A candidate of a role whose title matches: the user asked for that role's people.
    return sourceParent.isValid() && matches(sourceParent);
}

bool CandidateFilterModel::matches(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(RoleCandidateModel::FilterKeyRole).toString().contains(m_folded);
}

} // namespace hindsight::ui
