#include "ui/charts/breadthdepthtooltips.h"

#include "ui/common/terms.h"

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

} // namespace hindsight::ui
