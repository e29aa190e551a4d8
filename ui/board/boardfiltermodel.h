#pragma once

#include "core/decision.h"
#include "core/scoring/figures.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace hindsight::ui {

// Sorting and filtering of the committee board (over BoardModel): by archetype, by risk, by
// decision ("none" is a choice of its own) and by text. The text matches the name as the board
// shows it, so in blind mode a real name finds nothing.
class BoardFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFilterModel)

public:
    // A decision filter: an outcome, or "no decision recorded yet".
    struct DecisionFilter
    {
        std::optional<core::Decision::Outcome> outcome; // empty: undecided candidates
    };

    explicit BoardFilterModel(QObject *parent = nullptr);

    void setArchetype(std::optional<core::Archetype> archetype);
    void setRisk(std::optional<core::Risk> risk);
    void setDecision(std::optional<DecisionFilter> decision);
    void setText(const QString &text);

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<core::Archetype> m_archetype;
    std::optional<core::Risk> m_risk;
    std::optional<DecisionFilter> m_decision;
    QString m_text; // case-folded
};

} // namespace hindsight::ui
