#include "explanationview.h"

#include "terms.h"

#include <QEvent>
#include <QUrl>

namespace hindsight::ui {

namespace {

const QString RegretScheme = QStringLiteral("regret");

QString bold(const QString &text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>%1</p>").arg(html);
}

} // namespace

ExplanationView::ExplanationView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("explanationView"));
    setAccessibleName(tr("Why this candidate is here"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::StyledPanel);
    document()->setDocumentMargin(10);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == RegretScheme)
            emit regretActivated(url.path().toLongLong());
    });
}

void ExplanationView::setExplanation(const core::Explanation &explanation,
                                     const TaxonomyText &taxonomy)
{
    m_explanation = explanation;
    m_taxonomy = taxonomy;
    render();
}

void ExplanationView::clearExplanation()
{
    m_explanation.reset();
    clear();
}

void ExplanationView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The muted colour is baked into the HTML, so a new palette needs a new rendering.
    if (event->type() == QEvent::PaletteChange && m_explanation)
        render();
}

QString ExplanationView::muted(const QString &html) const
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(palette().color(QPalette::PlaceholderText).name(), html);
}

QString ExplanationView::regretList(const std::vector<core::Explanation::RegretRef> &refs) const
{
    if (refs.empty())
        return {};
    QString html = QStringLiteral("<ul style=\"margin-top:0px\">");
    for (const auto &ref : refs) {
        const QString decision = Terms::text(ref.decision);
        const QString title = decision.isEmpty() ? tr("(no decision written down)")
                                                 : tr("“%1”").arg(decision);
        QStringList tags{Terms::text(ref.interviewer), Terms::level(ref.level)};
        if (!ref.domain.empty())
            tags << m_taxonomy.domain(ref.domain);
        tags << tr("depth %1 (%2)").arg(ref.depth).arg(Terms::depthTag(ref.depth));
        html += QStringLiteral("<li><a href=\"%1:%2\">%3</a> %4</li>")
                    .arg(RegretScheme)
                    .arg(ref.regretId)
                    .arg(title.toHtmlEscaped(),
                         muted(tr("— %1").arg(tags.join(tr(" · "))).toHtmlEscaped()));
    }
    return html + QStringLiteral("</ul>");
}

void ExplanationView::render()
{
    const core::Explanation &e = *m_explanation;
    QString html;

    if (e.submittedInterviews == 0) {
        html += paragraph(bold(tr("Nothing to place yet.")) + QLatin1Char(' ')
                          + tr("Breadth, depth and fit come from submitted interviews only, and "
                               "this candidate has none.").toHtmlEscaped());
    } else {
        QStringList layers;
        for (const std::string &id : e.layersCovered)
            layers << m_taxonomy.layer(id);
        const QString breadthHead = tr("Breadth %1.").arg(Terms::figure(e.breadth));
        const QString breadthBody =
            layers.isEmpty()
                ? tr("No regret rated 2 or deeper touched a stack layer, in %n submitted "
                     "interview(s).", nullptr, e.submittedInterviews)
                : tr("The share of the %1 stack layers each interview reached with a regret rated "
                     "2 or deeper, averaged over %n submitted interview(s). Layers reached: %2.",
                     nullptr, e.submittedInterviews)
                      .arg(QString::number(m_taxonomy.layerCount()), layers.join(tr(", ")));
        html += paragraph(bold(breadthHead) + QLatin1Char(' ') + breadthBody.toHtmlEscaped());
        html += regretList(e.breadthRegrets);

        const QString depthHead = tr("Depth %1.").arg(Terms::figure(e.depth));
        const QString depthBody =
            e.deepestDomain.empty()
                ? tr("No domain-specific or mixed regret was rated above 0.")
                : tr("The deepest domain is %1, rated %2 of 4 on average over the interviews "
                     "that reached it; depth is that rating times 2.5.")
                      .arg(m_taxonomy.domain(e.deepestDomain), Terms::figure(e.deepestDomainDepth));
        html += paragraph(bold(depthHead) + QLatin1Char(' ') + depthBody.toHtmlEscaped());
        html += regretList(e.depthRegrets);
    }

    const QString shape = tr("Shape: %1.").arg(Terms::archetype(e.archetype));
    const QString target =
        tr("The role's target is breadth %1 and depth %2, which calls for a %3.")
            .arg(Terms::figure(e.target.breadth), Terms::figure(e.target.depth),
                 Terms::archetype(e.target.archetype));
    html += paragraph(bold(shape) + QLatin1Char(' ') + target.toHtmlEscaped());

    if (e.submittedInterviews > 0) {
        const QString gapDomain = e.fit.depthGapDomain.empty()
            ? tr("depth short of the role")
            : tr("depth short in %1").arg(m_taxonomy.domain(e.fit.depthGapDomain));
        const QString formula =
            tr("= 100 − 6 × %1 (breadth short of the role) − 6 × %2 (%3) − 2 × %4 (depth beyond "
               "what the role needs), kept between 0 and 100.")
                .arg(Terms::figure(e.fit.breadthGap), Terms::figure(e.fit.depthGap), gapDomain,
                     Terms::figure(e.fit.excess));
        html += paragraph(bold(tr("Fit %1").arg(e.fit.score)) + QLatin1Char(' ')
                          + formula.toHtmlEscaped());
        const QString gapLabel = e.fit.depthGapDomain.empty()
            ? QString() : m_taxonomy.domain(e.fit.depthGapDomain);
        for (core::Risk r : e.fit.risks) {
            html += paragraph(bold(tr("%1:").arg(Terms::risk(r))) + QLatin1Char(' ')
                              + Terms::riskMeaning(r, gapLabel).toHtmlEscaped());
        }
    }
    if (e.draftInterviews > 0) {
        html += paragraph(muted(tr("%n draft interview(s) not counted until submitted.", nullptr,
                                   e.draftInterviews).toHtmlEscaped()));
    }
    setHtml(html);
}

} // namespace hindsight::ui
