#include "ui/interview/levelguidedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace hindsight::ui {

LevelGuideDialog::LevelGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("levelGuideDialog"));
    setWindowTitle(tr("Product-level or Domain-specific?"));

    auto *text = new QLabel(guideText(), this);
    text->setObjectName(QStringLiteral("levelGuideText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAccessibleName(tr("How to tell the levels apart"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString LevelGuideDialog::guideText()
{
    return tr("<p><b>Product-level (Ctrl+1)</b> — the regret is about what was built and for "
              "whom: scope, the shape of the data, an abstraction nobody needed. Anyone on the "
              "team could have made or questioned the decision.<br><i>Example: “We built a "
              "plug-in rule system for pricing when three plain tables would have covered every "
              "customer we ever had.”</i></p>"
              "<p><b>Domain-specific (Ctrl+2)</b> — the regret lives inside one specialist "
              "domain: how a broker, a query planner, a consensus protocol or a payment flow "
              "behaves underneath. It takes that domain's knowledge to see why it was wrong."
              "<br><i>Example: “We rebuilt consumer state by replaying the whole topic on every "
              "restart; a compacted topic keyed by account would have made restarts take "
              "seconds.”</i></p>"
              "<p><b>Mixed (Ctrl+3)</b> — a product trade-off whose cost only shows with "
              "specialist depth; tag its domain too. <b>Unclear (Ctrl+0)</b> — you could not "
              "tell from the answer.</p>"
              "<p>Tag what the regret is about, not how senior the candidate sounds.</p>");
}

} // namespace hindsight::ui
