#include "ui/interview/review/submitreviewhtml.h"

#include "ui/common/colours.h"
#include "ui/common/terms.h"
#include "ui/interview/submitproblems.h"

#include <algorithm>

namespace hindsight::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString colouredSpan(const QString &colour, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, html);
}

} // namespace

QString SubmitReviewHtml::render(const core::Interview &interview,
                                 const std::vector<core::InterviewSeal::Problem> &problems,
                                 const TaxonomyText &taxonomy, const QPalette &palette)
{
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    const QString missing = colouredSpan(Colours::problem().name(),
                                         QStringLiteral("<b>%1</b>").arg(escaped(tr("missing"))));
    QString html;
    if (interview.isAmendment()) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(escaped(tr("Amendment: version %1 replaces version %2.")
                                     .arg(interview.version)
                                     .arg(interview.version - 1)),
                         escaped(tr("Reason: %1").arg(Terms::text(interview.amendReason))));
    }

    html += QStringLiteral("<h3>%1</h3>")
                .arg(escaped(tr("%n regret(s)", nullptr, int(interview.regrets.size()))));
    if (interview.regrets.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(missing);
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
        html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                               "<th align=\"left\">%3</th><th align=\"left\">%4</th>"
                               "<th align=\"left\">%5</th></tr>")
                    .arg(escaped(tr("Regret")), escaped(tr("Level")), escaped(tr("Domain")),
                         escaped(tr("Depth")), escaped(tr("Layers")));
        html += regretRows(interview, taxonomy, muted, missing);
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escaped(tr("Notes")), notes(interview));

    if (problems.empty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(escaped(tr("Nothing is missing")),
                         escaped(tr("Submitting seals the interview: it counts for the "
                                    "candidate's figures from then on, and only an amendment with "
                                    "a written reason can change it (the sealed version is "
                                    "kept).")));
    } else {
        html += QStringLiteral("<h3>%1</h3><ul>")
                    .arg(colouredSpan(Colours::problem().name(), escaped(tr("Still missing"))));
        for (const core::InterviewSeal::Problem &p : problems)
            html += QStringLiteral("<li>%1</li>").arg(escaped(SubmitProblems::describe(p)));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString SubmitReviewHtml::regretRows(const core::Interview &interview, const TaxonomyText &taxonomy,
                                     const QString &muted, const QString &missing)
{
    QString html;
    for (const core::Regret &r : interview.regrets) {
        const QString decision = Terms::text(r.decision).simplified();
        const QString title = decision.isEmpty()
                                  ? colouredSpan(muted, escaped(tr("(no decision written down)")))
                                  : escaped(decision);
        const QString level = r.levelChosen ? escaped(Terms::level(r.level)) : missing;
        QString domain;
        if (!r.levelChosen || !core::Regret::needsDomain(r.level))
            domain = colouredSpan(muted, escaped(tr("not needed")));
        else if (r.domain.empty())
            domain = missing;
        else
            domain = escaped(taxonomy.domain(r.domain));
        const QString depth =
            r.depthChosen
                ? QStringLiteral("%1<br>%2")
                      .arg(escaped(tr("%1 · %2").arg(r.depth).arg(Terms::depthTag(r.depth))),
                           colouredSpan(muted, escaped(Terms::depthMeaning(r.depth))))
                : missing;
        const QStringList layers = taxonomy.layers(r.layers);
        const QString layerText = layers.isEmpty() ? colouredSpan(muted, escaped(tr("none")))
                                                   : escaped(layers.join(tr(", ")));
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1.</b> %2</td><td valign=\"top\">%3</td>"
                               "<td valign=\"top\">%4</td><td valign=\"top\">%5</td>"
                               "<td valign=\"top\">%6</td></tr>")
                    .arg(QString::number(r.position + 1), title, level, domain, depth, layerText);
    }
    return html;
}

QString SubmitReviewHtml::notes(const core::Interview &interview)
{
    const int quotes = int(std::count_if(interview.notes.begin(), interview.notes.end(),
                                         [](const core::Note &n) { return n.quote; }));
    QString text = tr("%n note(s)", nullptr, int(interview.notes.size()));
    if (quotes > 0)
        text = tr("%1 (%2)").arg(text, tr("%n quote(s)", nullptr, quotes));
    text = tr("%1, %2.").arg(text,
                             tr("%n probe(s) ticked", nullptr, int(interview.probeTicks.size())));
    QString html = escaped(text);
    // Submitting commits the line still in the editor as the last note: say so before it happens.
    const QString pending = Terms::text(interview.pendingNote).trimmed();
    if (!pending.isEmpty()) {
        html += QStringLiteral("<br>")
                + escaped(
                    tr("The line still in the note editor becomes the last note: “%1”").arg(pending));
    }
    return html;
}

} // namespace hindsight::ui
