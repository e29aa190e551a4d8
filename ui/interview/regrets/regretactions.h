#pragma once

#include <QObject>

class QStatusBar;
class QWidget;

namespace hindsight::ui {

class InterviewActions;
class InterviewSession;
class RegretCardList;

// What the window's regret actions do: tag, rate and walk the regrets, and take the keyboard to a
// field of the current regret (Alt+D …) and back to the notes (Esc). Every action acts on the
// current regret only; a change of the current regret is announced in the status bar
// ("Regret 2 of 3: …"), whoever made it (Ctrl+Up/Down, a click, an undo).
class RegretActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegretActions)

public:
    // `notes` gets the focus back from the cards; all live at least as long as this.
    RegretActions(InterviewActions *actions, InterviewSession *session, RegretCardList *cards,
                  QWidget *notes, QStatusBar *statusBar, QWidget *window);

private:
    void connectTagsAndWalking();
    void connectFocus();
    void announceCurrent(int position);

    InterviewActions *m_actions;
    InterviewSession *m_session;
    RegretCardList *m_cards;
    QWidget *m_notes;
    QStatusBar *m_statusBar;
};

} // namespace hindsight::ui
