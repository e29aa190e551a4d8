#include "core/regret.h"

namespace hindsight::core {

std::string_view Regret::levelId(Level level)
{
    switch (level) {
    case Level::Product: return "product";
    case Level::Domain: return "domain";
    case Level::Mixed: return "mixed";
    case Level::Unclear: return "unclear";
    }
    return "unclear";
}

std::optional<Regret::Level> Regret::levelFromId(std::string_view id)
{
    for (Level l : {Level::Product, Level::Domain, Level::Mixed, Level::Unclear}) {
        if (levelId(l) == id)
            return l;
    }
    return std::nullopt;
}

} // namespace hindsight::core
