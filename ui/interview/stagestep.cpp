#include "ui/interview/stagestep.h"

#include <QStyle>
#include <QStyleOptionToolButton>

namespace hindsight::ui {

StageStep::StageStep(int index, int count, const QString &name, QWidget *parent)
    : QToolButton(parent)
    , m_index(index)
    , m_name(name)
{
    setObjectName(QStringLiteral("stage_%1").arg(index));
    setAccessibleName(tr("Stage %1 of %2: %3").arg(index + 1).arg(count).arg(name));
    setCheckable(true);
    setAutoRaise(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setTimeSpent(0);
}

QString StageStep::minutesSeconds(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds <= 0)
        return {};
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void StageStep::setTimeSpent(qint64 ms)
{
    const QString time = minutesSeconds(ms);
    if (time == m_time && !text().isEmpty())
        return;
    m_time = time;
    setText(textWith(time));
    const QString keys = tr("Ctrl+Right for the next stage, Ctrl+Left for the previous");
    if (time.isEmpty()) {
        setToolTip(tr("%1 — %2").arg(m_name, keys));
        setAccessibleDescription(tr("Not reached yet"));
    } else {
        setToolTip(tr("%1: %2 spent so far — %3").arg(m_name, time, keys));
        setAccessibleDescription(tr("%1 spent").arg(time));
    }
}

QString StageStep::textWith(const QString &time) const
{
    return time.isEmpty() ? tr("%1  %2").arg(m_index + 1).arg(m_name)
                          : tr("%1  %2 · %3").arg(m_index + 1).arg(m_name, time);
}

QSize StageStep::sizeHint() const
{
    // As QToolButton measures its text, with the widest form of it: bold, and every digit of the
    // time a zero (at least "00:00"), so the hint stays put while the time runs.
    QString time = m_time.isEmpty() ? QStringLiteral("0:00") : m_time;
    for (QChar &c : time) {
        if (c.isDigit())
            c = QLatin1Char('0');
    }
    if (time.size() < 5)
        time.prepend(QLatin1Char('0'));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    QSize size = fm.size(Qt::TextShowMnemonic, textWith(time));
    size.rwidth() += fm.horizontalAdvance(QLatin1Char(' ')) * 2;
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.rect.setSize(size);
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, size, this);
}

QSize StageStep::minimumSizeHint() const
{
    return sizeHint();
}

} // namespace hindsight::ui
