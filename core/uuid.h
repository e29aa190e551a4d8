#pragma once

#include <string>
#include <string_view>

namespace hindsight::core {

// Stable identities (DESIGN.md, Identity): UUIDs in their lowercase text form, 36 characters.
namespace uuid {

// A random (version 4) UUID. Each thread draws from its own generator, seeded once from the
// operating system's entropy, so creating the ids of a large import costs no system call apiece.
std::string random();

// A name-based UUID (version 8, from SHA-256 as RFC 9562 shows): the same `name` always gives the
// same id. For entities of files that carry no ids (interchange v1), so that importing the same
// file again finds what the first import added.
std::string fromName(std::string_view name);

// Whether `text` is a UUID in the canonical lowercase text form.
bool isValid(std::string_view text);

} // namespace uuid

} // namespace hindsight::core
