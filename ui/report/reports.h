#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <memory>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class ReportDocument;

// What to print: one of the three reports, for a candidate or a role.
struct ReportRequest
{
    enum class Kind { CandidateSummary, CommitteePack, InterviewKit };

    Kind kind = Kind::CandidateSummary;
    core::Id id = 0;    // the candidate for a summary, else the role
    bool blind = false; // committee pack only
};

// The one door to the reports, for the window and the command line alike.
class Reports final
{
public:
    Reports() = delete;
    static core::Result<std::unique_ptr<ReportDocument>> build(core::Store &store,
                                                               const ReportRequest &request);
};

} // namespace hindsight::ui
