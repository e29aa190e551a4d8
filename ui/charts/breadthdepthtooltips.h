#pragma once

#include "ui/charts/breadthdepthchart.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <optional>

#include <vector>

namespace hindsight::ui {

// What hovering a point of the breadth-versus-depth chart says, and whose point it is: a
// candidate's own, one of their interviews', or a team member's; and what the whole chart says to
// a screen reader. Its words are the chart's (the same translation context).
class BreadthDepthTooltips final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::BreadthDepthChart)

public:
    using Candidate = BreadthDepthChart::Candidate;
    using TeamPoint = BreadthDepthChart::TeamPoint;

    BreadthDepthTooltips() = delete;

    // Name, figures, fit and risks.
    static QString candidate(const Candidate &candidate);
    // Everyone drawn at `point`; an interview's point names its candidate. Empty when nobody is.
    static QString at(const QPointF &point, const std::vector<Candidate> &candidates,
                      const std::vector<TeamPoint> &team);
    // The candidate whose own point, or else one of whose interviews' points, is `point`.
    // The chart in a sentence or two: how many candidates, the target, how many have neither a
    // breadth nor a depth risk, where most of them are, the team.
    static QString summary(const std::vector<Candidate> &candidates,
                           const std::vector<TeamPoint> &team, const std::optional<QPointF> &target);
    // The candidates in the density cell around `value`, best fit first.
    static std::vector<const Candidate *> inCell(const QPointF &value,
                                                 const std::vector<Candidate> &candidates);
    // How many a density cell holds and who, the best fits first.
    static QString cell(const std::vector<const Candidate *> &candidates);
    static const Candidate *owner(const QPointF &point, const std::vector<Candidate> &candidates);
};

} // namespace hindsight::ui
