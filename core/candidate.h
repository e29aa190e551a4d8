#pragma once

#include "core/ids.h"

#include <string>

namespace hindsight::core {

// Someone interviewed for one role.
struct Candidate
{
    enum class Status { Active, Withdrawn };

    Id id = 0;
    std::string name;
    std::string email;
    Id roleId = 0;
    Status status = Status::Active;
    // Schema v7: the identity that travels with the candidate, and a link to their CV or profile.
    std::string uuid;
    std::string profileLink;
    // When added or last edited ({} when unknown); retention and merging go by it.
    TimePoint updatedAt{};

    bool operator==(const Candidate &) const = default;
};

} // namespace hindsight::core
