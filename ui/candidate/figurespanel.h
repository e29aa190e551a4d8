#pragma once

#include "core/scoring/figures.h"

#include <QWidget>

class QLabel;

namespace hindsight::ui {

class FigureCard;
class RiskChips;
class TaxonomyText;

// The candidate's figures against the role's target: fit, breadth, depth and shape as large
// numbers, each with the role's value beside it, and the risks in plain words.
class FiguresPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresPanel)

public:
    explicit FiguresPanel(QWidget *parent = nullptr);

    // `taxonomy` labels the domains the risks name.
    void setFigures(const core::CandidateFigures &candidate, const core::RoleTarget &target,
                    const core::Fit &fit, const TaxonomyText &taxonomy);

private:
    FigureCard *m_fit;
    FigureCard *m_breadth;
    FigureCard *m_depth;
    FigureCard *m_archetype;
    QLabel *m_risksCaption;
    RiskChips *m_risks;
};

} // namespace hindsight::ui
