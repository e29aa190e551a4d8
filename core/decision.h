#pragma once

#include "core/ids.h"

#include <optional>
#include <string>
#include <string_view>

namespace hindsight::core {

// A committee's decision on a candidate; the latest one is the candidate's current decision.
struct Decision
{
    enum class Outcome { Advance, Hire, NoHire, Hold };

    Id id = 0;
    Id candidateId = 0;
    Outcome outcome = Outcome::Hold;
    std::string rationale;
    std::string recordedBy;
    TimePoint decidedAt{};
    std::string uuid; // schema v7: the identity that travels with it

    bool operator==(const Decision &) const = default;

    static std::string_view outcomeId(Outcome outcome);
    static std::optional<Outcome> outcomeFromId(std::string_view id);
};

} // namespace hindsight::core
