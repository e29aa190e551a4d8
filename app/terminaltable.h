#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace hindsight::app {

// A table for people on a terminal, as `scores` and `calibration` print it: each column as wide as
// its widest cell, two spaces between columns, figures right-aligned, text left-aligned, and a last
// column of text left unpadded so no line ends in spaces. Cells are shown as given: user text must
// have been through TerminalText::field first.
class TerminalTable final
{
public:
    TerminalTable(QStringList header, QList<int> rightAligned);

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.empty(); }
    // The header line and one line per row, each ending with a line break.
    QString text() const;

private:
    QString line(const QStringList &cells, const QList<qsizetype> &widths) const;

    QStringList m_header;
    QList<int> m_rightAligned;
    std::vector<QStringList> m_rows;
};

} // namespace hindsight::app
