#include "app/terminaltable.h"

#include <algorithm>

namespace hindsight::app {

TerminalTable::TerminalTable(QStringList header, QList<int> rightAligned)
    : m_header(std::move(header))
    , m_rightAligned(std::move(rightAligned))
{
}

void TerminalTable::addRow(QStringList cells)
{
    m_rows.push_back(std::move(cells));
}

QString TerminalTable::text() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_header)
        widths << h.size();
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString text = line(m_header, widths);
    for (const QStringList &row : m_rows)
        text += line(row, widths);
    return text;
}

QString TerminalTable::line(const QStringList &cells, const QList<qsizetype> &widths) const
{
    QStringList out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const qsizetype width = i < widths.size() ? widths[i] : 0;
        if (m_rightAligned.contains(int(i)))
            out << cells[i].rightJustified(width);
        else
            out << (i == cells.size() - 1 ? cells[i] : cells[i].leftJustified(width));
    }
    return out.join(QStringLiteral("  ")) + QLatin1Char('\n');
}

} // namespace hindsight::app
