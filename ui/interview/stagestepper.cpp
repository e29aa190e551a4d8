#include "ui/interview/stagestepper.h"

#include "ui/common/terms.h"
#include "ui/interview/stageguide.h"

#include "core/stage.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace hindsight::ui {

StageStepper::StageStepper(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("stageStepper"));
    setAccessibleName(tr("Stages of the question"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < StageGuide::StageCount; ++i) {
        auto *step = new QToolButton(this);
        const QString name = Terms::stage(core::Stage::ids[std::size_t(i)]);
        step->setText(tr("%1  %2").arg(i + 1).arg(name));
        step->setObjectName(QStringLiteral("stage_%1").arg(i));
        step->setAccessibleName(
            tr("Stage %1 of %2: %3").arg(i + 1).arg(StageGuide::StageCount).arg(name));
        step->setToolTip(
            tr("%1 — Ctrl+Right for the next stage, Ctrl+Left for the previous").arg(name));
        step->setCheckable(true);
        step->setAutoRaise(true);
        // Stages move with Ctrl+Left/Right; tabbing through seven buttons would only slow down
        // the way from the note editor to the regret cards.
        step->setFocusPolicy(Qt::NoFocus);
        step->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        step->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_group->addButton(step, i);
        layout->addWidget(step);
    }
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &StageStepper::stageRequested);
    setStage(0);
}

void StageStepper::setStage(int stage)
{
    if (QAbstractButton *b = m_group->button(stage))
        b->setChecked(true);
    for (QAbstractButton *b : m_group->buttons()) {
        QFont f = b->font();
        f.setBold(b->isChecked());
        b->setFont(f);
    }
}

int StageStepper::stage() const
{
    return m_group->checkedId();
}

} // namespace hindsight::ui
