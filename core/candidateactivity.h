#pragma once

#include "core/candidate.h"

#include <optional>

namespace hindsight::core {

// When anything about a candidate was last written: the latest of when the candidate was added or
// edited, and of their interviews (started, written, amended), notes, probe ticks, decisions and
// placement overrides. Unknown when none of these carries a time (a candidate written before
// schema version 6 with nothing else recorded).
struct CandidateActivity
{
    Candidate candidate;
    std::optional<TimePoint> lastActivity;

    bool operator==(const CandidateActivity &) const = default;
};

} // namespace hindsight::core
