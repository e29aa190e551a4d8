#include "ui/interview/stagestepper.h"

#include "ui/common/terms.h"
#include "ui/interview/stageguide.h"
#include "ui/interview/stagestep.h"

#include "core/stage.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QTimer>

namespace hindsight::ui {

StageStepper::StageStepper(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("stageStepper"));
    setAccessibleName(tr("Stages of the question"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < StageGuide::StageCount; ++i) {
        auto *step = new StageStep(i, StageGuide::StageCount,
                                   Terms::stage(core::Stage::ids[std::size_t(i)]), this);
        // Stages move with Ctrl+Left/Right; tabbing through seven buttons would only slow down
        // the way from the note editor to the regret cards.
        step->setFocusPolicy(Qt::NoFocus);
        m_group->addButton(step, i);
        layout->addWidget(step);
    }
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &StageStepper::stageRequested);
    // Twice a second, as the interview clock, so the two never disagree by a whole second.
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &StageStepper::updateTimes);
    setStage(0);
}

void StageStepper::setTimeSource(std::function<qint64(int)> stageMs)
{
    m_stageMs = std::move(stageMs);
    updateTimes();
    if (m_stageMs)
        m_timer->start();
    else
        m_timer->stop();
}

void StageStepper::updateTimes()
{
    for (QAbstractButton *b : m_group->buttons())
        static_cast<StageStep *>(b)->setTimeSpent(m_stageMs ? m_stageMs(m_group->id(b)) : 0);
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
