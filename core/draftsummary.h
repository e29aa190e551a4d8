#pragma once

#include "core/ids.h"

#include <string>

namespace hindsight::core {

// One draft interview as a list of drafts shows it: whose, with whom, since when, touched when.
struct DraftSummary
{
    Id interviewId = 0;
    Id candidateId = 0;
    std::string candidateName;
    std::string roleTitle;
    std::string interviewer;
    std::string interviewerEmail; // empty when the interviewer gave none
    TimePoint startedAt{};
    TimePoint updatedAt{}; // the last write to the draft
    int notes = 0;
    int version = 1; // above 1: an amendment of a submitted interview in progress

    bool operator==(const DraftSummary &) const = default;
};

} // namespace hindsight::core
