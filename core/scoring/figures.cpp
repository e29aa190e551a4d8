#include "core/scoring/figures.h"

#include <algorithm>

namespace hindsight::core {

std::string_view archetypeId(Archetype a)
{
    switch (a) {
    case Archetype::Generalist: return "generalist";
    case Archetype::Specialist: return "specialist";
    case Archetype::TShaped: return "t-shaped";
    case Archetype::Developing: return "developing";
    }
    return "developing";
}

std::string_view riskId(Risk r)
{
    switch (r) {
    case Risk::UnderDepth: return "under-depth";
    case Risk::UnderBreadth: return "under-breadth";
    case Risk::OverSpecialization: return "over-specialization";
    case Risk::GoodMatch: return "good-match";
    }
    return "good-match";
}

int LevelMix::count(Regret::Level level) const
{
    switch (level) {
    case Regret::Level::Product: return product;
    case Regret::Level::Domain: return domain;
    case Regret::Level::Mixed: return mixed;
    case Regret::Level::Unclear: return unclear;
    }
    return 0;
}

void LevelMix::add(Regret::Level level)
{
    switch (level) {
    case Regret::Level::Product: ++product; break;
    case Regret::Level::Domain: ++domain; break;
    case Regret::Level::Mixed: ++mixed; break;
    case Regret::Level::Unclear: ++unclear; break;
    }
}

std::set<Regret::Level> LevelMix::modes() const
{
    std::set<Regret::Level> result;
    const int best = std::max({product, domain, mixed, unclear});
    if (best == 0)
        return result;
    for (auto l : {Regret::Level::Product, Regret::Level::Domain, Regret::Level::Mixed,
                   Regret::Level::Unclear}) {
        if (count(l) == best)
            result.insert(l);
    }
    return result;
}

int CandidateFigures::interviewsProbing(const std::string &domain) const
{
    // InterviewFigures::domainDepth holds every domain a domain or mixed regret was tagged with,
    // rated 0 or more, so presence is exactly "probed".
    return int(std::count_if(interviews.begin(), interviews.end(), [&](const InterviewFigures &i) {
        return i.domainDepth.count(domain) > 0;
    }));
}

} // namespace hindsight::core
