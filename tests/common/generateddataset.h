#pragma once

// A large, varied dataset from a fixed seed, for tests that need more than a handful of
// candidates: the same data on every run and every machine (std::mt19937's sequence is fixed by
// the standard, and only its raw output is used, never a distribution whose algorithm varies).

#include "core/dataset.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::test {

// Texts that break naive CSV, JSON or spreadsheet handling: OWASP's formula payloads, quotes,
// separators, line breaks and non-ASCII.
const std::vector<std::string> &awkwardTexts();

// Probe ids as the interview guide (ui/interview/stageguide.cpp) names them, and one it does not
// know: a file may carry a probe that a later version of the guide dropped, and the id travels as
// it is.
const std::vector<std::string> &probeIds();

// `candidates` candidates over five roles. Each has zero to four interviews (most submitted, some
// drafts) with regrets of every level, domain and depth, time-stamped notes of every stage
// (quotes among them, many linked to a regret), probes ticked as asked in most of them, and zero
// to three decisions with a rationale. Regret ids are local to their interview (position + 1)
// and a linked note's regretId names one, as core::Store::addInterview expects.
core::Dataset generateDataset(int candidates, std::uint32_t seed = 20261124);

// Writes a dataset the way the application builds a database, one store call per role,
// candidate, interview and decision, not through importDataset, so that a round trip through the
// interchange format starts from rows the import path did not write. Returns the first failure.
core::Status writeThroughStore(core::Store &store, const core::Dataset &dataset);

} // namespace hindsight::test
