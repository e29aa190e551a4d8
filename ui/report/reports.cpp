#include "ui/report/reports.h"

#include "ui/report/candidatedossier.h"
#include "ui/report/candidatesummary.h"
#include "ui/report/committeepack.h"
#include "ui/report/interviewkit.h"
#include "ui/report/reportdocument.h"

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
    case ReportRequest::Kind::InterviewKit: return InterviewKit::build(store, request.id);
    }
    return core::Error{core::Error::Code::Invalid, "report", "unknown kind"};
}

} // namespace hindsight::ui
