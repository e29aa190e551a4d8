#pragma once

#include "ids.h"
#include "note.h"
#include "regret.h"

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

    std::vector<Regret> regrets; // in position order
    std::vector<Note> notes;     // in atMs order

    bool operator==(const Interview &) const = default;
};

} // namespace hindsight::core
