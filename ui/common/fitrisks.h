#pragma once

#include "ui/common/taxonomytext.h"

#include "core/scoring/figures.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hindsight::ui {

// The risks of a candidate's fit in words, with DESIGN.md's "not probed" mark: an under-depth
// that comes only from demanded domains no submitted interview probed keeps its name, and says
// which domains to ask about next. One wording for the board, the candidate page, the explanation
// and the reports.
class FitRisks final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::FitRisks)

public:
    FitRisks() = delete;

    // Domain labels can be typed by users: on paper they are bidi-isolated (PlainText::isolate).
    enum class Labels { AsShown, Isolated };

    // "Under-depth (not probed: ask about Payments, Event streaming)" or the risk's plain name.
    static QString name(core::Risk risk, const core::Fit &fit, const TaxonomyText &taxonomy,
                        Labels labels = Labels::AsShown);
    static QStringList names(const core::Fit &fit, const TaxonomyText &taxonomy,
                             Labels labels = Labels::AsShown);
    // One plain sentence on what the risk means; for a marked under-depth, that the evidence is
    // missing and which domains to ask about.
    static QString meaning(core::Risk risk, const core::Fit &fit, const TaxonomyText &taxonomy,
                           Labels labels = Labels::AsShown);
    // The domains to ask about, labelled and joined ("Payments, Event streaming"); empty when
    // the under-depth is not marked.
    static QString askAbout(const core::Fit &fit, const TaxonomyText &taxonomy,
                            Labels labels = Labels::AsShown);
};

} // namespace hindsight::ui
