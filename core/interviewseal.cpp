#include "core/interviewseal.h"

#include "core/sha256.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace hindsight::core {

namespace {

// Length-prefixed so that no choice of field contents can make two records render alike.
void field(std::string &out, std::string_view value)
{
    out += fmt::format("{}:", value.size());
    out += value;
    out += ';';
}

constexpr std::string_view digestPrefix = "v2:";

// The rendering both digests share; `version` 1 or 2 decides the header and how ticks render.
std::string render(const Interview &interview, int version)
{
    std::string out = version == 1 ? "hindsight-interview-v1;" : "hindsight-interview-v2;";
    if (version == 2) {
        field(out, std::to_string(interview.version));
        field(out, interview.amendReason);
    }
    field(out, interview.interviewer);
    field(out, std::to_string(interview.startedAt.time_since_epoch().count()));
    std::map<Id, int> positionOf;
    for (const Regret &r : interview.regrets) {
        if (r.id != 0)
            positionOf[r.id] = r.position;
        field(out, "regret");
        field(out, std::to_string(r.position));
        for (const std::string *s :
             {&r.system, &r.decision, &r.why, &r.instead, &r.impact, &r.domain})
            field(out, *s);
        field(out, Regret::levelId(r.level));
        field(out, std::to_string(r.depth));
        for (const std::string &layer : r.layers)
            field(out, layer);
    }
    // Notes in the order the store reads them back: by time, ties in insertion order.
    std::vector<const Note *> notes;
    for (const Note &n : interview.notes)
        notes.push_back(&n);
    std::stable_sort(notes.begin(), notes.end(),
                     [](const Note *a, const Note *b) { return a->atMs < b->atMs; });
    for (const Note *note : notes) {
        const Note &n = *note;
        field(out, "note");
        field(out, std::to_string(n.atMs));
        field(out, n.stage);
        field(out, n.text);
        auto it = n.regretId == 0 ? positionOf.end() : positionOf.find(n.regretId);
        field(out, it == positionOf.end() ? std::string("-") : std::to_string(it->second));
        field(out, n.quote ? "q" : "-");
    }
    if (version == 1) {
        std::set<std::string> probes;
        for (const ProbeTick &t : interview.probeTicks)
            probes.insert(t.probe);
        for (const std::string &probe : probes)
            field(out, probe);
        return out;
    }
    std::vector<std::tuple<int, std::string, std::int64_t>> ticks;
    for (const ProbeTick &t : interview.probeTicks) {
        auto it = t.regretId == 0 ? positionOf.end() : positionOf.find(t.regretId);
        ticks.emplace_back(it == positionOf.end() ? -1 : it->second, t.probe,
                           t.tickedAt.time_since_epoch().count());
    }
    std::sort(ticks.begin(), ticks.end());
    for (const auto &[position, probe, at] : ticks) {
        field(out, "tick");
        field(out, std::to_string(position));
        field(out, probe);
        field(out, std::to_string(at));
    }
    return out;
}

} // namespace

std::string InterviewSeal::digest(const Interview &interview)
{
    return std::string(digestPrefix) + sha256Hex(render(interview, 2));
}

std::string InterviewSeal::legacyDigest(const Interview &interview)
{
    return sha256Hex(render(interview, 1));
}

bool InterviewSeal::modifiedAfterSubmission(const Interview &interview)
{
    if (!interview.submitted || interview.digest.empty())
        return false;
    const bool legacy = interview.digest.rfind(digestPrefix, 0) != 0;
    return (legacy ? legacyDigest(interview) : digest(interview)) != interview.digest;
}

} // namespace hindsight::core
