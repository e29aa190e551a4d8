#pragma once

#include <cstdint>

// The bounds on what Hindsight takes in, in one place, so that the importer, the command line, the
// tests and README.md say the same numbers. A bound keeps a hostile or broken file from costing
// unbounded memory or time, here and in every view and report that later shows the data.
namespace hindsight::core::limits {

// The longest name, title, e-mail address, id or other one-line value, in characters (Unicode
// code points). One-line values hold no control characters at all.
inline constexpr int lineLength = 200;

// The longest link (a candidate's CV or profile), in characters: a one-line value, but query
// strings of sharing links are long.
inline constexpr int linkLength = 2000;

// The longest note, answer, reason or description: free text, which may also hold tab and newline
// (and no other control character). In characters.
inline constexpr int textLength = 20'000;

// The largest interchange file an import reads unless told otherwise, and the most the command
// line lets it be raised to (hindsight import --max-size MB): a file of 4 GB is not one anybody
// wrote by hand or by export.
inline constexpr int importMegabytes = 64;
inline constexpr int maxImportMegabytes = 4096;
inline constexpr std::int64_t importBytes = std::int64_t(importMegabytes) * 1024 * 1024;

// How deep arrays and objects may nest in an interchange file. Version 1 needs 7 levels; the rest
// leaves room for unknown fields without letting a file of brackets exhaust the stack.
inline constexpr int jsonDepth = 64;

// The longest number literal: a double needs at most 17 significant digits and an exponent.
inline constexpr int numberLength = 100;

} // namespace hindsight::core::limits
