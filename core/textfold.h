#pragma once

#include <string>
#include <string_view>

namespace hindsight::core {

// Case-insensitive comparison of names, titles and e-mails without a Unicode library: folds ASCII,
// Latin-1, Latin Extended-A, Greek and Cyrillic capitals to small letters and trims surrounding
// whitespace, which covers the names a hiring team types. Other characters compare as they are.
std::string foldCase(std::string_view text);

} // namespace hindsight::core
