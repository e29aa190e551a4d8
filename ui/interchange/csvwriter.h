#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hindsight::interchange {

// CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a comma, quote or
// line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheets read it as UTF-8.
// A text cell that a spreadsheet would run as a formula (first character = + - @, tab, CR or LF,
// per OWASP's CSV injection guidance) is made inert with a leading apostrophe.
class CsvWriter final
{
public:
    CsvWriter();

    void addRow(const QStringList &textCells);
    // A row whose cells at the given indices are numbers we produced, written as they are.
    void addRow(const QStringList &cells, const QList<int> &numericColumns);
    QByteArray data() const { return m_data; }

    static QString neutralize(const QString &cell);
    static QString quote(const QString &cell);

private:
    QByteArray m_data;
};

} // namespace hindsight::interchange
