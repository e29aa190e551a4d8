#pragma once

#include "core/ids.h"
#include "core/note.h"
#include "core/probetick.h"
#include "core/regret.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace hindsight::core {

// One interviewer's run of the question with one candidate. Only submitted interviews count for
// the committee; a submitted interview is read-only, except that its author may amend it: the
// amendment is a new version (a new row, copied, edited as a draft and sealed with a reason) and
// the old version is kept, superseded, so what was first submitted stays readable.
struct Interview
{
    Id id = 0;
    Id candidateId = 0;
    std::string interviewer;
    std::string interviewerEmail; // schema v7; empty when the interviewer gave none
    // Schema v7: the identity every version of this interview shares (they differ by version).
    std::string uuid;
    TimePoint startedAt{};
    bool submitted = false;

    // Where the live screen was, so a draft reopens where it was left (schema v2).
    std::string stage = "system";      // a Stage id
    int currentRegret = 0;             // position of the regret being discussed
    std::string pendingNote;           // the note line typed but not yet committed with Enter
    std::string digest;                // sealed at submission (InterviewSeal), empty for drafts
    std::vector<ProbeTick> probeTicks; // by regret position, then probe id
    std::map<std::string, std::int64_t> stageMs; // milliseconds spent in each stage, by Stage id

    // Versions (schema v5). The first version has version 1 and amends 0.
    int version = 1;
    Id amends = 0;           // the version this one replaces
    Id supersededBy = 0;     // the version that replaced this one, 0 for the current version
    std::string amendReason; // why the author amended it (versions above 1)
    TimePoint amendedAt{};   // when this amendment was sealed

    bool isAmendment() const { return version > 1; }
    bool isSuperseded() const { return supersededBy != 0; }

    std::vector<Regret> regrets; // in position order
    std::vector<Note> notes;     // in atMs order

    bool operator==(const Interview &) const = default;
};

} // namespace hindsight::core
