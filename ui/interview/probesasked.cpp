#include "ui/interview/probesasked.h"

#include "ui/interview/stageguide.h"

#include <algorithm>
#include <tuple>

namespace hindsight::ui {

namespace {

struct Placed
{
    ProbesAsked::Probe probe;
    int order = 0;
};

// Where the guide asks a probe: its stage and its place there, over every level.
Placed place(const QString &id)
{
    using Level = core::Regret::Level;
    for (int stage = 0; stage < StageGuide::StageCount; ++stage) {
        for (Level level : {Level::Product, Level::Domain, Level::Unclear}) {
            const auto list = StageGuide::probes(stage, level, level != Level::Unclear);
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list[i].id == id)
                    return {{list[i].text, stage}, int(i)};
            }
        }
    }
    return {{StageGuide::probeText(id), StageGuide::StageCount}, 0};
}

} // namespace

std::vector<ProbesAsked::Regret> ProbesAsked::of(const core::Interview &interview)
{
    std::vector<Regret> regrets;
    std::vector<std::vector<Placed>> placed;
    for (const core::Regret &r : interview.regrets) {
        regrets.push_back({r.position, {}});
        placed.emplace_back();
    }
    std::vector<Placed> unlinked;
    for (const core::ProbeTick &tick : interview.probeTicks) {
        const auto it = std::find_if(interview.regrets.begin(), interview.regrets.end(),
                                     [&tick](const core::Regret &r) {
            return r.id == tick.regretId;
        });
        (it == interview.regrets.end() ? unlinked
                                       : placed[std::size_t(it - interview.regrets.begin())])
            .push_back(place(QString::fromStdString(tick.probe)));
    }
    if (!unlinked.empty()) {
        regrets.push_back({-1, {}});
        placed.push_back(std::move(unlinked));
    }
    for (std::size_t r = 0; r < regrets.size(); ++r) {
        std::stable_sort(placed[r].begin(), placed[r].end(), [](const Placed &a, const Placed &b) {
            return std::tie(a.probe.stage, a.order) < std::tie(b.probe.stage, b.order);
        });
        for (Placed &p : placed[r])
            regrets[r].probes.push_back(std::move(p.probe));
    }
    return regrets;
}

} // namespace hindsight::ui
