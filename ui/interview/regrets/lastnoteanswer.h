#pragma once

#include <QObject>
#include <QString>

class QAction;
class QShortcut;
class QStatusBar;
class QWidget;

namespace hindsight::ui {

class InterviewSession;

// "Use Last Note as Answer": puts the last committed note into the current regret's field for the
// current stage (System → system, Decision → decision, Discovery → why, Instead → instead, Depth
// probe → impact), as one undo step, after what the field holds. Keeps the action disabled where
// it cannot work (another stage, no note yet, a submitted interview); its keys then say why in the
// status bar instead of doing nothing.
class LastNoteAnswer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastNoteAnswer)

public:
    LastNoteAnswer(QAction *action, InterviewSession *session, QWidget *window,
                   QStatusBar *statusBar);

    // Why the action is disabled now; empty when it is enabled.
    QString reason() const;

private:
    void refresh();
    void apply();

    QAction *m_action;
    InterviewSession *m_session;
    QStatusBar *m_statusBar;
    QShortcut *m_explain;
    QString m_statusTip;
};

} // namespace hindsight::ui
