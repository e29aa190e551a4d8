#include "ui/interview/stageguide.h"

namespace hindsight::ui {

QString StageGuide::prompt(int stage, core::Regret::Level level, bool levelChosen)
{
    switch (stage) {
    case 0:
        return tr("Tell me about a backend system you built and owned. How big did it get, and "
                  "which part of it was yours?");
    case 1:
        return tr("If you started that system over tomorrow, which one decision would you "
                  "reverse?");
    case 2: return tr("How did you find out it was the wrong call, and what did it cost you?");
    case 3: return tr("What would you do instead now — and what would that choice cost?");
    case 4:
        if (!levelChosen || level == core::Regret::Level::Unclear)
            return tr("Go one level deeper: how did it actually behave, and who noticed first?");
        if (level == core::Regret::Level::Product)
            return tr("Who felt the consequences of that decision, and what would you cut to "
                      "avoid it?");
        return tr("Walk me through what happens inside when it goes wrong: under load, on "
                  "failure, at the edges.");
    case 5:
        return tr("Is there another decision you would reverse — ideally in a different part of "
                  "the stack?");
    case 6:
        return tr("Thank the candidate, leave time for their questions, then check each "
                  "regret's tags and depth before you submit.");
    }
    return {};
}

QList<StageGuide::Probe> StageGuide::probes(int stage, core::Regret::Level level, bool levelChosen)
{
    switch (stage) {
    case 0:
        return {{QStringLiteral("system.scale"),
                 tr("What load did it carry — requests, data, users?")},
                {QStringLiteral("system.ownership"),
                 tr("Which parts did you design, and which did you inherit?")},
                {QStringLiteral("system.team"),
                 tr("How many people worked on it, and who owned what?")}};
    case 1:
        return {{QStringLiteral("decision.context"),
                 tr("What did you know when you made that decision?")},
                {QStringLiteral("decision.alternatives"),
                 tr("What else was on the table at the time?")}};
    case 2:
        return {{QStringLiteral("discovery.signal"),
                 tr("What was the first sign something was off?")},
                {QStringLiteral("discovery.cost"),
                 tr("What did it cost: time, money, incidents, people?")}};
    case 3:
        return {{QStringLiteral("instead.alternative"), tr("What exactly would you build instead?")},
                {QStringLiteral("instead.cost"),
                 tr("What does the new choice cost, and who pays for it?")}};
    case 4:
        if (levelChosen && level == core::Regret::Level::Product) {
            return {{QStringLiteral("probe.product.who-felt"),
                     tr("Who felt it: users, support, other teams?")},
                    {QStringLiteral("probe.product.cut"),
                     tr("What would you cut or leave out next time?")},
                    {QStringLiteral("probe.product.simpler"),
                     tr("What is the simplest version that would have done the job?")}};
        }
        if (levelChosen && core::Regret::needsDomain(level)) {
            return {{QStringLiteral("probe.domain.failure-modes"),
                     tr("How does it fail: races, lost or repeated work, partial writes?")},
                    {QStringLiteral("probe.domain.load"),
                     tr("What happens at ten times the load? Where does it break first?")},
                    {QStringLiteral("probe.domain.guarantees"),
                     tr("Which guarantee would you protect now, and how would you prove it holds?")}};
        }
        return {{QStringLiteral("probe.open.mechanism"), tr("How did it work underneath?")},
                {QStringLiteral("probe.product.who-felt"),
                 tr("Who felt it: users, support, other teams?")}};
    case 5:
        return {{QStringLiteral("another.other-layer"),
                 tr("Asked for a decision in another part of the stack")},
                {QStringLiteral("another.smaller"),
                 tr("Asked for a smaller decision if nothing big came up")}};
    case 6:
        return {{QStringLiteral("wrapup.questions"),
                 tr("Gave the candidate time for their questions")},
                {QStringLiteral("wrapup.next-steps"), tr("Told them what happens next")}};
    }
    return {};
}

QString StageGuide::hint(int stage, bool levelChosen)
{
    switch (stage) {
    case 1:
        return tr("Tag the level as soon as you can tell: Ctrl+1 product-level, Ctrl+2 "
                  "domain-specific, Ctrl+3 mixed. F1 explains the difference.");
    case 4:
        return levelChosen ? tr("Rate the depth with Alt+0 … Alt+4 once you have heard enough.")
                           : tr("Tag the level first (Ctrl+1 / Ctrl+2 / Ctrl+3) so the probes "
                                "fit the answer.");
    case 5:
        return tr("If they name another one, press Ctrl+R to start a new regret at the decision "
                  "stage; otherwise move on to the wrap-up with Ctrl+Right.");
    case 6:
        return tr("Ctrl+Return shows what will be sealed: Enter then submits it, or goes to what is "
                  "still missing.");
    }
    return {};
}

QString StageGuide::probeText(const QString &id)
{
    using Level = core::Regret::Level;
    for (int stage = 0; stage < StageCount; ++stage) {
        for (Level level : {Level::Product, Level::Domain, Level::Mixed, Level::Unclear}) {
            for (bool chosen : {true, false}) {
                for (const Probe &probe : probes(stage, level, chosen)) {
                    if (probe.id == id)
                        return probe.text;
                }
            }
        }
    }
    return id;
}

} // namespace hindsight::ui
