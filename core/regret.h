#pragma once

#include "core/ids.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace hindsight::core {

// One answer to the question: a decision the candidate would reverse, tagged and rated.
struct Regret
{
    enum class Level { Product, Domain, Mixed, Unclear };

    Id id = 0;
    Id interviewId = 0;
    int position = 0; // order within the interview, from 0

    std::string system;
    std::string decision;
    std::string why;
    std::string instead;
    std::string impact;

    Level level = Level::Unclear;
    std::string domain; // required for Domain and Mixed; ignored by scoring for the others
    int depth = 0;      // 0-4 on the anchored scale
    std::set<std::string> layers;

    // Whether the interviewer has chosen the level and the depth yet: a new regret on the live
    // screen starts unrated, and an interview is submitted only when every regret is rated.
    bool levelChosen = true;
    bool depthChosen = true;
    std::string uuid; // schema v7: the identity that travels with it

    bool operator==(const Regret &) const = default;

    // Domain and Mixed regrets speak to specialist depth.
    bool countsForDepth() const { return level == Level::Domain || level == Level::Mixed; }
    static bool needsDomain(Level level) { return level == Level::Domain || level == Level::Mixed; }

    static constexpr int MaxDepth = 4;
    static std::string_view levelId(Level level);
    static std::optional<Level> levelFromId(std::string_view id);
};

} // namespace hindsight::core
