#pragma once

#include "app/invocation.h"

#include "core/scoring/rolescores.h"
#include "core/scoring/scorer.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace hindsight::app {

// Renders a role's scores for `hindsight scores`: an aligned table for people, JSON and CSV for
// programs. JSON keys (DESIGN.md): candidate, breadth, depth, archetype, fit, risks; ids of
// archetypes and risks are the stable English ids in every language.
class ScoresFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(ScoresFormatter)

public:
    static QByteArray format(const core::Role &role, const std::vector<core::ScoredCandidate> &rows,
                             Invocation::Format format);

    // Best fit first, then by name, so the table reads as a ranking.
    static std::vector<core::ScoredCandidate> ranked(std::vector<core::ScoredCandidate> rows);

private:
    static QByteArray table(const core::Role &role, const std::vector<core::ScoredCandidate> &rows);
    static QByteArray json(const std::vector<core::ScoredCandidate> &rows);
    static QByteArray csv(const std::vector<core::ScoredCandidate> &rows);
};

} // namespace hindsight::app
