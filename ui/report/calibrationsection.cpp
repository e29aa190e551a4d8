#include "ui/report/calibrationsection.h"

#include "ui/report/reportdocument.h"
#include "ui/report/reporthtml.h"

#include "ui/board/calibrationmodel.h"

#include "ui/common/localetext.h"

namespace hindsight::ui {

using namespace ReportHtml;

QString CalibrationSection::html(const std::vector<core::InterviewerPair> &pairs,
                                 ReportDocument *report)
{
    QString html = report ? report->heading(2, tr("Calibration"), 0) : heading(2, tr("Calibration"));
    if (pairs.empty()) {
        return html
               + paragraph(escape(tr("No two interviewers have interviewed %1 or more of this "
                                     "role's candidates in common yet.")
                                      .arg(core::Calibration::MinimumInCommon)),
                           QStringLiteral("muted"));
    }
    html += paragraph(escape(tr("Each pair of interviewers with %1 or more candidates in common: "
                                "how often their own submitted interviews give a candidate the "
                                "same shape, and how their breadth and depth compare.")
                                 .arg(core::Calibration::MinimumInCommon)),
                      QStringLiteral("muted"));

    QList<QStringList> rows;
    QString sentences;
    for (const core::InterviewerPair &p : pairs) {
        const QString first = user(p.first);
        const QString second = user(p.second);
        rows << QStringList{escape(tr("%1 · %2").arg(first, second)),
                            LocaleText::number(p.candidatesInCommon),
                            escape(tr("%1%").arg(LocaleText::number(p.percentAgreement, 0))),
                            escape(CalibrationModel::kappaText(p.kappa)),
                            escape(CalibrationModel::signedText(p.meanBreadthDifference)),
                            escape(CalibrationModel::signedText(p.meanDepthDifference))};
        sentences += heading(3, tr("%1 and %2").arg(first, second));
        for (const QString &line : CalibrationModel::explain(p, first, second))
            sentences += paragraph(escape(line));
    }
    html += table({escape(tr("Interviewers")), escape(tr("In common")), escape(tr("Same shape")),
                   escape(tr("Kappa")), escape(tr("Breadth, first − second")),
                   escape(tr("Depth, first − second"))},
                  rows, {30, 12, 12, 12, 17, 17}, {1, 2, 3, 4, 5});
    return html + sentences;
}

} // namespace hindsight::ui
