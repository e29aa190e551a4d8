#pragma once

#include "core/candidateactivity.h"

#include <vector>

namespace hindsight::core {

// Which candidates a retention period of N months makes due for erasure: those whose last
// activity lies more than N calendar months in the past. A candidate whose last activity is
// unknown is never due: it is listed apart, for a person to decide.
class Retention final
{
public:
    static constexpr int MaxMonths = 1200;

    // `months` calendar months before `now` (UTC); a day the earlier month lacks becomes its last
    // day (31 May less three months is 28 or 29 February).
    static TimePoint cutoff(TimePoint now, int months);

    struct Split
    {
        std::vector<CandidateActivity> due;     // last activity before the cutoff, oldest first
        std::vector<CandidateActivity> unknown; // no time recorded at all
    };
    static Split split(const std::vector<CandidateActivity> &candidates, TimePoint cutoff);
};

} // namespace hindsight::core
