#include "core/retention.h"

#include <algorithm>

namespace hindsight::core {

TimePoint Retention::cutoff(TimePoint now, int months)
{
    using namespace std::chrono;
    const auto day = floor<days>(now);
    const year_month_day date(day);
    year_month_day earlier = date - std::chrono::months(months);
    if (!earlier.ok())
        earlier = year_month_day_last(earlier.year(), month_day_last(earlier.month()));
    return sys_days(earlier) + (now - day);
}

Retention::Split Retention::split(const std::vector<CandidateActivity> &candidates, TimePoint cutoff)
{
    Split result;
    for (const CandidateActivity &c : candidates) {
        if (!c.lastActivity)
            result.unknown.push_back(c);
        else if (*c.lastActivity < cutoff)
            result.due.push_back(c);
    }
    std::stable_sort(result.due.begin(), result.due.end(),
                     [](const CandidateActivity &a, const CandidateActivity &b) {
        return *a.lastActivity < *b.lastActivity;
    });
    return result;
}

} // namespace hindsight::core
