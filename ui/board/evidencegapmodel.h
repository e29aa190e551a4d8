#pragma once

#include "core/scoring/evidencegaps.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace hindsight::ui {

class TaxonomyText;

// A candidate's evidence per demanded domain and per layer (core::EvidenceGaps). "Not probed" is
// worded and styled apart from "probed, shallow", so missing evidence does not read as weakness.
class EvidenceGapModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceGapModel)

public:
    enum Column {
        KindColumn,
        EntryColumn,
        StatusColumn,
        DepthColumn,
        InterviewsColumn,
        ColumnCount
    };
    enum Roles { StatusRole = Qt::UserRole + 1 }; // int(core::EvidenceGap::Status)

    explicit EvidenceGapModel(QObject *parent = nullptr);
    ~EvidenceGapModel() override;

    void setGaps(std::vector<core::EvidenceGap> gaps, const core::Taxonomy &taxonomy);

    static QString statusText(core::EvidenceGap::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::EvidenceGap> m_gaps;
    std::unique_ptr<TaxonomyText> m_text;
};

} // namespace hindsight::ui
