#pragma once

#include "core/decision.h"
#include "core/interviewer.h"
#include "core/regret.h"
#include "core/scoring/figures.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace hindsight::ui {

// Translated display names for the fixed vocabulary of core (levels, archetypes, risks, stages,
// outcomes, the anchored depth scale), so every view words them the same way.
class Terms final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::Terms)

public:
    Terms() = delete;

    static QString level(core::Regret::Level level);
    static QString archetype(core::Archetype archetype);
    static QString risk(core::Risk risk);
    // One plain sentence on what the risk means for the hire; `domain` names the demanded domain
    // with the largest shortfall (used by under-depth only, may be empty).
    static QString riskMeaning(core::Risk risk, const QString &domain = {});
    static QString outcome(core::Decision::Outcome outcome);
    // The guided question's stage; an unknown id is shown as stored.
    static QString stage(std::string_view stageId);

    // The anchored depth scale of DESIGN.md: a two-word tag and the full anchor.
    static QString depthTag(int depth);
    static QString depthMeaning(int depth);

    // Figures on the 0-10 scales: at most two decimals, no trailing zeros ("2.5", "8.75", "10").
    static QString figure(double value);
    // A note's offset from the interview's start as mm:ss (h:mm:ss past an hour).
    static QString offset(qint64 ms);
    // A candidate's verbatim words in typographic quotes, without doubling quotes already typed.
    static QString quoted(const QString &text);
    // Core strings are UTF-8.
    static QString text(std::string_view utf8);
    // "Ana Lima <ana@example.org>", or the name alone without an e-mail: an interviewer where the
    // e-mail tells two apart.
    static QString interviewer(const core::Interviewer &who);
};

} // namespace hindsight::ui
