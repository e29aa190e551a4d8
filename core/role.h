#pragma once

#include "core/ids.h"

#include <map>
#include <string>

namespace hindsight::core {

// A role and its complexity profile: how broad its surface is (breadthDemand, 0-10) and which
// specialist domains need depth (domain id -> required depth 1-4).
struct Role
{
    Id id = 0;
    std::string title;
    std::string description;
    double breadthDemand = 0.0;
    std::map<std::string, int> domainDemands;

    bool operator==(const Role &) const = default;
};

} // namespace hindsight::core
