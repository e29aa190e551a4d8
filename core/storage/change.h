#pragma once

#include "core/ids.h"

#include <cstdint>

namespace hindsight::core {

// What one successful write changed, as a Store announces it after the commit: the kind of entity
// and its id, never any text (the same payload a team server sends with NOTIFY). Views decide
// from the kind whether to read the store again.
struct Change
{
    // Stored in the change log as these numbers: never renumber.
    enum class Kind : int {
        Taxonomy = 1,     // an entry added, renamed or deleted; id 0
        Role = 2,         // a role's profile; id = the role
        Candidate = 3,    // a candidate's name, e-mail, role; id = the candidate
        Interview = 4,    // an interview added, opened as a draft, submitted; id = the interview
        DraftContent = 5, // a draft's notes, regrets, probe ticks or session; id = the interview
        Decision = 6,     // a decision recorded; id = the candidate
        PlacementOverride = 7, // a placement override recorded; id = the candidate
        TeamMember = 8,        // a team member added, changed or removed; id = the role
        Dataset = 9,           // a whole dataset imported: anything may have changed; id 0
    };

    Kind kind = Kind::Dataset;
    Id id = 0;

    friend bool operator==(const Change &, const Change &) = default;
};

} // namespace hindsight::core
