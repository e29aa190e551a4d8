#pragma once

#include "core/ids.h"

#include <string>

namespace hindsight::core {

// A probe the interviewer marked as asked, for one regret: regret 2 is probed on its own, so its
// ticks start empty whatever was asked about regret 1.
struct ProbeTick
{
    std::string probe;    // a probe id, e.g. "probe.domain.failure-modes"
    Id regretId = 0;      // the regret it was asked for; 0 when the interview had no regret yet
    TimePoint tickedAt{}; // when it was ticked; the epoch when unknown (ticks from schema 4)

    bool operator==(const ProbeTick &) const = default;
};

} // namespace hindsight::core
