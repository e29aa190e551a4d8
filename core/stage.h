#pragma once

#include <array>
#include <string_view>

namespace hindsight::core {

// The stages of the guided question, in order. Ids are stored with each note.
struct Stage
{
    static constexpr std::array<std::string_view, 7> ids = {
        "system", "decision", "discovery", "instead", "probe", "another", "wrapup",
    };

    static bool isValid(std::string_view id)
    {
        for (auto s : ids) {
            if (s == id)
                return true;
        }
        return false;
    }
};

} // namespace hindsight::core
