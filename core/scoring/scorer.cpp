#include "core/scoring/scorer.h"

#include <algorithm>
#include <cmath>

namespace hindsight::core {

Scorer::Scorer(std::size_t layerCount)
    : m_layerCount(layerCount)
{
}

InterviewFigures Scorer::interview(const Interview &interview) const
{
    InterviewFigures f;
    f.interviewId = interview.id;
    f.interviewer = interview.interviewer;
    f.interviewerEmail = interview.interviewerEmail;
    f.startedAt = interview.startedAt;
    for (const Regret &r : interview.regrets) {
        f.mix.add(r.level);
        if (r.depth >= MinBreadthDepth)
            f.layers.insert(r.layers.begin(), r.layers.end());
        if (r.countsForDepth() && !r.domain.empty()) {
            auto [it, inserted] = f.domainDepth.try_emplace(r.domain, r.depth);
            if (!inserted)
                it->second = std::max(it->second, r.depth);
        }
    }
    f.breadth = m_layerCount == 0 ? 0.0 : 10.0 * double(f.layers.size()) / double(m_layerCount);
    return f;
}

CandidateFigures Scorer::candidate(const std::vector<Interview> &interviews) const
{
    std::vector<InterviewFigures> submitted;
    int drafts = 0;
    for (const Interview &i : interviews) {
        if (!i.submitted) {
            // An amendment in progress is not an interview still to come: its submitted version
            // counts meanwhile (the store lists both).
            drafts += i.isAmendment() ? 0 : 1;
            continue;
        }
        submitted.push_back(interview(i));
    }
    CandidateFigures c = combine(std::move(submitted));
    c.draftInterviews = drafts;
    return c;
}

CandidateFigures Scorer::combine(std::vector<InterviewFigures> submitted)
{
    CandidateFigures c;
    double breadthSum = 0.0;
    std::map<std::string, std::pair<int, int>> depthSums; // domain -> (sum, count of > 0)
    for (InterviewFigures &f : submitted) {
        ++c.submittedInterviews;
        breadthSum += f.breadth;
        for (const auto &[domain, depth] : f.domainDepth) {
            if (depth > 0) {
                auto &[sum, count] = depthSums[domain];
                sum += depth;
                ++count;
            }
        }
        c.mix.product += f.mix.product;
        c.mix.domain += f.mix.domain;
        c.mix.mixed += f.mix.mixed;
        c.mix.unclear += f.mix.unclear;
        c.interviews.push_back(std::move(f));
    }
    if (c.submittedInterviews > 0)
        c.breadth = breadthSum / c.submittedInterviews;

    double maxDepth = 0.0;
    for (const auto &[domain, sc] : depthSums) {
        const double mean = double(sc.first) / sc.second;
        c.domainDepth[domain] = mean;
        if (mean > maxDepth) {
            maxDepth = mean;
            c.deepestDomain = domain;
        }
    }
    c.depth = DepthScale * maxDepth;
    c.archetype = archetype(c.breadth, c.depth);
    return c;
}

RoleTarget Scorer::target(const Role &role)
{
    RoleTarget t;
    t.breadth = role.breadthDemand;
    int maxDemand = 0;
    for (const auto &[domain, q] : role.domainDemands)
        maxDemand = std::max(maxDemand, q);
    t.depth = DepthScale * maxDemand;
    t.archetype = archetype(t.breadth, t.depth);
    return t;
}

std::vector<std::string> Scorer::notProbedCauses(const Role &role, const CandidateFigures &c)
{
    std::vector<std::string> causes;
    for (const auto &[domain, q] : role.domainDemands) {
        auto it = c.domainDepth.find(domain);
        const double have = it == c.domainDepth.end() ? 0.0 : it->second;
        if (DepthScale * std::max(0.0, q - have) < RiskGap - 1e-9)
            continue; // this domain alone is no under-depth
        if (c.interviewsProbing(domain) > 0)
            return {}; // probed and shallow: a real weakness is among the causes
        causes.push_back(domain);
    }
    return causes;
}

Fit Scorer::fit(const Role &role, const CandidateFigures &c) const
{
    const RoleTarget t = target(role);
    Fit f;
    f.breadthGap = std::max(0.0, t.breadth - c.breadth);

    double worst = 0.0;
    for (const auto &[domain, q] : role.domainDemands) {
        auto it = c.domainDepth.find(domain);
        const double have = it == c.domainDepth.end() ? 0.0 : it->second;
        const double gap = std::max(0.0, q - have);
        if (gap > worst) {
            worst = gap;
            f.depthGapDomain = domain;
        }
    }
    f.depthGap = DepthScale * worst;
    f.excess = std::max(0.0, c.depth - t.depth - DepthScale);

    const double raw = 100.0 - 6.0 * f.breadthGap - 6.0 * f.depthGap - 2.0 * f.excess;
    f.score = std::clamp(roundHalfAway(raw), 0, 100);

    // Compare with the same noise removal so a gap of 2.4999999 counts as 2.5.
    auto atLeast = [](double value, double limit) { return value >= limit - 1e-9; };
    if (atLeast(f.depthGap, RiskGap)) {
        f.risks.push_back(Risk::UnderDepth);
        f.notProbed = notProbedCauses(role, c);
    }
    if (atLeast(f.breadthGap, RiskGap))
        f.risks.push_back(Risk::UnderBreadth);
    if (atLeast(f.excess, RiskGap) && t.archetype == Archetype::Generalist)
        f.risks.push_back(Risk::OverSpecialization);
    if (f.risks.empty())
        f.risks.push_back(Risk::GoodMatch);
    return f;
}

Archetype Scorer::archetype(double breadth, double depth)
{
    const bool broad = breadth >= Threshold - 1e-9;
    const bool deep = depth >= Threshold - 1e-9;
    if (broad && deep)
        return Archetype::TShaped;
    if (broad)
        return Archetype::Generalist;
    if (deep)
        return Archetype::Specialist;
    return Archetype::Developing;
}

bool Scorer::disagree(const InterviewFigures &a, const InterviewFigures &b) const
{
    if (std::fabs(a.breadth - b.breadth) >= RiskGap - 1e-9)
        return true;
    for (const auto &[domain, depth] : a.domainDepth) {
        auto it = b.domainDepth.find(domain);
        if (it != b.domainDepth.end() && std::abs(depth - it->second) >= 2)
            return true;
    }
    const auto ma = a.mix.modes();
    const auto mb = b.mix.modes();
    if (ma.empty() || mb.empty())
        return false;
    return std::none_of(ma.begin(), ma.end(), [&](Regret::Level l) { return mb.count(l) > 0; });
}

bool Scorer::disagreement(const CandidateFigures &candidate) const
{
    const auto &list = candidate.interviews;
    for (std::size_t i = 0; i < list.size(); ++i) {
        for (std::size_t j = i + 1; j < list.size(); ++j) {
            if (disagree(list[i], list[j]))
                return true;
        }
    }
    return false;
}

int Scorer::roundHalfAway(double value)
{
    const double snapped = std::round(value * 1e6) / 1e6;
    return int(std::round(snapped));
}

} // namespace hindsight::core
