#pragma once

#include "core/result.h"
#include "core/role.h"
#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class ReportDocument;

// The interview kit for a role: the guided question on paper for an interviewer without a laptop.
// The stages with their prompts and probes to tick, the anchored depth scale, what the levels
// mean, a rating grid per regret and ruled space for notes, so the interview on paper is the same
// structured question as on screen.
class InterviewKit final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::InterviewKit)

public:
    static core::Result<std::unique_ptr<ReportDocument>> build(core::Store &store, core::Id roleId);
    static std::unique_ptr<ReportDocument> document(const core::Role &role,
                                                    const core::Taxonomy &taxonomy);
    static QString documentTitle(const core::Role &role);

    static constexpr int RegretSheets = 3; // rating grids printed, one per regret
};

} // namespace hindsight::ui
