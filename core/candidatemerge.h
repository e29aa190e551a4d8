#pragma once

#include "core/ids.h"

#include <string>

namespace hindsight::core {

// One record of a candidate that was merged into another because both were the same person:
// history, never edited. It names who went (UUID, name, e-mail as they were), so a file that
// still carries that UUID can find the candidate it went into.
struct CandidateMerge
{
    Id id = 0;
    std::string uuid;   // the identity of this record
    Id candidateId = 0; // the candidate that was kept
    std::string mergedUuid;
    std::string mergedName;
    std::string mergedEmail;
    std::string recordedBy;
    TimePoint recordedAt{};

    bool operator==(const CandidateMerge &) const = default;
};

} // namespace hindsight::core
