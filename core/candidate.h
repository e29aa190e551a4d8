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

    bool operator==(const Candidate &) const = default;
};

} // namespace hindsight::core
