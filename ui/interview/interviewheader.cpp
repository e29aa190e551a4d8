#include "ui/interview/interviewheader.h"

#include "ui/common/colours.h"
#include "ui/common/plaintext.h"
#include "ui/common/readabletext.h"
#include "ui/common/settings.h"
#include "ui/common/settingsnotifier.h"
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
    // Room around the digits for the amber tint past the budget, there from the start so the
    // header does not move when it appears.
    m_clock->setContentsMargins(6, 1, 6, 1);
    m_save->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    PlainText::apply({m_candidate, m_details, m_save});
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
    m_budgetMinutes = Settings().timeBudgetMinutes();
    connect(&SettingsNotifier::instance(), &SettingsNotifier::timeBudgetChanged, this,
            &InterviewHeader::setTimeBudgetMinutes);
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
    m_budgetStale = true;
    tick();
    m_timer->start();
}

void InterviewHeader::setTimeBudgetMinutes(int minutes)
{
    m_budgetMinutes = minutes;
    m_budgetStale = true;
    tick();
}

void InterviewHeader::stopClock()
{
    m_timer->stop();
}

void InterviewHeader::tick()
{
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    const QString text = Terms::offset(elapsed);
    const bool over = m_budgetMinutes > 0 && elapsed > qint64(m_budgetMinutes) * 60 * 1000;
    m_clock->setText(text);
    m_clock->setAccessibleName(over ? tr("Elapsed %1, past the time budget of %n minute(s)",
                                         nullptr, m_budgetMinutes)
                                          .arg(text)
                                    : tr("Elapsed %1").arg(text));
    if (over != m_overBudget || m_budgetStale)
        showBudgetState(over);
}

void InterviewHeader::showBudgetState(bool over)
{
    m_overBudget = over;
    m_budgetStale = false;
    const QString started = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_startMs),
                                               QLocale::ShortFormat);
    m_clock->setToolTip(
        over ? tr("Past the time budget of %n minute(s): the interview started at %1.", nullptr,
                  m_budgetMinutes)
                   .arg(started)
             : tr("Time since the interview started at %1; the time budget is %n minute(s).",
                  nullptr, m_budgetMinutes)
                   .arg(started));
    m_clock->setAutoFillBackground(over);
    // Only the background is set; everything else follows the header's palette. A tint behind
    // the palette's own text keeps it readable in light and dark palettes.
    QPalette p;
    if (over) {
        const QColor amber = Colours::tint(palette().color(QPalette::Window), Colours::overBudget(),
                                           0.55);
        p.setColor(QPalette::Window, amber);
        // Light text on a dark palette's amber falls short: dark text there.
        p.setColor(QPalette::WindowText,
                   ReadableText::on(palette().color(QPalette::WindowText), amber));
    }
    m_clock->setPalette(p);
}

void InterviewHeader::setSaveState(DraftWriter::State state, bool offline)
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
    case DraftWriter::State::Kept:
    case DraftWriter::State::InMemory:
    case DraftWriter::State::Failed: {
        // Short: the red band under the header says why and where the notes are.
        if (state == DraftWriter::State::Kept)
            setSaveText(offline ? tr("Offline, kept on this laptop") : tr("Kept in journal"));
        else
            setSaveText(tr("Not saved"));
        // Red in both palettes, so the error is seen without reading every word; deep enough to
        // read at 4.5:1 on the window.
        QPalette p = m_save->palette();
        p.setColor(QPalette::WindowText,
                   ReadableText::on(Colours::problem(), p.color(QPalette::Window)));
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
    else if (event->type() == QEvent::PaletteChange && m_overBudget)
        showBudgetState(true); // the tint over the new window colour
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
