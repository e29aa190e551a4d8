#include "ui/board/boardfiltermodel.h"

#include "ui/board/boardmodel.h"
#include "ui/mainwindow/rolecandidatemodel.h"

namespace hindsight::ui {

BoardFilterModel::BoardFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BoardModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void BoardFilterModel::setArchetype(std::optional<core::Archetype> archetype)
{
    m_archetype = archetype;
    invalidateRowsFilter();
}

void BoardFilterModel::setRisk(std::optional<core::Risk> risk)
{
    m_risk = risk;
    invalidateRowsFilter();
}

void BoardFilterModel::setDecision(std::optional<DecisionFilter> decision)
{
    m_decision = decision;
    invalidateRowsFilter();
}

void BoardFilterModel::setText(const QString &text)
{
    m_text = RoleCandidateModel::fold(text.trimmed());
    invalidateRowsFilter();
}

bool BoardFilterModel::isFiltering() const
{
    return m_archetype || m_risk || m_decision || !m_text.isEmpty();
}

bool BoardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, BoardModel::NameColumn, sourceParent);
    if (!m_text.isEmpty()
        && !RoleCandidateModel::fold(name.data(Qt::DisplayRole).toString()).contains(m_text))
        return false;
    if (m_archetype) {
        // A candidate without a submitted interview has no shape yet.
        const int submitted =
            sourceModel()->index(sourceRow, BoardModel::SubmittedColumn, sourceParent).data().toInt();
        if (submitted == 0 || name.data(BoardModel::ArchetypeRole).toInt() != int(*m_archetype))
            return false;
    }
    if (m_risk) {
        const int submitted =
            sourceModel()->index(sourceRow, BoardModel::SubmittedColumn, sourceParent).data().toInt();
        const auto risks = name.data(BoardModel::RisksRole).value<QList<int>>();
        if (submitted == 0 || !risks.contains(int(*m_risk)))
            return false;
    }
    if (m_decision) {
        const int decision = name.data(BoardModel::DecisionRole).toInt();
        const int wanted = m_decision->outcome ? int(*m_decision->outcome) : -1;
        if (decision != wanted)
            return false;
    }
    return true;
}

} // namespace hindsight::ui
