#pragma once

#include "ui/interview/drafts/draftwriter.h"

#include "core/ids.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace hindsight::ui {

// The top of the interview window: who is interviewed for which role, by whom, the clock running
// from the interview's stored start, and whether everything typed is on disk. A save error stays
// visible until a later write succeeds. Past the time budget (Settings, followed while open) the
// clock turns amber and its tooltip and accessible name say so.
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
    // The short word; SaveStateBanner says why when it is not Saved or Saving.
    // `offline`: the team server cannot be reached (the changes are kept on this laptop).
    void setSaveState(DraftWriter::State state, bool offline = false);
    void setSaveText(const QString &text);
    // Shows which version this is where the clock was (an amendment, an earlier version): the
    // time since the first version started says nothing there. Stops the clock.
    void showVersion(const QString &text, const QString &toolTip);
    void setTimeBudgetMinutes(int minutes);
    // Whether the clock shows the time budget as passed.
    bool isOverBudget() const { return m_overBudget; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void updateFonts();
    // The clock's tint and tooltip for being past the budget, or not.
    void showBudgetState(bool over);

    QLabel *m_candidate;
    QLabel *m_details;
    QLabel *m_clock;
    QLabel *m_save;
    QTimer *m_timer;
    qint64 m_startMs = 0;
    int m_budgetMinutes = 0;
    bool m_overBudget = false;
    bool m_budgetStale = true; // the tooltip names a start or budget that changed since
};

} // namespace hindsight::ui
