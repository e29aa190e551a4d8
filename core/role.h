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
    // Schema v7: the identity that travels with the role (DESIGN.md, Identity), and when its
    // editable fields last changed ({} when unknown: written before v7, or by a v1 file).
    std::string uuid;
    TimePoint updatedAt{};

    bool operator==(const Role &) const = default;
};

} // namespace hindsight::core
