#include "ui/common/explanationhtml.h"

#include "ui/common/fitrisks.h"
#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"
#include "ui/common/terms.h"

#include "core/scoring/scorer.h"

namespace hindsight::ui {

namespace {

QString bold(const QString &text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString mutedSpan(const ExplanationHtml::Style &style, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(style.mutedColour, html);
}

} // namespace

QString ExplanationHtml::regretList(const std::vector<core::Explanation::RegretRef> &refs,
                                    const TaxonomyText &taxonomy, const Style &style)
{
    if (refs.empty())
        return {};
    QString html = QStringLiteral("<ul style=\"margin-top:0px\">");
    for (const auto &ref : refs) {
        const QString decision = PlainText::isolate(Terms::text(ref.decision));
        const QString title = decision.isEmpty() ? tr("(no decision written down)")
                                                 : tr("“%1”").arg(decision);
        QStringList tags{PlainText::isolate(Terms::text(ref.interviewer)), Terms::level(ref.level)};
        if (!ref.domain.empty())
            tags << taxonomy.domain(ref.domain);
        tags << tr("depth %1 (%2)").arg(ref.depth).arg(Terms::depthTag(ref.depth));
        const QString named = style.regretLinks ? QStringLiteral("<a href=\"%1:%2\">%3</a>")
                                                      .arg(RegretScheme)
                                                      .arg(ref.regretId)
                                                      .arg(title.toHtmlEscaped())
                                                : title.toHtmlEscaped();
        html += QStringLiteral("<li>%1 %2</li>")
                    .arg(named,
                         mutedSpan(style, tr("— %1").arg(tags.join(tr(" · "))).toHtmlEscaped()));
    }
    return html + QStringLiteral("</ul>");
}

QString ExplanationHtml::render(const core::Explanation &e, const TaxonomyText &taxonomy,
                                const Style &style)
{
    const auto muted = [&style](const QString &html) { return mutedSpan(style, html); };
    QString html;

    if (e.submittedInterviews == 0) {
        html += paragraph(bold(tr("Nothing to place yet.")) + QLatin1Char(' ')
                          + tr("Breadth, depth and fit come from submitted interviews only, and "
                               "this candidate has none.")
                                .toHtmlEscaped());
    } else {
        QStringList layers;
        for (const std::string &id : e.layersCovered)
            layers << taxonomy.layer(id);
        const QString breadthHead = tr("Breadth %1.").arg(Terms::figure(e.breadth));
        const QString breadthBody =
            layers.isEmpty()
                ? tr("No regret rated 2 or deeper touched a stack layer, in %n submitted "
                     "interview(s).",
                     nullptr, e.submittedInterviews)
                : tr("The share of the %1 stack layers each interview reached with a regret rated "
                     "2 or deeper, averaged over %n submitted interview(s). Layers reached: %2.",
                     nullptr, e.submittedInterviews)
                      .arg(LocaleText::number(qint64(taxonomy.layerCount())), layers.join(tr(", ")));
        html += paragraph(bold(breadthHead) + QLatin1Char(' ') + breadthBody.toHtmlEscaped());
        html += regretList(e.breadthRegrets, taxonomy, style);

        const QString depthHead = tr("Depth %1.").arg(Terms::figure(e.depth));
        const QString depthBody =
            e.deepestDomain.empty()
                ? tr("No domain-specific or mixed regret was rated above 0.")
                : tr("The deepest domain is %1, rated %2 of 4 on average over the interviews "
                     "that reached it; depth is that rating times %3.")
                      .arg(taxonomy.domain(e.deepestDomain), Terms::figure(e.deepestDomainDepth),
                           Terms::figure(core::Scorer::DepthScale));
        html += paragraph(bold(depthHead) + QLatin1Char(' ') + depthBody.toHtmlEscaped());
        html += regretList(e.depthRegrets, taxonomy, style);
    }

    const QString shape = tr("Shape: %1.").arg(Terms::archetype(e.archetype));
    const QString target = tr("The role's target is breadth %1 and depth %2, which calls for a %3.")
                               .arg(Terms::figure(e.target.breadth), Terms::figure(e.target.depth),
                                    Terms::archetype(e.target.archetype));
    html += paragraph(bold(shape) + QLatin1Char(' ') + target.toHtmlEscaped());

    if (e.submittedInterviews > 0) {
        const QString gapDomain = e.fit.depthGapDomain.empty()
                                      ? tr("depth short of the role")
                                      : tr("depth short in %1")
                                            .arg(taxonomy.domain(e.fit.depthGapDomain));
        const QString formula =
            tr("= 100 − 6 × %1 (breadth short of the role) − 6 × %2 (%3) − 2 × %4 (depth beyond "
               "what the role needs), kept between 0 and 100.")
                .arg(Terms::figure(e.fit.breadthGap), Terms::figure(e.fit.depthGap), gapDomain,
                     Terms::figure(e.fit.excess));
        html += paragraph(bold(tr("Fit %1").arg(e.fit.score)) + QLatin1Char(' ')
                          + formula.toHtmlEscaped());
        // Domain labels may be typed by users: isolated like every user text here.
        const auto labels = FitRisks::Labels::Isolated;
        for (core::Risk r : e.fit.risks) {
            html += paragraph(bold(tr("%1:").arg(FitRisks::name(r, e.fit, taxonomy, labels)))
                              + QLatin1Char(' ')
                              + FitRisks::meaning(r, e.fit, taxonomy, labels).toHtmlEscaped());
        }
    }
    if (e.draftInterviews > 0) {
        html += paragraph(muted(tr("%n draft interview(s) not counted until submitted.", nullptr,
                                   e.draftInterviews)
                                    .toHtmlEscaped()));
    }
    return html;
}

} // namespace hindsight::ui
