#pragma once

#include "core/ids.h"
#include "core/note.h"
#include "core/regret.h"

#include <set>
#include <string>
#include <vector>

namespace hindsight::core {

// One interviewer's run of the question with one candidate. Only submitted interviews count for
// the committee; a submitted interview is read-only.
struct Interview
{
    Id id = 0;
    Id candidateId = 0;
    std::string interviewer;
    TimePoint startedAt{};
    bool submitted = false;

    // Where the live screen was, so a draft reopens where it was left (schema v2).
    std::string stage = "system";       // a Stage id
    int currentRegret = 0;              // position of the regret being discussed
    std::string pendingNote;            // the note line typed but not yet committed with Enter
    std::set<std::string> probesTicked; // probe ids the interviewer marked as asked
    std::string digest;                 // SHA-256 sealed at submission, empty for drafts

    std::vector<Regret> regrets; // in position order
    std::vector<Note> notes;     // in atMs order

    bool operator==(const Interview &) const = default;
};

} // namespace hindsight::core
