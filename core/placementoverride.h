#pragma once

#include "core/ids.h"

#include <string>

namespace hindsight::core {

// A committee member's placement of a candidate that differs from the formula's, with the written
// reason. Kept as history and shown beside the formula's figures; it never replaces them.
struct PlacementOverride
{
    Id id = 0;
    Id candidateId = 0;
    double breadth = 0.0; // 0-10
    double depth = 0.0;   // 0-10
    std::string reason;   // required, never empty
    std::string recordedBy;
    TimePoint recordedAt{};
    std::string uuid; // schema v7: the identity that travels with it

    bool operator==(const PlacementOverride &) const = default;
};

} // namespace hindsight::core
