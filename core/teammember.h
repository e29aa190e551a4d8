#pragma once

#include "core/ids.h"

#include <string>

namespace hindsight::core {

// A current member of the team a role joins, placed on the role's chart by hand so a committee
// sees which shape the team lacks. Never scored: breadth and depth are what the committee entered.
struct TeamMember
{
    Id id = 0;
    Id roleId = 0;
    std::string name;
    double breadth = 0.0; // 0-10
    double depth = 0.0;   // 0-10
    std::string uuid;     // schema v7: the identity that travels with it

    bool operator==(const TeamMember &) const = default;
};

} // namespace hindsight::core
