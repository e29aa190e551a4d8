#include "ui/candidate/figurespanel.h"

#include "ui/candidate/figurecard.h"
#include "ui/candidate/riskchips.h"
#include "ui/common/fitrisks.h"
#include "ui/common/localetext.h"
#include "ui/common/terms.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hindsight::ui {

FiguresPanel::FiguresPanel(QWidget *parent)
    : QWidget(parent)
    , m_fit(new FigureCard(tr("Fit for the role"), QStringLiteral("fitValue"), this))
    , m_breadth(new FigureCard(tr("Breadth"), QStringLiteral("breadthValue"), this))
    , m_depth(new FigureCard(tr("Depth"), QStringLiteral("depthValue"), this))
    , m_archetype(new FigureCard(tr("Shape"), QStringLiteral("archetypeValue"), this))
    , m_risksCaption(new QLabel(tr("Risks"), this))
    , m_risks(new RiskChips(this))
{
    m_fit->setEmphasized(true);
    m_risks->setObjectName(QStringLiteral("risksValue"));
    m_risksCaption->setForegroundRole(QPalette::PlaceholderText);
    m_risksCaption->setBuddy(m_risks);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    cards->addWidget(m_fit, 4);
    cards->addWidget(m_breadth, 3);
    cards->addWidget(m_depth, 3);
    cards->addWidget(m_archetype, 4);

    // What each risk means is spelled out in the explanation below and in the chips' tooltip.
    auto *risks = new QHBoxLayout;
    risks->setContentsMargins(2, 0, 0, 0);
    risks->setSpacing(12);
    risks->addWidget(m_risksCaption);
    risks->addWidget(m_risks, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(cards);
    layout->addLayout(risks);
}

void FiguresPanel::setFigures(const core::CandidateFigures &c, const core::RoleTarget &target,
                              const core::Fit &fit, const TaxonomyText &taxonomy)
{
    const QString targetShape = Terms::archetype(target.archetype);
    m_breadth->setNote(tr("Role asks for %1").arg(Terms::figure(target.breadth)));
    m_depth->setNote(tr("Role asks for %1").arg(Terms::figure(target.depth)));
    m_archetype->setNote(tr("Role calls for a %1").arg(targetShape));

    if (c.submittedInterviews == 0) {
        // Zeros here would read as a verdict; without evidence there is none to give.
        const QString none = tr("–");
        m_fit->setValue(none, tr("Fit: not scored, no submitted interview"));
        m_fit->setNote(tr("Scored once an interview is submitted"));
        m_breadth->setValue(none, tr("Breadth: not scored"));
        m_depth->setValue(none, tr("Depth: not scored"));
        m_archetype->setValue(none, tr("Shape: not scored"));
        m_risks->clear();
        return;
    }

    m_fit->setValue(LocaleText::number(fit.score), tr("Fit %1 out of 100").arg(fit.score));
    m_fit->setNote(tr("out of 100"));
    m_breadth->setValue(Terms::figure(c.breadth),
                        tr("Breadth %1 out of 10").arg(Terms::figure(c.breadth)));
    m_depth->setValue(Terms::figure(c.depth), tr("Depth %1 out of 10").arg(Terms::figure(c.depth)));
    m_archetype->setValue(Terms::archetype(c.archetype),
                          tr("Shape: %1").arg(Terms::archetype(c.archetype)));

    QStringList meanings;
    for (core::Risk r : fit.risks)
        meanings << FitRisks::meaning(r, fit, taxonomy);
    m_risks->setRisks(fit.risks, FitRisks::names(fit, taxonomy), meanings);
}

} // namespace hindsight::ui
