#pragma once

#include "core/regret.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hindsight::ui {

// What the interviewer asks at each stage of the guided question (DESIGN.md, "The guided
// question"): the prompt in plain interviewer language and two or three probes to tick when asked.
// Probe ids are stable strings stored with the interview; the wording may change freely.
class StageGuide final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::StageGuide)

public:
    StageGuide() = delete;

    struct Probe
    {
        QString id;   // e.g. "probe.domain.failure-modes"
        QString text; // the question as the interviewer would say it
    };

    static constexpr int StageCount = 7;
    static constexpr int DecisionStage = 1;
    static constexpr int ProbeStage = 4;
    static constexpr int AnotherStage = 5;
    static constexpr int MaxProbes = 3;

    // Stage index 0-6, in the order of core::Stage::ids.
    static QString prompt(int stage, core::Regret::Level level, bool levelChosen);
    // The depth probe (stage 4) adapts to the level of the regret being discussed.
    static QList<Probe> probes(int stage, core::Regret::Level level, bool levelChosen);
    // The question behind a probe id, whichever stage and level it belongs to; the id itself when
    // it is unknown (a probe a later version removed).
    static QString probeText(const QString &id);
    // A line under the prompt saying what to do next at this stage; may be empty.
    static QString hint(int stage, bool levelChosen);
};

} // namespace hindsight::ui
