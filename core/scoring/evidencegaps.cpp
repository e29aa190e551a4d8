#include "core/scoring/evidencegaps.h"

#include "core/scoring/scorer.h"

#include <algorithm>

namespace hindsight::core {

namespace {

EvidenceGap::Status statusOf(int interviews, double observed, int required)
{
    if (interviews == 0)
        return EvidenceGap::Status::NotProbed;
    // The same noise allowance as the scorer's thresholds: a mean of 2.9999999 is 3.
    return observed >= required - 1e-9 ? EvidenceGap::Status::Covered : EvidenceGap::Status::Shallow;
}

} // namespace

std::vector<EvidenceGap> EvidenceGaps::classify(const Role &role, const Taxonomy &taxonomy,
                                                const std::vector<Interview> &interviews)
{
    // depth(d) exactly as the candidate's figures have it, drafts left out by the scorer.
    const CandidateFigures figures = Scorer(taxonomy.layers().size()).candidate(interviews);

    std::vector<EvidenceGap> result;
    for (const auto &[domain, required] : role.domainDemands) {
        EvidenceGap gap;
        gap.kind = Taxonomy::Kind::Domain;
        gap.id = domain;
        gap.required = required;
        // A product-level regret that happens to carry a domain is no evidence of depth in it.
        gap.interviews = figures.interviewsProbing(domain);
        auto it = figures.domainDepth.find(domain);
        gap.observed = it == figures.domainDepth.end() ? 0.0 : it->second;
        gap.status = statusOf(gap.interviews, gap.observed, required);
        result.push_back(std::move(gap));
    }

    for (const Taxonomy::Entry &layer : taxonomy.layers()) {
        EvidenceGap gap;
        gap.kind = Taxonomy::Kind::Layer;
        gap.id = layer.id;
        gap.required = Scorer::MinBreadthDepth;
        int deepest = 0;
        for (const Interview &i : interviews) {
            if (!i.submitted)
                continue;
            bool touched = false;
            for (const Regret &r : i.regrets) {
                if (r.layers.count(layer.id) > 0) {
                    touched = true;
                    deepest = std::max(deepest, r.depth);
                }
            }
            if (touched)
                ++gap.interviews;
        }
        gap.observed = deepest;
        gap.status = statusOf(gap.interviews, gap.observed, gap.required);
        result.push_back(std::move(gap));
    }
    return result;
}

} // namespace hindsight::core
