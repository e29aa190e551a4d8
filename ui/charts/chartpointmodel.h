#pragma once

#include "ui/charts/breadthdepthchart.h"

#include <QAbstractTableModel>

#include <vector>

namespace hindsight::ui {

// The breadth-versus-depth chart as a table, one row per candidate: name, breadth, depth, fit and
// risks, the same figures the chart draws, for whoever cannot or would rather not read a chart
// (a screen reader, the keyboard). Display text as the chart words it; SortRole the raw figure.
class ChartPointModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPointModel)

public:
    enum Column { NameColumn, BreadthColumn, DepthColumn, FitColumn, RisksColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ChartPointModel(QObject *parent = nullptr);

    void setCandidates(const std::vector<BreadthDepthChart::Candidate> &candidates);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<BreadthDepthChart::Candidate> m_candidates;
};

} // namespace hindsight::ui
