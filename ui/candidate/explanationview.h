#pragma once

#include "ui/common/taxonomytext.h"

#include "core/ids.h"
#include "core/scoring/explanation.h"

#include <QTextBrowser>

#include <optional>

namespace hindsight::ui {

// "Why is this candidate here": core::Explanation rendered as translated sentences, naming the
// regrets behind breadth and depth. Each named regret is a link; following it (mouse, or Tab then
// Enter) asks the page to show that regret's evidence.
class ExplanationView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplanationView)

public:
    explicit ExplanationView(QWidget *parent = nullptr);

    void setExplanation(const core::Explanation &explanation, const TaxonomyText &taxonomy);
    void clearExplanation();

signals:
    void regretActivated(core::Id regretId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<core::Explanation> m_explanation;
    TaxonomyText m_taxonomy;
};

} // namespace hindsight::ui
