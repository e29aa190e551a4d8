#pragma once

#include "core/ids.h"

#include <cstdint>
#include <string>

namespace hindsight::core {

// A timestamped line typed by the interviewer during an interview.
struct Note
{
    Id id = 0;
    Id interviewId = 0;
    std::int64_t atMs = 0; // offset from the interview's start
    std::string stage;     // a Stage id (see stage.h)
    std::string text;
    Id regretId = 0;    // the regret it belongs to, 0 for none
    bool quote = false; // verbatim words of the candidate
    std::string uuid;   // schema v7: the identity that travels with it

    bool operator==(const Note &) const = default;
};

} // namespace hindsight::core
