#pragma once

#include <QString>

namespace hindsight::interchange {

// Why an import or export was refused. `where` names what it concerns so a user can find it: a JSON
// path into the file (`candidates[2].interviews[0].regrets[1].depth`), "(document)" for the file
// as a whole, a file name, or a database path. `message` is a translated explanation.
struct ImportFailure {
    QString where;
    QString message;
};

} // namespace hindsight::interchange
