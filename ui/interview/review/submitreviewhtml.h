#pragma once

#include "ui/common/taxonomytext.h"

#include "core/interview.h"
#include "core/interviewseal.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <vector>

namespace hindsight::ui {

// The text of the review before submitting: what will be sealed (each regret with its level,
// domain, depth with its anchored meaning, and layers; the notes and quotes; the probes ticked),
// what is still missing, and for an amendment its version and reason. Everything a person typed is
// escaped, so no note or decision is ever read as markup.
class SubmitReviewHtml final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::SubmitReviewHtml)

public:
    SubmitReviewHtml() = delete;

    // `interview` as the session has it now (InterviewSession::snapshot()); its pending line is
    // counted as the last note, as submitting commits it. `palette` gives the muted colour.
    // `previous`: for an amendment, the version it replaces, so each changed value shows what it
    // was; null otherwise.
    static QString render(const core::Interview &interview,
                          const std::vector<core::InterviewSeal::Problem> &problems,
                          const TaxonomyText &taxonomy, const QPalette &palette,
                          const core::Interview *previous = nullptr);

private:
    static QString regretRows(const core::Interview &interview, const core::Interview *previous,
                              const TaxonomyText &taxonomy, const QString &muted,
                              const QString &missing);
    static QString notes(const core::Interview &interview);
};

} // namespace hindsight::ui
