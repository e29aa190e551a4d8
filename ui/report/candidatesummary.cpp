#include "ui/report/candidatesummary.h"

#include "ui/report/blindmask.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reporthtml.h"

#include "ui/charts/breadthdepthchart.h"
#include "ui/common/colours.h"
#include "ui/common/explanationhtml.h"
#include "ui/common/fitrisks.h"
#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"
#include "ui/common/regretanswer.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"
#include "ui/interview/probesasked.h"
#include "ui/interview/stageguide.h"

#include "core/stage.h"

#include <algorithm>

namespace hindsight::ui {

using namespace ReportHtml;

namespace {

constexpr double ChartWidthMm = 98.0;
constexpr double ChartHeightMm = 84.0;

QString labelled(const QString &label, const QString &valueHtml)
{
    return span(QStringLiteral("label"), escape(label.toUpper())) + QStringLiteral("<br>")
           + valueHtml;
}

} // namespace

CandidateSummary::CandidateSummary(const CandidateDossier &dossier, const BlindMask &mask,
                                   const QString &alias)
    : m_d(dossier)
    , m_mask(mask)
    , m_alias(alias)
{
}

QString CandidateSummary::displayName() const
{
    return PlainText::isolate(m_mask.name(QString::fromStdString(m_d.candidate.name), m_alias));
}

QString CandidateSummary::text(const std::string &utf8) const
{
    return text(QString::fromStdString(utf8));
}

QString CandidateSummary::text(const QString &words) const
{
    return excerpt(m_mask.text(words), m_excerpt);
}

QString CandidateSummary::documentTitle(const CandidateDossier &dossier)
{
    return tr("Candidate summary: %1, %2").arg(user(dossier.candidate.name), user(dossier.role.title));
}

std::unique_ptr<ReportDocument> CandidateSummary::document(const CandidateDossier &dossier)
{
    auto report = std::make_unique<ReportDocument>(documentTitle(dossier));
    const BlindMask none;
    report->setBody(CandidateSummary(dossier, none).html(*report));
    return report;
}

QString CandidateSummary::html(ReportDocument &report) const
{
    ReportChart chart;
    chart.role = m_d.role;
    chart.candidates = {
        BreadthDepthChart::fromFigures(m_d.candidate.id, displayName(), m_d.figures, m_d.fit)};
    const QString chartHtml = report.chart(std::move(chart), ChartWidthMm, ChartHeightMm);

    QString html = header(report);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"58%\">%1</td><td width=\"42%\" style=\"padding-left: 8px\">"
                           "%2</td></tr></table>")
                .arg(chartHtml, figures());

    html += report.heading(2, tr("Why the candidate is here"), m_outlineDepth + 1);
    core::Explanation explanation = m_d.explanation;
    for (auto *refs : {&explanation.breadthRegrets, &explanation.depthRegrets}) {
        for (core::Explanation::RegretRef &ref : *refs) {
            QString decision = m_mask.text(QString::fromStdString(ref.decision));
            // The decision names the regret here; the whole answer follows in the table.
            if (m_excerpt > 0 && decision.size() > m_excerpt)
                decision = decision.left(m_excerpt).append(u'\u2026');
            ref.decision = decision.toStdString();
        }
    }
    html += ExplanationHtml::render(explanation, TaxonomyText(m_d.taxonomy),
                                    {Colours::paperMuted().name(), /*regretLinks=*/false});
    html += regrets(report);
    return html;
}

QString CandidateSummary::header(ReportDocument &report) const
{
    // The outline lists the name itself: it is a title of its own there, with no words around it
    // to isolate it from.
    QString html = report.heading(1, displayName(), m_outlineDepth,
                                  m_mask.name(QString::fromStdString(m_d.candidate.name), m_alias));
    html += paragraph(escape(tr("Candidate summary for the role %1").arg(user(m_d.role.title))),
                      QStringLiteral("subtitle"));
    QStringList interviews;
    for (const core::Interview &i : m_d.submitted) {
        interviews << (i.isAmendment()
                           ? tr("%1 (%2, amended %3)")
                                 .arg(user(i.interviewer), ReportHtml::date(i.startedAt),
                                      ReportHtml::date(i.amendedAt))
                           : tr("%1 (%2)").arg(user(i.interviewer), ReportHtml::date(i.startedAt)));
    }
    // Drafts are not mentioned here: the explanation below says how many wait to be submitted.
    const QString who = interviews.isEmpty()
                            ? tr("No submitted interviews yet.")
                            : tr("Interviewed by %1.").arg(interviews.join(tr("; ")));
    return html + paragraph(escape(who), QStringLiteral("muted"));
}

QString CandidateSummary::figures() const
{
    const bool placed = m_d.figures.submittedInterviews > 0;
    const auto figure = [placed](double value) {
        return span(QStringLiteral("figure"), placed ? Terms::figure(value) : tr("–"));
    };
    QString html = QStringLiteral("<table class=\"figures\" width=\"100%\" cellspacing=\"0\">");
    html += QStringLiteral("<tr><td width=\"50%\">%1</td><td width=\"50%\">%2</td></tr>")
                .arg(labelled(tr("Breadth"), figure(m_d.figures.breadth)),
                     labelled(tr("Depth"), figure(m_d.figures.depth)));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                .arg(labelled(tr("Shape"), span(QStringLiteral("figure"),
                                                escape(Terms::archetype(m_d.figures.archetype)))),
                     labelled(tr("Fit"), span(QStringLiteral("figure"),
                                              placed ? LocaleText::number(m_d.fit.score) : tr("–"))));
    html += QStringLiteral("</table>");

    const TaxonomyText taxonomy(m_d.taxonomy);
    if (placed) {
        // Names only: the explanation below gives each risk's meaning.
        const QStringList risks = FitRisks::names(m_d.fit, taxonomy, FitRisks::Labels::Isolated);
        html += paragraph(labelled(tr("Risks"),
                                   QStringLiteral("<b>%1</b>").arg(escape(risks.join(tr(", "))))));
    }
    html += paragraph(labelled(tr("Role target"),
                               escape(tr("Breadth %1, depth %2: %3.")
                                          .arg(Terms::figure(m_d.target.breadth),
                                               Terms::figure(m_d.target.depth),
                                               Terms::archetype(m_d.target.archetype)))));
    if (!m_d.decisions.empty()) {
        const core::Decision &d = m_d.decisions.back();
        QString decision = QStringLiteral("<b>%1</b>").arg(escape(Terms::outcome(d.outcome)));
        if (!d.rationale.empty())
            decision += QStringLiteral(": ") + text(d.rationale);
        decision += QStringLiteral("<br>")
                    + span(QStringLiteral("muted"), escape(byWhom(d.recordedBy, d.decidedAt)));
        html += paragraph(labelled(tr("Decision"), decision));
    }
    if (!m_d.overrides.empty()) {
        const core::PlacementOverride &o = m_d.overrides.back();
        html += paragraph(labelled(
            tr("Placed by hand"),
            escape(tr("Breadth %1, depth %2 (the formula's figures stay as above).")
                       .arg(Terms::figure(o.breadth), Terms::figure(o.depth)))
                + QStringLiteral("<br>") + text(o.reason) + QStringLiteral("<br>")
                + span(QStringLiteral("muted"), escape(byWhom(o.recordedBy, o.recordedAt)))));
    }
    return html;
}

QString CandidateSummary::regrets(ReportDocument &report) const
{
    QString html = report.heading(2, tr("Regrets and the evidence behind each rating"),
                                  m_outlineDepth + 1);
    if (m_d.submitted.empty())
        return html
               + paragraph(escape(tr("Nothing to show until an interview is submitted.")),
                           QStringLiteral("muted"));
    for (const core::Interview &interview : m_d.submitted) {
        const QString title = escape(tr("Interview by %1, %2")
                                         .arg(user(interview.interviewer),
                                              ReportHtml::dateTime(interview.startedAt)))
                              + amendment(interview);
        QList<QStringList> rows;
        for (const core::Regret &regret : interview.regrets)
            rows << regretRow(interview, regret);
        if (rows.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>").arg(title);
            html += paragraph(escape(tr("No regret was recorded in this interview.")),
                              QStringLiteral("muted"));
        } else {
            html += table({escape(tr("Regret")), escape(tr("Rating")),
                           escape(tr("Notes and quotes"))},
                          rows, {36, 28, 36}, {}, title);
        }
        html += otherNotes(interview);
        html += probes(interview);
    }
    return html;
}

QString CandidateSummary::amendment(const core::Interview &interview) const
{
    if (!interview.isAmendment())
        return {};
    // Under the interview's title, which repeats on every page its table runs over: the committee
    // reads the amended version, and should know when and why it changed.
    const QString head = tr("Amended %1 (version %2). Reason:")
                             .arg(ReportHtml::dateTime(interview.amendedAt),
                                  LocaleText::number(interview.version));
    return QStringLiteral("<br>")
           + span(QStringLiteral("amended"),
                  QStringLiteral("<b>%1</b> %2 %3")
                      .arg(escape(head), text(interview.amendReason),
                           span(QStringLiteral("muted"),
                                escape(tr("(The earlier version is kept unchanged in "
                                          "Hindsight.)")))));
}

QStringList CandidateSummary::regretRow(const core::Interview &interview,
                                        const core::Regret &regret) const
{
    // The whole answer, in the order the question asks for it; a field left empty is left out.
    QString said = QStringLiteral("<b>%1</b>").arg(escape(tr("Regret %1").arg(regret.position + 1)));
    const QList<RegretAnswer::Part> parts = RegretAnswer::filled(regret);
    if (parts.isEmpty())
        said += QStringLiteral("<br>")
                + span(QStringLiteral("muted"), escape(tr("Nothing of the answer written down.")));
    for (const RegretAnswer::Part &part : parts) {
        const QString words = text(part.text);
        said += QStringLiteral("<br>%1 %2")
                    .arg(span(QStringLiteral("muted"), escape(tr("%1:").arg(part.label))),
                         part.field == RegretAnswer::Field::Decision
                             ? QStringLiteral("<b>%1</b>").arg(words)
                             : words);
    }

    const TaxonomyText taxonomy(m_d.taxonomy);
    QString rating = QStringLiteral("<b>%1</b>").arg(escape(Terms::level(regret.level)));
    if (core::Regret::needsDomain(regret.level) && !regret.domain.empty())
        rating += escape(tr(", %1").arg(taxonomy.domain(regret.domain)));
    rating +=
        QStringLiteral("<br><b>%1</b><br>%2")
            .arg(escape(tr("Depth %1 of 4: %2").arg(regret.depth).arg(Terms::depthTag(regret.depth))),
                 span(QStringLiteral("muted"), escape(Terms::depthMeaning(regret.depth))));
    if (!regret.layers.empty())
        rating += QStringLiteral("<br>")
                  + span(QStringLiteral("muted"),
                         escape(tr("Layers: %1").arg(taxonomy.layers(regret.layers).join(tr(", ")))));

    return {said, rating, evidence(interview, regret.id)};
}

QString CandidateSummary::evidence(const core::Interview &interview, core::Id regretId) const
{
    QStringList lines;
    for (const core::Note &note : interview.notes) {
        if (note.regretId != regretId)
            continue;
        const QString words = QString::fromStdString(note.text);
        lines << QStringLiteral("%1&nbsp; %2")
                     .arg(span(QStringLiteral("time"), escape(Terms::offset(note.atMs))),
                          note.quote ? span(QStringLiteral("quote"), text(Terms::quoted(words)))
                                     : text(words));
    }
    if (lines.isEmpty())
        return span(QStringLiteral("muted"), escape(tr("No note linked to this regret.")));
    return lines.join(QStringLiteral("<br>"));
}

QString CandidateSummary::otherNotes(const core::Interview &interview) const
{
    QList<QStringList> rows;
    for (const core::Note &note : interview.notes) {
        const bool linked = std::any_of(interview.regrets.begin(), interview.regrets.end(),
                                        [&](const core::Regret &r) { return r.id == note.regretId; });
        if (linked)
            continue;
        const QString words = QString::fromStdString(note.text);
        rows << QStringList{span(QStringLiteral("time"), escape(Terms::offset(note.atMs))),
                            span(QStringLiteral("muted"), escape(Terms::stage(note.stage))),
                            note.quote ? span(QStringLiteral("quote"), text(Terms::quoted(words)))
                                       : text(words)};
    }
    if (rows.isEmpty())
        return {};
    // A table, as the regrets' and the probes': Qt's layout may cut a paragraph that follows a
    // table across a page break, never a table row.
    return table({escape(tr("Time")), escape(tr("Stage")), escape(tr("Other notes"))}, rows,
                 {10, 18, 72});
}

QString CandidateSummary::probes(const core::Interview &interview) const
{
    // A table, so that its heading row is never left alone at the foot of a page.
    const QStringList headers{escape(tr("Regret")), escape(tr("Probes asked"))};
    const QList<int> widths{20, 80};
    if (interview.probeTicks.empty()) {
        const QString none = escape(tr("None were ticked during the interview."));
        return table(headers, {{QString(), span(QStringLiteral("muted"), none)}}, widths);
    }
    // One row per regret, each probed on its own, so a regret nobody probed shows as such.
    QList<QStringList> rows;
    for (const ProbesAsked::Regret &regret : ProbesAsked::of(interview)) {
        QStringList lines;
        for (const ProbesAsked::Probe &p : regret.probes) {
            QString line = escape(p.text);
            if (p.stage < StageGuide::StageCount) {
                const QString stage = Terms::stage(core::Stage::ids[std::size_t(p.stage)]);
                line += QStringLiteral(" ")
                        + span(QStringLiteral("muted"), escape(tr("(%1)").arg(stage)));
            }
            lines << line;
        }
        const QString name = regret.position < 0 ? escape(tr("Not tied to a regret"))
                                                 : escape(tr("Regret %1").arg(regret.position + 1));
        rows << QStringList{name, lines.isEmpty() ? span(QStringLiteral("muted"),
                                                         escape(tr("None ticked for this regret.")))
                                                  : lines.join(QStringLiteral("<br>"))};
    }
    return table(headers, rows, widths);
}

} // namespace hindsight::ui
