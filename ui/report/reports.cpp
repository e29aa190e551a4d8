#include "reports.h"

#include "candidatedossier.h"
#include "candidatesummary.h"
#include "committeepack.h"
#include "interviewkit.h"
#include "reportdocument.h"

namespace hindsight::ui {

core::Result<std::unique_ptr<ReportDocument>> Reports::build(core::Store &store,
                                                             const ReportRequest &request)
{
    switch (request.kind) {
    case ReportRequest::Kind::CandidateSummary: {
        auto dossier = CandidateDossier::load(store, request.id);
        if (!dossier)
            return dossier.error();
        return CandidateSummary::document(*dossier);
    }
    case ReportRequest::Kind::CommitteePack:
        return CommitteePack::build(store, request.id, request.blind);
    case ReportRequest::Kind::InterviewKit:
        return InterviewKit::build(store, request.id);
    }
    return core::Error{core::Error::Code::Invalid, "report", "unknown kind"};
}

} // namespace hindsight::ui
