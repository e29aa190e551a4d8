#pragma once

#include "core/candidatemerge.h"
#include "core/decision.h"
#include "core/placementoverride.h"

#include <QAbstractTableModel>

#include <vector>

namespace hindsight::ui {

// A candidate's committee history, newest first: every decision with its rationale, every
// placement override with its reason and every record merged into the candidate, each with when
// and who recorded it. Nothing is edited or removed; a new entry supersedes, the old ones stay.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, WhyColumn, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    // `blind`: the merged records are not named (the board's blind mode shows no name).
    void setHistory(const std::vector<core::Decision> &decisions,
                    const std::vector<core::PlacementOverride> &overrides,
                    const std::vector<core::CandidateMerge> &merges = {}, bool blind = false);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::TimePoint when;
        QString who;
        QString what;
        QString why;
    };
    std::vector<Row> m_rows;
};

} // namespace hindsight::ui
