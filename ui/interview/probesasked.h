#pragma once

#include "core/interview.h"

#include <QString>

#include <vector>

namespace hindsight::ui {

// The probes ticked in an interview, per regret (each is probed on its own), as the summaries
// list them: every regret in order, with the probes asked for it in the order the guide asks them
// (by stage, then their place in the stage; a probe the guide no longer has, last); then the
// ticks tied to no regret of the interview, if any.
class ProbesAsked final
{
public:
    ProbesAsked() = delete;

    struct Probe
    {
        QString text;  // the question, as StageGuide::probeText() words it
        int stage = 0; // index into core::Stage::ids; StageGuide::StageCount when unknown
    };
    struct Regret
    {
        int position = -1; // -1: tied to no regret
        std::vector<Probe> probes;
    };

    static std::vector<Regret> of(const core::Interview &interview);
};

} // namespace hindsight::ui
