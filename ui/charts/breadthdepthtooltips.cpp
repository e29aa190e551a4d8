#include "ui/charts/breadthdepthtooltips.h"

#include "ui/charts/densitygrid.h"
#include "ui/common/terms.h"

#include <algorithm>
#include <cmath>

#include <QStringList>

namespace hindsight::ui {

QString BreadthDepthTooltips::candidate(const Candidate &candidate)
{
    QStringList risks;
    for (core::Risk risk : candidate.risks)
        risks.append(Terms::risk(risk));
    return tr("%1\nBreadth %2 · depth %3\nFit %4\n%5")
        .arg(candidate.name, Terms::figure(candidate.breadth), Terms::figure(candidate.depth))
        .arg(candidate.fit)
        .arg(risks.join(tr(", ")));
}

const BreadthDepthTooltips::Candidate *
BreadthDepthTooltips::owner(const QPointF &point, const std::vector<Candidate> &candidates)
{
    for (const Candidate &c : candidates) {
        if (QPointF(c.breadth, c.depth) == point)
            return &c;
    }
    for (const Candidate &c : candidates) {
        for (const auto &[breadth, depth] : c.interviews) {
            if (QPointF(breadth, depth) == point)
                return &c;
        }
    }
    return nullptr;
}

QString BreadthDepthTooltips::at(const QPointF &point, const std::vector<Candidate> &candidates,
                                 const std::vector<TeamPoint> &team)
{
    QStringList parts;
    for (const Candidate &c : candidates) {
        if (QPointF(c.breadth, c.depth) == point)
            parts << candidate(c);
    }
    if (parts.isEmpty()) {
        if (const Candidate *interviewed = owner(point, candidates))
            parts << tr("One interview of %1\nBreadth %2 · depth %3")
                         .arg(interviewed->name, Terms::figure(point.x()), Terms::figure(point.y()));
    }
    for (const TeamPoint &t : team) {
        if (QPointF(t.breadth, t.depth) == point)
            parts << tr("%1 (team member)\nBreadth %2 · depth %3")
                         .arg(t.name, Terms::figure(t.breadth), Terms::figure(t.depth));
    }
    return parts.join(QStringLiteral("\n\n"));
}

std::vector<const BreadthDepthTooltips::Candidate *>
BreadthDepthTooltips::inCell(const QPointF &value, const std::vector<Candidate> &candidates)
{
    const auto index = [](double v) { return std::floor(v / DensityGrid::ChartStep + 0.5); };
    std::vector<const Candidate *> found;
    for (const Candidate &c : candidates) {
        if (index(c.breadth) == index(value.x()) && index(c.depth) == index(value.y()))
            found.push_back(&c);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate *a, const Candidate *b) { return a->fit > b->fit; });
    return found;
}

QString BreadthDepthTooltips::cell(const std::vector<const Candidate *> &candidates)
{
    constexpr std::size_t Named = 8;
    QStringList lines{tr("%n candidate(s) in this cell", "", int(candidates.size()))};
    for (std::size_t i = 0; i < candidates.size() && i < Named; ++i)
        lines << tr("%1 (fit %2)").arg(candidates[i]->name).arg(candidates[i]->fit);
    if (candidates.size() > Named)
        lines << tr("and %n more", "", int(candidates.size() - Named));
    return lines.join(QLatin1Char('\n'));
}

QString BreadthDepthTooltips::summary(const std::vector<Candidate> &candidates,
                                      const std::vector<TeamPoint> &team,
                                      const std::optional<QPointF> &target)
{
    QStringList parts;
    parts << tr("%n candidate(s)", "", int(candidates.size()));
    if (target) {
        parts << tr("role target at breadth %1, depth %2")
                     .arg(Terms::figure(target->x()), Terms::figure(target->y()));
        const auto clear = std::count_if(candidates.begin(), candidates.end(), [](const auto &c) {
            return std::none_of(c.risks.begin(), c.risks.end(), [](core::Risk r) {
                return r == core::Risk::UnderBreadth || r == core::Risk::UnderDepth;
            });
        });
        parts << tr("%n without a breadth or depth risk", "", int(clear));
    }
    if (candidates.size() > 1) {
        QList<QPointF> points;
        for (const Candidate &c : candidates)
            points << QPointF(c.breadth, c.depth);
        const std::vector<DensityGrid::Cell> cells = DensityGrid::count(points,
                                                                        DensityGrid::ChartStep);
        const auto most = std::max_element(cells.begin(), cells.end(),
                                           [](const auto &a, const auto &b) {
            return a.count < b.count;
        });
        if (most->count > 1)
            parts << tr("most at breadth %1, depth %2 (%n candidate(s))", "", most->count)
                         .arg(Terms::figure(most->centre.x()), Terms::figure(most->centre.y()));
    }
    if (!team.empty())
        parts << tr("%n team member(s)", "", int(team.size()));
    return parts.join(tr("; ")) + tr(".");
}

} // namespace hindsight::ui
