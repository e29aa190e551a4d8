#pragma once

#include <string>
#include <string_view>

namespace hindsight::core {

// Text as a key for comparing what people type, where "Søren Ås", " søren  ås" and "SØREN ÅS" are
// one: leading and trailing white space dropped, each run of white space inside made one space,
// and letters case-folded. Core has no Unicode library, so the folding is Unicode's simple case
// folding for the Latin, Greek and Cyrillic letters (ASCII, Latin-1, Latin Extended-A, the basic
// Greek and Cyrillic alphabets); letters of other scripts, and bytes that are not UTF-8, compare
// as written. UTF-8 in, UTF-8 out.
std::string caseFolded(std::string_view text);

} // namespace hindsight::core
