#include "ui/common/levelguide.h"

#include <QKeySequence>

namespace hindsight::ui {

QString LevelGuide::html(Shortcuts shortcuts)
{
    // The interview window's keys for the levels (InterviewActions).
    const auto hint = [shortcuts](Qt::Key key) {
        if (shortcuts == Shortcuts::Hidden)
            return QString();
        return QStringLiteral(" (%1)").arg(
            QKeySequence(Qt::CTRL | key).toString(QKeySequence::NativeText));
    };
    return tr("<p><b>Product-level%1</b> — the regret is about what was built and for "
              "whom: scope, the shape of the data, an abstraction nobody needed. Anyone on the "
              "team could have made or questioned the decision.<br><i>Example: “We built a "
              "plug-in rule system for pricing when three plain tables would have covered every "
              "customer we ever had.”</i></p>"
              "<p><b>Domain-specific%2</b> — the regret lives inside one specialist "
              "domain: how a broker, a query planner, a consensus protocol or a payment flow "
              "behaves underneath. It takes that domain's knowledge to see why it was wrong."
              "<br><i>Example: “We rebuilt consumer state by replaying the whole topic on every "
              "restart; a compacted topic keyed by account would have made restarts take "
              "seconds.”</i></p>"
              "<p><b>Mixed%3</b> — a product trade-off whose cost only shows with "
              "specialist depth; tag its domain too. <b>Unclear%4</b> — you could not "
              "tell from the answer.</p>"
              "<p>Tag what the regret is about, not how senior the candidate sounds.</p>")
        .arg(hint(Qt::Key_1), hint(Qt::Key_2), hint(Qt::Key_3), hint(Qt::Key_0));
}

} // namespace hindsight::ui
