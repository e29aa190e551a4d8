#pragma once

#include "ui/board/boardsnapshot.h"

#include "ui/common/rowsync.h"

#include <QAbstractTableModel>

#include <memory>

namespace hindsight::ui {

class TaxonomyText;

// The committee board's table: one row per candidate of the role with the formula's figures
// first, the committee's placement beside them (never instead), drafts outstanding, the level mix,
// the disagreement flag, evidence gaps and the latest decision. In blind mode every name the
// model gives out, tooltips included, is the candidate's alias.
class BoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardModel)

public:
    enum Column {
        NameColumn,
        SubmittedColumn,
        DraftsColumn,
        BreadthColumn,
        DepthColumn,
        ArchetypeColumn,
        FitColumn,
        RisksColumn,
        PlacementColumn, // the committee's override, when there is one
        LevelMixColumn,
        DisagreementColumn,
        GapsColumn,
        DecisionColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1, // core::Id of the candidate
        SortRole,                  // a number or folded text that sorts as the column means
        ArchetypeRole,             // int(core::Archetype)
        RisksRole,                 // QList<int> of core::Risk
        DecisionRole,              // int(core::Decision::Outcome), or -1 without a decision
        LevelMixRole,              // QList<int>: product, domain, mixed, unclear
    };

    explicit BoardModel(QObject *parent = nullptr);
    ~BoardModel() override;

    void setSnapshot(BoardSnapshot snapshot);
    const BoardSnapshot &snapshot() const { return m_snapshot; }
    void setBlind(bool blind);
    bool isBlind() const { return m_blind; }

    const BoardEntry *entryAt(int row) const;
    QModelIndex indexOf(core::Id candidateId, int column = NameColumn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Plain texts shared with the CSV export, so a file says what the table says.
    // The risks, an under-depth from unprobed domains marked "not probed" with the domains to ask.
    QString risksText(const core::Fit &fit) const;
    static QString levelMixText(const core::LevelMix &mix);
    QString gapsText(const BoardEntry &entry) const;
    static QString placementText(const BoardEntry &entry);

private:
    friend RowSignals rowSignalsFor<BoardModel>(BoardModel *, std::function<QModelIndex()>);
    QVariant display(const BoardEntry &e, int column) const;
    QVariant sortKey(const BoardEntry &e, int column) const;
    QString toolTip(const BoardEntry &e, int column) const;

    BoardSnapshot m_snapshot;
    std::unique_ptr<TaxonomyText> m_taxonomyText;
    bool m_blind = false;
};

} // namespace hindsight::ui
