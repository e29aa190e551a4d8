#include "ui/common/standardkeys.h"

namespace hindsight::ui {

QList<QKeySequence> standardKeysWith(QKeySequence::StandardKey key, const QKeySequence &always)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(always))
        keys.prepend(always);
    return keys;
}

} // namespace hindsight::ui
