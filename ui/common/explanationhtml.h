#pragma once

#include "ui/common/taxonomytext.h"

#include "core/scoring/explanation.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::ui {

// core::Explanation as translated HTML sentences: why a candidate sits where it does, naming the
// regrets behind breadth and depth. One wording for the candidate page and the printed summaries.
class ExplanationHtml final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::ExplanationHtml)

public:
    struct Style
    {
        QString mutedColour; // secondary text, as a CSS colour
        // Named regrets become "regret:<id>" links (the candidate page follows them); on paper
        // they are plain text.
        bool regretLinks = true;
    };

    static QString render(const core::Explanation &explanation, const TaxonomyText &taxonomy,
                          const Style &style);

    static constexpr QStringView RegretScheme = u"regret";

private:
    static QString regretList(const std::vector<core::Explanation::RegretRef> &refs,
                              const TaxonomyText &taxonomy, const Style &style);
};

} // namespace hindsight::ui
