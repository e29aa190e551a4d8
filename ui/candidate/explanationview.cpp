#include "ui/candidate/explanationview.h"

#include "ui/common/explanationhtml.h"

#include <QEvent>
#include <QUrl>

namespace hindsight::ui {

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
        if (url.scheme() == ExplanationHtml::RegretScheme)
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

void ExplanationView::render()
{
    ExplanationHtml::Style style;
    style.mutedColour = palette().color(QPalette::PlaceholderText).name();
    setHtml(ExplanationHtml::render(*m_explanation, m_taxonomy, style));
}

} // namespace hindsight::ui
