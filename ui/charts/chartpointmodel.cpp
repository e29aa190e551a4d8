#include "ui/charts/chartpointmodel.h"

#include "ui/common/terms.h"

#include <QStringList>

namespace hindsight::ui {

ChartPointModel::ChartPointModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChartPointModel::setCandidates(const std::vector<BreadthDepthChart::Candidate> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

int ChartPointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int ChartPointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartPointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreadthDepthChart::Candidate &c = m_candidates[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole) {
        const bool figure = index.column() != NameColumn && index.column() != RisksColumn;
        return QVariant::fromValue(Qt::Alignment((figure ? Qt::AlignRight : Qt::AlignLeft)
                                                 | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return c.name;
    case BreadthColumn:
        return role == SortRole ? QVariant(c.breadth) : QVariant(Terms::figure(c.breadth));
    case DepthColumn:
        return role == SortRole ? QVariant(c.depth) : QVariant(Terms::figure(c.depth));
    case FitColumn: return c.fit;
    case RisksColumn: {
        QStringList risks;
        for (core::Risk risk : c.risks)
            risks << Terms::risk(risk);
        return risks.join(tr(", "));
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant ChartPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Candidate");
    case BreadthColumn: return tr("Breadth");
    case DepthColumn: return tr("Depth");
    case FitColumn: return tr("Fit");
    case RisksColumn: return tr("Risks");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hindsight::ui
