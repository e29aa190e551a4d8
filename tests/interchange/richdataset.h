#pragma once

// What the exporter's tests write and read back: a dataset that uses every field of the format
// with values that are easy to lose, and the importer that reads it back.

#include "ui/interchange/failure.h"

#include "core/dataset.h"

#include <QByteArray>

#include <optional>
#include <string>

namespace hindsight::test {

// Quotes, a line break, a tab, an emoji, markup, a backslash and Danish letters in one string.
extern const std::string hostile;

// Two roles; a withdrawn candidate with a submitted interview (a domain, a product and an unclear
// regret, a quote linked to one, probes ticked), a draft and two decisions; and a candidate with
// nothing at all.
core::Dataset richDataset();

// `json` read with the built-in taxonomy.
std::optional<core::Dataset> parse(const QByteArray &json, interchange::Failure *failure = nullptr);

} // namespace hindsight::test
