#pragma once

#include <chrono>
#include <cstdint>

namespace hindsight::core {

// Row ids as the store assigns them; 0 means "not stored yet".
using Id = std::int64_t;

using Clock = std::chrono::system_clock;
using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

} // namespace hindsight::core
