#include "core/interviewseal.h"

#include "core/sha256.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
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

} // namespace

std::string InterviewSeal::digest(const Interview &interview)
{
    std::string out = "hindsight-interview-v1;";
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
    for (const std::string &probe : interview.probesTicked)
        field(out, probe);
    return sha256Hex(out);
}

} // namespace hindsight::core
