#include "ui/report/candidatedossier.h"

#include "core/scoring/scorer.h"
#include "core/storage/store.h"

namespace hindsight::ui {

core::Result<CandidateDossier> CandidateDossier::load(core::Store &store, core::Id candidateId)
{
    CandidateDossier d;
    auto candidate = store.candidate(candidateId);
    if (!candidate)
        return candidate.error();
    d.candidate = std::move(*candidate);
    auto role = store.role(d.candidate.roleId);
    if (!role)
        return role.error();
    d.role = std::move(*role);
    auto taxonomy = store.taxonomy();
    if (!taxonomy)
        return taxonomy.error();
    d.taxonomy = std::move(*taxonomy);
    auto interviews = store.interviews(candidateId);
    if (!interviews)
        return interviews.error();
    auto decisions = store.decisions(candidateId);
    if (!decisions)
        return decisions.error();
    d.decisions = std::move(*decisions);
    auto overrides = store.placementOverrides(candidateId);
    if (!overrides)
        return overrides.error();
    d.overrides = std::move(*overrides);

    const core::Scorer scorer(d.taxonomy.layerCount());
    d.figures = scorer.candidate(*interviews);
    d.target = core::Scorer::target(d.role);
    d.fit = scorer.fit(d.role, d.figures);
    d.explanation = core::Explanation::build(*interviews, d.figures, d.role, d.target, d.fit);
    for (core::Interview &interview : *interviews) {
        if (interview.submitted)
            d.submitted.push_back(std::move(interview));
        else
            ++d.drafts;
    }
    return d;
}

} // namespace hindsight::ui
