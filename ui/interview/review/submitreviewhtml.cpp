#include "ui/interview/review/submitreviewhtml.h"

#include "ui/common/colours.h"
#include "ui/common/localetext.h"
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
                                 const TaxonomyText &taxonomy, const QPalette &palette,
                                 const core::Interview *previous)
{
    QColor placeholder = palette.color(QPalette::PlaceholderText);
    // The placeholder colour may be the text colour made translucent, which an HTML colour name
    // cannot say: blend it over the base the text is drawn on instead.
    if (placeholder.alpha() < 255) {
        const double opacity = placeholder.alphaF();
        placeholder.setAlpha(255);
        placeholder = Colours::tint(palette.color(QPalette::Base), placeholder, opacity);
    }
    const QString muted = placeholder.name();
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
        html += regretRows(interview, previous, taxonomy, muted, missing);
        html += QStringLiteral("</table>");
    }
    if (previous && previous->regrets.size() > interview.regrets.size()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(colouredSpan(muted, escaped(tr("Version %1 had %n regret(s).", nullptr,
                                                        int(previous->regrets.size()))
                                                         .arg(previous->version))));
    }

    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escaped(tr("Notes")), notes(interview));

    if (problems.empty()) {
        const QString sealing =
            interview.isAmendment()
                ? tr("Submitting seals version %1: it replaces version %2 in the candidate's "
                     "figures. Version %2 is kept as it was, readable, with your reason beside it.")
                      .arg(interview.version)
                      .arg(interview.version - 1)
                : tr("Submitting seals the interview: it counts for the candidate's figures from "
                     "then on, and only an amendment with a written reason can change it (the "
                     "sealed version is kept).");
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(escaped(tr("Nothing is missing")), escaped(sealing));
    } else {
        html += QStringLiteral("<h3>%1</h3><ul>")
                    .arg(colouredSpan(Colours::problem().name(), escaped(tr("Still missing"))));
        for (const core::InterviewSeal::Problem &p : problems)
            html += QStringLiteral("<li>%1</li>").arg(escaped(SubmitProblems::describe(p)));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString SubmitReviewHtml::regretRows(const core::Interview &interview,
                                     const core::Interview *previous, const TaxonomyText &taxonomy,
                                     const QString &muted, const QString &missing)
{
    // Plain values, so a cell can be compared with the same cell of the version amended.
    const auto level = [](const core::Regret &r) {
        return r.levelChosen ? Terms::level(r.level) : QString();
    };
    const auto domain = [&taxonomy](const core::Regret &r) {
        if (!r.levelChosen || !core::Regret::needsDomain(r.level) || r.domain.empty())
            return QString();
        return taxonomy.domain(r.domain);
    };
    const auto depth = [](const core::Regret &r) {
        return r.depthChosen ? tr("%1 · %2").arg(r.depth).arg(Terms::depthTag(r.depth)) : QString();
    };
    const auto layers = [&taxonomy](const core::Regret &r) {
        return taxonomy.layers(r.layers).join(tr(", "));
    };
    QString html;
    for (const core::Regret &r : interview.regrets) {
        const core::Regret *before = nullptr;
        if (previous) {
            for (const core::Regret &p : previous->regrets) {
                if (p.position == r.position)
                    before = &p;
            }
        }
        // What an amendment changes, under the new value: the reviewer checks the correction.
        const auto was = [&](const auto &value, const QString &shown) {
            if (!before || value(*before) == value(r))
                return shown;
            const QString old = value(*before);
            const QString text = tr("was: %1").arg(old.isEmpty() ? tr("none") : old);
            return shown + QStringLiteral("<br><i>%1</i>").arg(colouredSpan(muted, escaped(text)));
        };
        const QString decision = Terms::text(r.decision).simplified();
        QString title = decision.isEmpty()
                            ? colouredSpan(muted, escaped(tr("(no decision written down)")))
                            : escaped(decision);
        if (previous && !before)
            title += QStringLiteral("<br>")
                     + colouredSpan(muted, escaped(tr("new in this version")));
        QString domainCell;
        if (!r.levelChosen || !core::Regret::needsDomain(r.level))
            domainCell = colouredSpan(muted, escaped(tr("not needed")));
        else if (r.domain.empty())
            domainCell = missing;
        else
            domainCell = escaped(domain(r));
        const QString depthCell = r.depthChosen
                                      ? QStringLiteral("%1<br>%2")
                                            .arg(escaped(depth(r)),
                                                 colouredSpan(muted,
                                                              escaped(Terms::depthMeaning(r.depth))))
                                      : missing;
        const QString layerCell = r.layers.empty() ? colouredSpan(muted, escaped(tr("none")))
                                                   : escaped(layers(r));
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1.</b> %2</td><td valign=\"top\">%3</td>"
                               "<td valign=\"top\">%4</td><td valign=\"top\">%5</td>"
                               "<td valign=\"top\">%6</td></tr>")
                    .arg(LocaleText::number(r.position + 1), title,
                         was(level, r.levelChosen ? escaped(level(r)) : missing),
                         was(domain, domainCell), was(depth, depthCell), was(layers, layerCell));
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
