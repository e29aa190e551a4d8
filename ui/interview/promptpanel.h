#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace hindsight::ui {

class InterviewSession;

// What to ask now: the current stage's prompt in large type and its probes with tick boxes, so
// the record shows which probes were used. The depth probe follows the current regret's level.
class PromptPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptPanel)

public:
    explicit PromptPanel(InterviewSession *session, QWidget *parent = nullptr);

    // Flips the tick of the n-th probe shown (0-based); false when there is none.
    bool toggleProbe(int index);
    QList<QCheckBox *> probeBoxes() const { return m_probes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateFonts();

    InterviewSession *m_session;
    QLabel *m_stage;
    QLabel *m_prompt;
    QLabel *m_hint;
    QList<QCheckBox *> m_probes;
};

} // namespace hindsight::ui
