#include "tests/common/generateddataset.h"

#include "core/stage.h"
#include "core/storage/store.h"
#include "core/taxonomy.h"

#include <algorithm>
#include <chrono>
#include <iterator>
#include <random>

namespace hindsight::test {

const std::vector<std::string> &awkwardTexts()
{
    static const std::vector<std::string> texts{
        "=1+2",
        "=HYPERLINK(\"http://x\",\"y\")",
        "+SUM(A1)",
        "-2+3",
        "@SUM(1)",
        "\t=1",
        "\r=1",
        "\n=1",
        "Commas, \"quotes\" and\na line break",
        "S\xC3\xB8ren \xC3\x86r\xC3\xB8",                     // Søren Ærø
        "Dewi Lestari \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC", // Dewi Lestari — 日本
        "Zo\xC3\xAB \xF0\x9F\x9A\x80 O'Brien <b>bold</b> & \\ back\r\nCRLF", // Zoë 🚀
    };
    return texts;
}

const std::vector<std::string> &probeIds()
{
    static const std::vector<std::string> ids{
        "system.scale",           "system.ownership",        "decision.alternatives",
        "discovery.signal",       "discovery.cost",          "instead.cost",
        "probe.product.who-felt", "probe.product.cut",       "probe.domain.failure-modes",
        "probe.domain.load",      "probe.domain.guarantees", "probe.open.mechanism",
        "another.other-layer",    "wrapup.questions",        "probe.retired-in-a-later-version",
    };
    return ids;
}

core::Dataset generateDataset(int candidates, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    // The ticks come from a generator of their own, so that everything else is what it was
    // before interviews had them.
    std::mt19937 probeRng(seed + 1);
    const auto &probes = probeIds();
    const auto below = [&rng](std::size_t n) { return std::size_t(rng() % n); };
    const auto chance = [&rng](int percent) { return int(rng() % 100) < percent; };
    const core::Taxonomy taxonomy = core::Taxonomy::builtIn();
    const auto &layers = taxonomy.layers();
    const auto &domains = taxonomy.domains();
    const auto &awkward = awkwardTexts();
    // What the interchange format carries (issue 13): a name is one line without control
    // characters; other text may hold tabs and line breaks, but no other control character.
    const auto keep = [&awkward](bool oneLine) {
        std::vector<std::string> kept;
        std::copy_if(awkward.begin(), awkward.end(), std::back_inserter(kept),
                     [oneLine](const std::string &text) {
            return std::none_of(text.begin(), text.end(), [oneLine](char ch) {
                return ch >= 0 && ch < 0x20 && (oneLine || (ch != '\t' && ch != '\n'));
            });
        });
        return kept;
    };
    const std::vector<std::string> awkwardNames = keep(true), awkwardProse = keep(false);
    const std::vector<std::string> phrases{
        "hand-written state rebuild",       "a shared database between services",
        "retries without idempotency keys", "a cron job instead of a queue",
        "caching the session in process",   "synchronous calls to the card network",
        "one big migration on a Friday",    ""};
    const auto text = [&] {
        return chance(15) ? awkwardProse[below(awkwardProse.size())]
                          : phrases[below(phrases.size())];
    };

    core::Dataset dataset;
    dataset.roles = {
        {0,
         "Payment backend",
         "Cards, refunds and the ledger.",
         7.5,
         {{"payments", 3}, {"distributed-systems", 2}}},
        {0, "Fraud scoring pipeline", "", 2.5, {{"streaming", 4}, {"performance", 3}}},
        {0, "Platform generalist", "Everything from deploys to dashboards.", 8.75, {}},
        {0,
         "Ledger \"and\" compliance \xE2\x80\x94 S\xC3\xB8ren's team",
         awkward[8],
         5.0,
         {{"database-internals", 2}, {"cryptography", 1}, {"compliance", 3}}},
        {0, "Compiler tooling", "", 3.0, {{"compilers", 4}}},
    };

    const std::vector<std::string> given{"Ada",   "Bashir", "Chen",         "Dagny", "Emeka",
                                         "Farah", "Gita",   "H\xC3\xA5kon", "Ines",  "Jun"};
    const std::vector<std::string> family{"Okafor",   "Lindqvist", "Nakamura", "Fern\xC3\xA1ndez",
                                          "Kowalski", "Mensah",    "Rossi"};
    const std::vector<std::string> interviewers{"Sam", "Kim", "Chlo\xC3\xA9", "Dev", "Noor"};
    // 2026-11-01T09:00:00Z
    const core::TimePoint start = core::TimePoint(std::chrono::milliseconds(1793523600000));

    for (int c = 0; c < candidates; ++c) {
        core::Dataset::CandidateEntry entry;
        // Unique names, so that the two sides of a round trip pair up by name; now and then an
        // awkward one.
        entry.candidate.name = (c % 23 == 5 ? awkwardNames[below(awkwardNames.size())] + " "
                                            : given[below(given.size())] + " "
                                                  + family[below(family.size())] + " ")
                               + std::to_string(c + 1);
        entry.candidate.email = chance(60) ? "person" + std::to_string(c + 1) + "@example.org" : "";
        entry.candidate.status = chance(10) ? core::Candidate::Status::Withdrawn
                                            : core::Candidate::Status::Active;
        entry.roleIndex = below(dataset.roles.size());

        const int interviewCount = int(below(5));
        for (int k = 0; k < interviewCount; ++k) {
            core::Interview interview;
            interview.interviewer = interviewers[below(interviewers.size())];
            // Whole minutes mostly; some starts carry milliseconds, which the format keeps.
            interview.startedAt = start + std::chrono::minutes(below(60 * 24 * 60))
                                  + std::chrono::milliseconds(chance(20) ? below(1000) : 0);
            interview.submitted = chance(80);

            const int regretCount = 1 + int(below(5));
            for (int r = 0; r < regretCount; ++r) {
                core::Regret regret;
                regret.id = r + 1;
                regret.position = r;
                // Every level in turn, from a random starting point.
                regret.level = core::Regret::Level((r + int(below(4))) % 4);
                if (core::Regret::needsDomain(regret.level) || chance(30))
                    regret.domain = domains[below(domains.size())].id;
                regret.depth = int(below(core::Regret::MaxDepth + 1));
                for (std::size_t l = 0, n = below(5); l < n; ++l)
                    regret.layers.insert(layers[below(layers.size())].id);
                regret.system = text();
                regret.decision = text();
                regret.why = text();
                regret.instead = text();
                regret.impact = text();
                interview.regrets.push_back(std::move(regret));
            }

            std::int64_t atMs = 0;
            for (std::size_t n = 0, count = below(7); n < count; ++n) {
                atMs += chance(10) ? 0 : std::int64_t(1 + below(90000)); // equal times now and then
                core::Note note;
                note.atMs = atMs;
                note.stage = std::string(core::Stage::ids[below(core::Stage::ids.size())]);
                note.text = chance(50) ? text() : "said " + std::to_string(atMs) + " ms in";
                note.quote = chance(35);
                note.regretId = chance(60) ? core::Id(1 + below(std::size_t(regretCount))) : 0;
                interview.notes.push_back(std::move(note));
            }
            // None ticked in about a third of the interviews, otherwise one to four, each for a
            // regret (now and then none) at some minute of the interview; a probe at most once
            // per regret, as the store keeps it.
            for (std::size_t t = 0, n = probeRng() % 3 == 0 ? 0 : 1 + probeRng() % 4; t < n; ++t) {
                core::ProbeTick tick;
                tick.probe = probes[probeRng() % probes.size()];
                tick.regretId = probeRng() % 8 == 0 ? 0 : core::Id(1 + probeRng() % regretCount);
                tick.tickedAt = interview.startedAt + std::chrono::minutes(probeRng() % 60);
                const bool known = std::any_of(interview.probeTicks.begin(),
                                               interview.probeTicks.end(),
                                               [&](const core::ProbeTick &o) {
                    return o.probe == tick.probe && o.regretId == tick.regretId;
                });
                if (!known)
                    interview.probeTicks.push_back(std::move(tick));
            }
            entry.interviews.push_back(std::move(interview));
        }
        // The store keeps interviews oldest first.
        std::stable_sort(entry.interviews.begin(), entry.interviews.end(),
                         [](const auto &a, const auto &b) { return a.startedAt < b.startedAt; });

        core::TimePoint decidedAt = start + std::chrono::days(70);
        for (std::size_t d = 0, count = below(4); d < count; ++d) {
            decidedAt += std::chrono::hours(chance(15) ? 0 : 1 + below(48)); // ties now and then
            entry.decisions.push_back({0, 0, core::Decision::Outcome(below(4)),
                                       chance(70) ? text() : "Strong on " + phrases[below(7)],
                                       interviewers[below(interviewers.size())], decidedAt});
        }
        dataset.candidates.push_back(std::move(entry));
    }
    return dataset;
}

core::Status writeThroughStore(core::Store &store, const core::Dataset &dataset)
{
    std::vector<core::Id> roleIds;
    for (const core::Role &role : dataset.roles) {
        auto id = store.saveRole(role);
        if (!id)
            return id.error();
        roleIds.push_back(*id);
    }
    for (const auto &entry : dataset.candidates) {
        core::Candidate candidate = entry.candidate;
        candidate.roleId = roleIds.at(entry.roleIndex);
        auto candidateId = store.saveCandidate(candidate);
        if (!candidateId)
            return candidateId.error();
        for (core::Interview interview : entry.interviews) {
            interview.candidateId = *candidateId;
            if (auto id = store.addInterview(interview); !id)
                return id.error();
        }
        for (core::Decision decision : entry.decisions) {
            decision.candidateId = *candidateId;
            if (auto id = store.addDecision(decision); !id)
                return id.error();
        }
    }
    return {};
}

} // namespace hindsight::test
