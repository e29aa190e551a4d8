#include "ui/interview/levelguidedialog.h"

#include "ui/common/levelguide.h"
#include "ui/common/windowgeometry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace hindsight::ui {

LevelGuideDialog::LevelGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("levelGuideDialog"));
    setWindowTitle(tr("Product-level or Domain-specific?"));

    auto *text = new QLabel(LevelGuide::html(LevelGuide::Shortcuts::Shown), this);
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
    WindowGeometry::manage(this, QSize(560, 420));
}

} // namespace hindsight::ui
