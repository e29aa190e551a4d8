#pragma once

#include "ui/interview/drafts/draftwriter.h"

#include "core/ids.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace hindsight::ui {

// The top of the interview window: who is interviewed for which role, by whom, the clock running
// from the interview's stored start, and whether everything typed is on disk. A save error stays
// visible until a later write succeeds.
class InterviewHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewHeader)

public:
    explicit InterviewHeader(QWidget *parent = nullptr);

    void setPeople(const QString &candidate, const QString &role, const QString &interviewer);
    void setStartedAt(core::TimePoint startedAt);
    // Stops the clock at the given elapsed time (a submitted interview).
    void stopClock();
    void setSaveState(DraftWriter::State state, const std::optional<interchange::Failure> &failure);
    void setSaveText(const QString &text);
    // Shows which version this is where the clock was (an amendment, an earlier version): the
    // time since the first version started says nothing there. Stops the clock.
    void showVersion(const QString &text, const QString &toolTip);

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void updateFonts();

    QLabel *m_candidate;
    QLabel *m_details;
    QLabel *m_clock;
    QLabel *m_save;
    QTimer *m_timer;
    qint64 m_startMs = 0;
};

} // namespace hindsight::ui
