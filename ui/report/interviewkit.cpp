#include "ui/report/interviewkit.h"

#include "ui/report/reportdocument.h"
#include "ui/report/reporthtml.h"

#include "ui/common/levelguide.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"
#include "ui/interview/stageguide.h"

#include "core/regret.h"
#include "core/stage.h"
#include "core/storage/store.h"

namespace hindsight::ui {

using namespace ReportHtml;

namespace {

const QString Box = QStringLiteral("\u2610"); // ☐, a box to tick with a pen

QString boxes(const QStringList &labels)
{
    QStringList items;
    for (const QString &label : labels)
        items << QStringLiteral("%1&nbsp;%2").arg(Box, escape(label));
    return items.join(QStringLiteral("&nbsp;&nbsp;&nbsp; "));
}

QString probeList(const QList<StageGuide::Probe> &probes)
{
    QString html;
    for (const StageGuide::Probe &p : probes)
        html += QStringLiteral("%1&nbsp; %2<br>").arg(Box, escape(p.text));
    return html;
}

} // namespace

QString InterviewKit::documentTitle(const core::Role &role)
{
    return tr("Interview kit: %1").arg(user(role.title));
}

core::Result<std::unique_ptr<ReportDocument>> InterviewKit::build(core::Store &store,
                                                                  core::Id roleId)
{
    auto role = store.role(roleId);
    if (!role)
        return role.error();
    auto taxonomy = store.taxonomy();
    if (!taxonomy)
        return taxonomy.error();
    return document(*role, *taxonomy);
}

std::unique_ptr<ReportDocument> InterviewKit::document(const core::Role &role,
                                                       const core::Taxonomy &taxonomy)
{
    using Level = core::Regret::Level;
    const TaxonomyText text(taxonomy);
    auto report = std::make_unique<ReportDocument>(documentTitle(role));

    QString html = report->heading(1, tr("Interview kit"), 0);
    html += paragraph(escape(user(role.title)), QStringLiteral("subtitle"));
    // Runs of spaces would collapse in HTML: keep the gaps between the fields.
    html += paragraph(escape(tr("Candidate: ____________________________    Interviewer: "
                                "____________________________    Date: ______________"))
                          .replace(QStringLiteral("  "), QStringLiteral("&nbsp;&nbsp;")));
    html += paragraph(
        QStringLiteral("<b>%1</b> %2")
            .arg(escape(tr("The question.")),
                 escape(tr("“Describe a system you built, and a decision you would reverse if you "
                           "started over.” Take the stages in order; tick a probe when you ask "
                           "it; after each regret, fill in its rating grid. Tag what the regret "
                           "is about, not how senior the candidate sounds."))));

    QStringList demands;
    for (const auto &[domain, depth] : role.domainDemands)
        demands << tr("%1 (depth %2)").arg(text.domain(domain), QString::number(depth));
    html += paragraph(QStringLiteral("<b>%1</b> %2")
                          .arg(escape(tr("What the role needs.")),
                               escape(demands.isEmpty()
                                          ? tr("Breadth %1 of 10; no specialist domain is demanded.")
                                                .arg(Terms::figure(role.breadthDemand))
                                          : tr("Breadth %1 of 10; depth in %2.")
                                                .arg(Terms::figure(role.breadthDemand),
                                                     demands.join(tr(", "))))));

    html += report->heading(2, tr("The guided question"), 0);
    for (int stage = 0; stage < StageGuide::StageCount; ++stage) {
        html += report->heading(
            3, tr("%1. %2").arg(stage + 1).arg(Terms::stage(core::Stage::ids[stage])), 1);
        if (stage == StageGuide::ProbeStage) {
            html += paragraph(escape(StageGuide::prompt(stage, Level::Unclear, false)));
            // On paper the level may not be settled yet: every variant of the probes, labelled.
            const std::pair<QString, Level> variants[] = {
                {tr("For a product-level regret:"), Level::Product},
                {tr("For a domain-specific or mixed regret:"), Level::Domain},
                {tr("While the level is still unclear:"), Level::Unclear},
            };
            for (const auto &[label, level] : variants) {
                html += paragraph(QStringLiteral("<i>%1</i><br>%2")
                                      .arg(escape(label),
                                           probeList(StageGuide::probes(stage, level,
                                                                        level != Level::Unclear))));
            }
        } else {
            html += paragraph(escape(StageGuide::prompt(stage, Level::Unclear, false)));
            html += paragraph(probeList(StageGuide::probes(stage, Level::Unclear, false)));
        }
        if (stage != StageGuide::StageCount - 1)
            html += paragraph(ReportDocument::ruledLines(stage == StageGuide::ProbeStage ? 4 : 3));
    }

    html += pageBreak() + report->heading(2, tr("Rating each regret"), 0);
    QStringList levels;
    for (Level level : {Level::Product, Level::Domain, Level::Mixed, Level::Unclear})
        levels << Terms::level(level);
    QStringList depths;
    for (int d = 0; d <= core::Regret::MaxDepth; ++d)
        depths << QString::number(d);
    QStringList domains;
    for (const auto &entry : taxonomy.domains())
        domains << text.domain(entry.id);
    QStringList layers;
    for (const auto &entry : taxonomy.layers())
        layers << text.layer(entry.id);
    for (int r = 1; r <= RegretSheets; ++r) {
        html += report->heading(3, tr("Regret %1").arg(r), 1);
        html += paragraph(escape(tr("The decision:")) + QStringLiteral("<br>")
                          + ReportDocument::ruledLines(2));
        html += table({escape(tr("Level")), escape(tr("Depth"))}, {{boxes(levels), boxes(depths)}},
                      {64, 36});
        html += paragraph(QStringLiteral("<b>%1</b> %2").arg(escape(tr("Domain:")), boxes(domains)));
        html += paragraph(
            QStringLiteral("<b>%1</b> %2").arg(escape(tr("Layers touched:")), boxes(layers)));
    }

    html += pageBreak() + report->heading(2, tr("The anchored depth scale"), 0);
    QList<QStringList> scale;
    for (int d = 0; d <= core::Regret::MaxDepth; ++d) {
        scale << QStringList{QString::number(d), escape(Terms::depthTag(d)),
                             escape(Terms::depthMeaning(d))};
    }
    html += table({escape(tr("Depth")), escape(tr("In short")), escape(tr("The answer…"))}, scale,
                  {8, 22, 70}, {0});
    html += report->heading(2, tr("The levels"), 0);
    html += LevelGuide::html(LevelGuide::Shortcuts::Hidden);

    // The heading as the header row of a table around the lines: Qt takes a table whose first
    // row does not fit to the next page, header and all, so "Notes" is never left alone at the
    // foot of a page when the lines do not fit below it (on Letter they do not).
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><thead><tr>"
                           "<td style=\"padding-top: 14px\">%1</td></tr></thead><tr><td>%2</td></tr>"
                           "</table>")
                .arg(report->heading(2, tr("Notes"), 0), paragraph(ReportDocument::ruledLines(14)));
    report->setBody(html);
    return report;
}

} // namespace hindsight::ui
