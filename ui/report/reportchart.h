#pragma once

#include "ui/charts/breadthdepthchart.h"

#include "core/role.h"

#include <optional>
#include <vector>

namespace hindsight::ui {

// What one printed breadth-versus-depth chart shows: the same chart as on screen, drawn on paper
// as vector graphics by ReportObjects.
struct ReportChart
{
    std::optional<core::Role> role;
    std::vector<BreadthDepthChart::Candidate> candidates;
    std::vector<BreadthDepthChart::TeamPoint> team;
    bool nameLabels = false;
};

} // namespace hindsight::ui
