#pragma once

#include <QWidget>

#include <functional>

class QButtonGroup;
class QTimer;

namespace hindsight::ui {

// The seven stages of the guided question as a row of steps, the current one checked, each with
// the time spent in it. Clicking a step asks for it (stageRequested); the keyboard moves through
// the window's Ctrl+Left/Ctrl+Right.
class StageStepper final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageStepper)

public:
    explicit StageStepper(QWidget *parent = nullptr);

    void setStage(int stage);
    int stage() const;
    // Where the time spent per stage comes from (milliseconds, the running stage included); read
    // now and twice a second from then on, so the running stage's seconds keep up.
    void setTimeSource(std::function<qint64(int stage)> stageMs);
    void updateTimes();

signals:
    void stageRequested(int stage);

private:
    QButtonGroup *m_group;
    QTimer *m_timer;
    std::function<qint64(int)> m_stageMs;
};

} // namespace hindsight::ui
