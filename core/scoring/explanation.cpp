#include "core/scoring/explanation.h"

#include "core/scoring/scorer.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <set>

namespace hindsight::core {

namespace {

Explanation::RegretRef refTo(const Interview &interview, const Regret &r)
{
    return {interview.id, r.id, interview.interviewer, r.decision, r.level, r.domain, r.depth};
}

std::string quoted(const Explanation::RegretRef &ref)
{
    const std::string what = ref.decision.empty() ? std::string("(no decision text)")
                                                  : fmt::format("\"{}\"", ref.decision);
    return fmt::format("{} ({}, {}{}, depth {})", what, ref.interviewer, Regret::levelId(ref.level),
                       ref.domain.empty() ? "" : " / " + ref.domain, ref.depth);
}

} // namespace

Explanation Explanation::build(const std::vector<Interview> &interviews, const CandidateFigures &c,
                               const Role &, const RoleTarget &target, const Fit &fit)
{
    Explanation e;
    e.breadth = c.breadth;
    e.depth = c.depth;
    e.archetype = c.archetype;
    e.submittedInterviews = c.submittedInterviews;
    e.draftInterviews = c.draftInterviews;
    e.deepestDomain = c.deepestDomain;
    if (auto it = c.domainDepth.find(c.deepestDomain); it != c.domainDepth.end())
        e.deepestDomainDepth = it->second;
    e.target = target;
    e.fit = fit;

    std::set<std::string> layers;
    for (const Interview &i : interviews) {
        if (!i.submitted)
            continue;
        const Regret *deepest = nullptr;
        for (const Regret &r : i.regrets) {
            if (r.depth >= Scorer::MinBreadthDepth && !r.layers.empty()) {
                e.breadthRegrets.push_back(refTo(i, r));
                layers.insert(r.layers.begin(), r.layers.end());
            }
            if (!e.deepestDomain.empty() && r.countsForDepth() && r.domain == e.deepestDomain
                && r.depth > 0 && (!deepest || r.depth > deepest->depth))
                deepest = &r;
        }
        if (deepest)
            e.depthRegrets.push_back(refTo(i, *deepest));
    }
    e.layersCovered.assign(layers.begin(), layers.end());
    return e;
}

std::string Explanation::toText() const
{
    std::string out;
    if (submittedInterviews == 0) {
        out += "No submitted interview yet: breadth and depth are 0";
        out += draftInterviews > 0 ? fmt::format(" ({} draft(s) outstanding).\n", draftInterviews)
                                   : ".\n";
    } else {
        out += fmt::format("Breadth {:.2f}: {} layer(s) touched at depth 2 or more, averaged over "
                           "{} submitted interview(s)",
                           breadth, layersCovered.size(), submittedInterviews);
        out += layersCovered.empty() ? ".\n"
                                     : fmt::format(" ({}).\n", fmt::join(layersCovered, ", "));
        for (const RegretRef &ref : breadthRegrets)
            out += fmt::format("  - {}\n", quoted(ref));
        if (deepestDomain.empty()) {
            out += "Depth 0: no domain-specific or mixed regret with depth above 0.\n";
        } else {
            out += fmt::format("Depth {:.2f}: deepest domain {}, rated {:.2f} of 4 on average.\n",
                               depth, deepestDomain, deepestDomainDepth);
            for (const RegretRef &ref : depthRegrets)
                out += fmt::format("  - {}\n", quoted(ref));
        }
    }
    out += fmt::format("Shape: {}. The role asks for {} (breadth {:.2f}, depth {:.2f}).\n",
                       archetypeId(archetype), archetypeId(target.archetype), target.breadth,
                       target.depth);
    out += fmt::format("Fit {} = 100 - 6 x {:.2f} (breadth gap) - 6 x {:.2f} (depth gap{}) - 2 x "
                       "{:.2f} (excess depth).\n",
                       fit.score, fit.breadthGap, fit.depthGap,
                       fit.depthGapDomain.empty() ? "" : " in " + fit.depthGapDomain, fit.excess);
    for (Risk r : fit.risks) {
        switch (r) {
        case Risk::UnderDepth:
            if (fit.underDepthNotProbed()) {
                out += fmt::format("Risk under-depth (not probed: ask about {}): no submitted "
                                   "interview asked about these domains; missing evidence, not a "
                                   "weakness.\n",
                                   fmt::join(fit.notProbed, ", "));
                break;
            }
            out += "Risk under-depth: the role's specialist domain is deeper than the evidence; "
                   "a generalist would own a system whose failure modes are specialist territory.\n";
            break;
        case Risk::UnderBreadth:
            out += "Risk under-breadth: the role spans more layers than the evidence; expect "
                   "a handoff whenever work crosses a domain boundary.\n";
            break;
        case Risk::OverSpecialization:
            out += "Risk over-specialization: far more depth than this generalist role needs; "
                   "a specialist may build infrastructure a simple product does not need.\n";
            break;
        case Risk::GoodMatch: out += "Good match: no gap large enough to be a risk.\n"; break;
        }
    }
    return out;
}

} // namespace hindsight::core
