#include "ui/charts/breadthdepthcontent.h"

#include "core/scoring/scorer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace hindsight::ui {

namespace {

// Figures that round to the same tenth are one point on any chart Hindsight draws.
std::pair<long, long> pointKey(double breadth, double depth)
{
    return {std::lround(breadth * 10), std::lround(depth * 10)};
}

} // namespace

BreadthDepthChart::Candidate BreadthDepthContent::candidate(core::Id id, const QString &name,
                                                            const core::CandidateFigures &figures,
                                                            const core::Fit &fit)
{
    BreadthDepthChart::Candidate c{id,        name, figures.breadth, figures.depth, fit.score,
                                   fit.risks, {}};
    for (const core::InterviewFigures &interview : figures.interviews) {
        int deepest = 0;
        for (const auto &[domain, depth] : interview.domainDepth)
            deepest = std::max(deepest, depth);
        c.interviews.emplace_back(interview.breadth, core::Scorer::DepthScale * deepest);
    }
    return c;
}

double BreadthDepthContent::axisPad(const QRectF &area, double needed, double least)
{
    // pad / (10 + 2 pad) of the side is `needed` pixels.
    const double side = std::min(area.width(), area.height());
    if (side <= 4 * needed)
        return least;
    return std::max(least, 10.0 * needed / (side - 2 * needed));
}

BreadthDepthOverlays::Input BreadthDepthContent::input(const State &s)
{
    using Shape = ChartMarks::Shape;
    BreadthDepthOverlays::Input in;
    in.names = s.names && s.candidates.size() <= std::size_t(BreadthDepthChart::LabelLimit);
    in.density = s.density;
    in.target = s.target;
    in.candidateSize = s.candidateSize;
    in.selectedSize = s.selectedSize;
    in.targetSize = s.targetSize;
    in.interviews = s.interviews;

    std::map<std::pair<long, long>, std::size_t> groupAt;
    int largest = 1;
    for (const BreadthDepthChart::Candidate &c : s.candidates) {
        const QPointF value(c.breadth, c.depth);
        in.candidates << value;
        if (s.selected == c.id)
            in.selected = value;
        const auto [it, added] = groupAt.emplace(pointKey(c.breadth, c.depth), in.groups.size());
        if (added)
            in.groups.push_back({value, {}, false});
        BreadthDepthOverlays::Group &group = in.groups[it->second];
        group.names << c.name;
        largest = std::max(largest, int(group.names.size()));
        if (s.spread == BreadthDepthChart::Spread::All || s.selected == c.id) {
            for (const auto &[breadth, depth] : c.interviews)
                in.spokes << QLineF(value, QPointF(breadth, depth));
        }
    }
    if (in.selected) {
        const auto selected = std::find_if(in.groups.begin(), in.groups.end(), [&](const auto &g) {
            return pointKey(g.value.x(), g.value.y())
                   == pointKey(in.selected->x(), in.selected->y());
        });
        if (selected != in.groups.end())
            std::rotate(in.groups.begin(), selected, selected + 1);
    }
    for (const BreadthDepthChart::TeamPoint &t : s.team)
        in.groups.push_back({QPointF(t.breadth, t.depth), {t.name}, true});

    if (s.density)
        in.legend << ChartLegend::Entry{Shape::Density, tr("Candidates per cell (darker: more)"), {}};
    else if (!s.candidates.empty())
        in.legend << ChartLegend::Entry{Shape::Candidate, tr("Candidate"), {}};
    if (!s.density && largest > 1)
        in.legend << ChartLegend::Entry{Shape::Group, tr("Candidates at one point"),
                                        QString::number(largest)};
    // On the board the legend keeps the entry: selecting a candidate shows its interviews.
    if (!s.interviews.isEmpty()
        || (s.spread == BreadthDepthChart::Spread::SelectedOnly && !s.candidates.empty()))
        in.legend << ChartLegend::Entry{Shape::Interview, tr("One interview"), {}};
    if (s.target) {
        in.legend << ChartLegend::Entry{Shape::Target, tr("Role target"), {}};
        in.legend << ChartLegend::Entry{Shape::Region, tr("No breadth or depth risk"), {}};
    }
    if (!s.team.empty())
        in.legend << ChartLegend::Entry{Shape::Team, tr("Team member"), {}};
    return in;
}

} // namespace hindsight::ui
