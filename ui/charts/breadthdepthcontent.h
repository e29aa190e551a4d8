#pragma once

#include "ui/charts/breadthdepthchart.h"
#include "ui/charts/breadthdepthoverlays.h"

#include <QCoreApplication>

namespace hindsight::ui {

// What the breadth-versus-depth chart hands its overlays: candidates grouped by point (the
// selected one's group first, so its name gets the best place), the team, what is kept clear of
// names, and the legend's entries, one for each kind of thing drawn; and the chart's points made
// from core's figures. Its words are the chart's.
class BreadthDepthContent final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::BreadthDepthChart)

public:
    struct State
    {
        const std::vector<BreadthDepthChart::Candidate> &candidates;
        const std::vector<BreadthDepthChart::TeamPoint> &team;
        std::optional<core::Id> selected;
        std::optional<QPointF> target;
        BreadthDepthChart::Spread spread;
        bool names;
        bool density;
        double candidateSize;
        double selectedSize;
        double targetSize;
        QList<QPointF> interviews;
    };

    BreadthDepthContent() = delete;

    static BreadthDepthOverlays::Input input(const State &state);
    // How far the axes run past 0..10 so that `needed` pixels show beyond each edge of a plot
    // area this size: at least `least`; on a plot under four times `needed`, just that.
    static double axisPad(const QRectF &area, double needed, double least);
    // BreadthDepthChart::fromFigures().
    static BreadthDepthChart::Candidate candidate(core::Id id, const QString &name,
                                                  const core::CandidateFigures &figures,
                                                  const core::Fit &fit);
};

} // namespace hindsight::ui
