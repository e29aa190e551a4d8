#include "ui/interchange/csvwriter.h"

namespace hindsight::interchange {

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{
}

QString CsvWriter::neutralize(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r' || first == u'\n')
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::quote(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n')
        && !cell.contains(u'\r'))
        return cell;
    QString escaped = cell;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &textCells)
{
    addRow(textCells, {});
}

void CsvWriter::addRow(const QStringList &cells, const QList<int> &numericColumns)
{
    QStringList out;
    out.reserve(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i)
        out << quote(numericColumns.contains(int(i)) ? cells[i] : neutralize(cells[i]));
    m_data += out.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}

} // namespace hindsight::interchange
