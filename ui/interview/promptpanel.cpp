#include "ui/interview/promptpanel.h"

#include "ui/common/terms.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/stageguide.h"

#include "core/stage.h"

#include <QCheckBox>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QVBoxLayout>

namespace hindsight::ui {

PromptPanel::PromptPanel(InterviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stage(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("promptPanel"));
    m_stage->setObjectName(QStringLiteral("promptStage"));
    m_prompt->setObjectName(QStringLiteral("promptText"));
    m_hint->setObjectName(QStringLiteral("promptHint"));
    m_stage->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_prompt->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_stage);
    layout->addWidget(m_prompt);
    for (int i = 0; i < StageGuide::MaxProbes; ++i) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("probe_%1").arg(i));
        const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + i));
        box->setToolTip(
            tr("Tick when you have asked it (%1)").arg(keys.toString(QKeySequence::NativeText)));
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            m_session->setProbeTicked(box->property("probeId").toString(), on);
        });
        m_probes << box;
        layout->addWidget(box);
    }
    layout->addWidget(m_hint);

    connect(session, &InterviewSession::stageChanged, this, &PromptPanel::refresh);
    connect(session, &InterviewSession::currentRegretChanged, this, &PromptPanel::refresh);
    connect(session, &InterviewSession::regretChanged, this, [this](int position) {
        if (position == m_session->currentRegret())
            refresh();
    });
    connect(session, &InterviewSession::probeTickChanged, this, &PromptPanel::refresh);
    connect(session, &InterviewSession::submitted, this, &PromptPanel::refresh);
    updateFonts();
    refresh();
}

bool PromptPanel::toggleProbe(int index)
{
    if (index < 0 || index >= m_probes.size() || m_probes[index]->isHidden()
        || !m_probes[index]->isEnabled())
        return false;
    m_probes[index]->toggle();
    return true;
}

void PromptPanel::refresh()
{
    const int stage = m_session->stage();
    const bool haveRegret = m_session->regretCount() > 0;
    const core::Regret::Level level = haveRegret
                                          ? m_session->regret(m_session->currentRegret()).level
                                          : core::Regret::Level::Unclear;
    const bool levelChosen = haveRegret && m_session->regret(m_session->currentRegret()).levelChosen;

    const QString stageName = Terms::stage(core::Stage::ids[std::size_t(stage)]);
    QString heading =
        tr("Stage %1 of %2 · %3").arg(stage + 1).arg(StageGuide::StageCount).arg(stageName);
    if (haveRegret && stage > 0 && stage < StageGuide::AnotherStage)
        heading += tr(" · regret %1").arg(m_session->currentRegret() + 1);
    m_stage->setText(heading);
    m_prompt->setText(StageGuide::prompt(stage, level, levelChosen));
    m_prompt->setAccessibleName(tr("Prompt: %1").arg(m_prompt->text()));

    const QList<StageGuide::Probe> probes = StageGuide::probes(stage, level, levelChosen);
    for (int i = 0; i < m_probes.size(); ++i) {
        QCheckBox *box = m_probes[i];
        const bool shown = i < probes.size();
        box->setVisible(shown);
        if (!shown)
            continue;
        const QSignalBlocker block(box);
        box->setProperty("probeId", probes[i].id);
        box->setText(probes[i].text);
        box->setAccessibleName(tr("Probe: %1").arg(probes[i].text));
        box->setChecked(m_session->isProbeTicked(probes[i].id));
        box->setEnabled(!m_session->isReadOnly());
    }
    const QString hint = m_session->isReadOnly() ? QString() : StageGuide::hint(stage, levelChosen);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void PromptPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void PromptPanel::updateFonts()
{
    // Large enough to read at a glance while looking at the candidate.
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.6);
    m_prompt->setFont(big);
}

} // namespace hindsight::ui
