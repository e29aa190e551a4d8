#pragma once

#include <QWidget>

class QButtonGroup;

namespace hindsight::ui {

// The seven stages of the guided question as a row of steps, the current one checked. Clicking a
// step asks for it (stageRequested); the keyboard moves through the window's Ctrl+Left/Ctrl+Right.
class StageStepper final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageStepper)

public:
    explicit StageStepper(QWidget *parent = nullptr);

    void setStage(int stage);
    int stage() const;

signals:
    void stageRequested(int stage);

private:
    QButtonGroup *m_group;
};

} // namespace hindsight::ui
