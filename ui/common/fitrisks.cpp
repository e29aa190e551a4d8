#include "ui/common/fitrisks.h"

#include "ui/common/plaintext.h"
#include "ui/common/terms.h"

namespace hindsight::ui {

namespace {

bool marked(core::Risk risk, const core::Fit &fit)
{
    return risk == core::Risk::UnderDepth && fit.underDepthNotProbed();
}

} // namespace

QString FitRisks::askAbout(const core::Fit &fit, const TaxonomyText &taxonomy, Labels labels)
{
    QStringList domains;
    for (const std::string &id : fit.notProbed) {
        const QString label = taxonomy.domain(id);
        domains << (labels == Labels::Isolated ? PlainText::isolate(label) : label);
    }
    return domains.join(tr(", "));
}

QString FitRisks::name(core::Risk risk, const core::Fit &fit, const TaxonomyText &taxonomy,
                       Labels labels)
{
    if (!marked(risk, fit))
        return Terms::risk(risk);
    //: A risk whose cause is missing evidence: %1 is the risk ("Under-depth"), %2 the domains
    //: no interview asked about.
    return tr("%1 (not probed: ask about %2)").arg(Terms::risk(risk), askAbout(fit, taxonomy, labels));
}

QStringList FitRisks::names(const core::Fit &fit, const TaxonomyText &taxonomy, Labels labels)
{
    QStringList result;
    for (core::Risk r : fit.risks)
        result << name(r, fit, taxonomy, labels);
    return result;
}

QString FitRisks::meaning(core::Risk risk, const core::Fit &fit, const TaxonomyText &taxonomy,
                          Labels labels)
{
    if (marked(risk, fit)) {
        return tr("No submitted interview asked about %1, so the depth the role needs there is "
                  "missing evidence, not a weakness: ask about it before weighing the fit.")
            .arg(askAbout(fit, taxonomy, labels));
    }
    QString domain;
    if (!fit.depthGapDomain.empty()) {
        domain = taxonomy.domain(fit.depthGapDomain);
        if (labels == Labels::Isolated)
            domain = PlainText::isolate(domain);
    }
    return Terms::riskMeaning(risk, domain);
}

} // namespace hindsight::ui
