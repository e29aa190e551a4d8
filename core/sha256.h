#pragma once

#include <string>
#include <string_view>

namespace hindsight::core {

// SHA-256 (FIPS 180-4) of a byte string, as 64 lowercase hex digits. Core has no crypto library;
// this is only used to seal submitted interviews against later edits, not for secrets.
std::string sha256Hex(std::string_view data);

} // namespace hindsight::core
