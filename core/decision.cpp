#include "core/decision.h"

namespace hindsight::core {

std::string_view Decision::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Advance: return "advance";
    case Outcome::Hire: return "hire";
    case Outcome::NoHire: return "no-hire";
    case Outcome::Hold: return "hold";
    }
    return "hold";
}

std::optional<Decision::Outcome> Decision::outcomeFromId(std::string_view id)
{
    for (Outcome o : {Outcome::Advance, Outcome::Hire, Outcome::NoHire, Outcome::Hold}) {
        if (outcomeId(o) == id)
            return o;
    }
    return std::nullopt;
}

} // namespace hindsight::core
