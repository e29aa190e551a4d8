#include "core/scoring/calibration.h"

#include "core/interviewerdirectory.h"
#include "core/scoring/scorer.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace hindsight::core {

namespace {

// One interviewer's view of one candidate: DESIGN.md's candidate formulas over that
// interviewer's submitted interviews of the candidate alone.
struct View
{
    double breadth = 0.0;
    double depth = 0.0;
    Archetype archetype = Archetype::Developing;
};

// interviewer identity -> candidate index -> view.
using Views = std::map<std::string, std::map<std::size_t, View>>;

InterviewerDirectory directoryOf(const std::vector<ScoredCandidate> &candidates)
{
    InterviewerDirectory directory;
    for (const ScoredCandidate &c : candidates) {
        for (const InterviewFigures &f : c.figures.interviews)
            directory.add({f.interviewer, f.interviewerEmail}, f.startedAt);
    }
    return directory;
}

Views viewsOf(const std::vector<ScoredCandidate> &candidates, const InterviewerDirectory &directory)
{
    Views views;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        std::map<std::string, std::vector<InterviewFigures>> byInterviewer;
        for (const InterviewFigures &f : candidates[c].figures.interviews)
            byInterviewer[directory.identity({f.interviewer, f.interviewerEmail})].push_back(f);
        for (auto &[interviewer, interviews] : byInterviewer) {
            const CandidateFigures figures = Scorer::combine(std::move(interviews));
            views[interviewer][c] = View{figures.breadth, figures.depth, figures.archetype};
        }
    }
    return views;
}

} // namespace

std::vector<InterviewerPair> Calibration::pairs(const std::vector<ScoredCandidate> &candidates)
{
    const InterviewerDirectory directory = directoryOf(candidates);
    const Views views = viewsOf(candidates, directory);
    const std::vector<std::string> order = directory.identities();
    std::vector<InterviewerPair> result;
    for (auto a = order.begin(); a != order.end(); ++a) {
        for (auto b = std::next(a); b != order.end(); ++b) {
            const auto va = views.find(*a);
            const auto vb = views.find(*b);
            if (va == views.end() || vb == views.end())
                continue;
            std::vector<int> firstLabels;
            std::vector<int> secondLabels;
            double breadthDiff = 0.0;
            double depthDiff = 0.0;
            int agree = 0;
            for (const auto &[candidate, first] : va->second) {
                auto other = vb->second.find(candidate);
                if (other == vb->second.end())
                    continue;
                const View &second = other->second;
                firstLabels.push_back(int(first.archetype));
                secondLabels.push_back(int(second.archetype));
                if (first.archetype == second.archetype)
                    ++agree;
                breadthDiff += first.breadth - second.breadth;
                depthDiff += first.depth - second.depth;
            }
            const int n = int(firstLabels.size());
            if (n < MinimumInCommon)
                continue;
            InterviewerPair p;
            p.first = directory.displayName(*a); // directory order, so first < second
            p.second = directory.displayName(*b);
            p.firstEmail = directory.email(*a);
            p.secondEmail = directory.email(*b);
            p.candidatesInCommon = n;
            p.percentAgreement = 100.0 * agree / n;
            p.kappa = cohensKappa(firstLabels, secondLabels);
            p.meanBreadthDifference = breadthDiff / n;
            p.meanDepthDifference = depthDiff / n;
            result.push_back(std::move(p));
        }
    }
    return result;
}

std::optional<double> Calibration::cohensKappa(const std::vector<int> &first,
                                               const std::vector<int> &second)
{
    // Outside the contract; answered as "undefined" rather than with a made-up number.
    if (first.empty() || first.size() != second.size())
        return std::nullopt;
    const double n = double(first.size());
    std::map<int, std::pair<int, int>> marginals; // label -> (count by first, count by second)
    int same = 0;
    for (std::size_t i = 0; i < first.size(); ++i) {
        ++marginals[first[i]].first;
        ++marginals[second[i]].second;
        if (first[i] == second[i])
            ++same;
    }
    const double observed = same / n;
    double expected = 0.0;
    for (const auto &[label, counts] : marginals)
        expected += (counts.first / n) * (counts.second / n);
    if (std::fabs(1.0 - expected) <= 1e-12)
        return std::nullopt;
    return (observed - expected) / (1.0 - expected);
}

} // namespace hindsight::core
