#include "core/scoring/rolescores.h"

#include "core/scoring/scorer.h"
#include "core/storage/store.h"

namespace hindsight::core {

Result<std::vector<ScoredCandidate>> RoleScores::compute(Store &store, const Role &role)
{
    auto taxonomy = store.taxonomy();
    if (!taxonomy)
        return taxonomy.error();
    auto candidates = store.candidates(role.id);
    if (!candidates)
        return candidates.error();
    auto interviews = store.interviewsForRole(role.id);
    if (!interviews)
        return interviews.error();

    const Scorer scorer(taxonomy->layerCount());
    const std::vector<Interview> none;
    std::vector<ScoredCandidate> result;
    result.reserve(candidates->size());
    for (Candidate &c : *candidates) {
        auto it = interviews->find(c.id);
        ScoredCandidate s;
        s.figures = scorer.candidate(it == interviews->end() ? none : it->second);
        s.fit = scorer.fit(role, s.figures);
        s.disagreement = scorer.disagreement(s.figures);
        s.candidate = std::move(c);
        result.push_back(std::move(s));
    }
    return result;
}

} // namespace hindsight::core
