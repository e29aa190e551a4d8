#pragma once

#include <QToolButton>

namespace hindsight::ui {

// One step of the StageStepper: its number, the stage's name and the time spent in it (m:ss,
// left out while none). Its size is that of the text in bold with every digit of the time a zero,
// so neither the running seconds nor the bold of the current stage move the row.
class StageStep final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageStep)

public:
    StageStep(int index, int count, const QString &name, QWidget *parent = nullptr);

    void setTimeSpent(qint64 ms);
    // The time as shown: minutes and seconds ("4:07", "62:30"); empty for no time.
    static QString minutesSeconds(qint64 ms);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QString textWith(const QString &time) const;

    int m_index;
    QString m_name;
    QString m_time;
};

} // namespace hindsight::ui
