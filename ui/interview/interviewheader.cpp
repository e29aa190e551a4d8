#include "ui/interview/interviewheader.h"

#include "ui/common/colours.h"
#include "ui/common/terms.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace hindsight::ui {

InterviewHeader::InterviewHeader(QWidget *parent)
    : QWidget(parent)
    , m_candidate(new QLabel(this))
    , m_details(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_save(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("interviewHeader"));
    m_candidate->setObjectName(QStringLiteral("interviewCandidate"));
    m_details->setObjectName(QStringLiteral("interviewDetails"));
    m_clock->setObjectName(QStringLiteral("interviewClock"));
    m_save->setObjectName(QStringLiteral("saveIndicator"));
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_save->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_save->setWordWrap(true);
    m_save->setMaximumWidth(420);
    m_clock->setToolTip(tr("Time since the interview started"));

    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_candidate);
    who->addWidget(m_details);
    auto *state = new QVBoxLayout;
    state->setSpacing(2);
    state->addWidget(m_clock);
    state->addWidget(m_save);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(who, 1);
    layout->addLayout(state);

    // Twice a second, so the displayed second never lags by a whole second.
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &InterviewHeader::tick);
    updateFonts();
}

void InterviewHeader::setPeople(const QString &candidate, const QString &role,
                                const QString &interviewer)
{
    m_candidate->setText(candidate);
    m_candidate->setAccessibleName(tr("Candidate %1").arg(candidate));
    m_details->setText(role.isEmpty() ? tr("Interviewed by %1").arg(interviewer)
                                      : tr("%1 · interviewed by %2").arg(role, interviewer));
    m_details->setAccessibleName(m_details->text());
}

void InterviewHeader::setStartedAt(core::TimePoint startedAt)
{
    m_startMs = startedAt.time_since_epoch().count();
    m_clock->setToolTip(tr("Time since the interview started at %1")
                            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_startMs),
                                                    QLocale::ShortFormat)));
    tick();
    m_timer->start();
}

void InterviewHeader::stopClock()
{
    m_timer->stop();
}

void InterviewHeader::tick()
{
    const QString text = Terms::offset(QDateTime::currentMSecsSinceEpoch() - m_startMs);
    m_clock->setText(text);
    m_clock->setAccessibleName(tr("Elapsed %1").arg(text));
}

void InterviewHeader::setSaveState(DraftWriter::State state,
                                   const std::optional<interchange::Failure> &failure)
{
    switch (state) {
    case DraftWriter::State::Saved:
        setSaveText(tr("Saved"));
        m_save->setForegroundRole(QPalette::PlaceholderText);
        break;
    case DraftWriter::State::Saving:
        setSaveText(tr("Saving…"));
        m_save->setForegroundRole(QPalette::PlaceholderText);
        break;
    case DraftWriter::State::Failed: {
        setSaveText(tr("Not saved: %1").arg(failure ? failure->sentence() : QString()));
        // Red in both palettes, so the error is seen without reading every word.
        QPalette p = m_save->palette();
        p.setColor(QPalette::WindowText, Colours::problem());
        m_save->setPalette(p);
        m_save->setForegroundRole(QPalette::WindowText);
        break;
    }
    }
}

void InterviewHeader::setSaveText(const QString &text)
{
    m_save->setText(text);
    m_save->setToolTip(text);
    m_save->setAccessibleName(tr("Save state: %1").arg(text));
}

void InterviewHeader::showVersion(const QString &text, const QString &toolTip)
{
    m_timer->stop();
    m_clock->setText(text);
    m_clock->setToolTip(toolTip);
    m_clock->setAccessibleName(text);
}

void InterviewHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void InterviewHeader::updateFonts()
{
    QFont name = font();
    name.setPointSizeF(font().pointSizeF() * 1.5);
    name.setBold(true);
    m_candidate->setFont(name);
    QFont clock = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    clock.setPointSizeF(font().pointSizeF() * 1.5);
    m_clock->setFont(clock);
}

} // namespace hindsight::ui
