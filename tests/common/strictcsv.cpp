#include "tests/common/strictcsv.h"

#include <QStringDecoder>

namespace hindsight::test {

std::optional<StrictCsv> parseStrictCsv(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &why, qsizetype at) {
        if (error)
            *error = QStringLiteral("%1 at character %2").arg(why).arg(at);
        return std::nullopt;
    };
    StrictCsv csv;
    csv.hadBom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(csv.hadBom ? bytes.mid(3) : bytes);
    if (decoder.hasError())
        return fail(QStringLiteral("invalid UTF-8"), 0);

    const qsizetype n = text.size();
    qsizetype i = 0;
    QStringList record;
    while (i < n) {
        QString field;
        if (text[i] == u'"') {
            for (++i;; ++i) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"), i);
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i];
            }
            if (i < n && text[i] != u',' && text[i] != u'\r')
                return fail(QStringLiteral("stray character after a closing quote"), i);
        } else {
            for (; i < n && text[i] != u',' && text[i] != u'\r'; ++i) {
                if (text[i] == u'"')
                    return fail(QStringLiteral("quote inside an unquoted field"), i);
                if (text[i] == u'\n')
                    return fail(QStringLiteral("line feed without carriage return"), i);
                field += text[i];
            }
        }
        record << field;
        if (i == n)
            break;
        if (text[i] == u',') {
            ++i;
            // A comma at the very end starts one more, empty field.
            if (i == n)
                record << QString();
            continue;
        }
        // text[i] is CR here: the record ends, with CRLF and nothing else.
        if (i + 1 >= n || text[i + 1] != u'\n')
            return fail(QStringLiteral("carriage return without line feed"), i);
        i += 2;
        csv.records << record;
        record.clear();
    }
    if (!record.isEmpty())
        csv.records << record;
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        if (csv.records[r].size() != csv.records[0].size()) {
            return fail(QStringLiteral("record %1 has %2 fields, the first has %3")
                            .arg(r + 1)
                            .arg(csv.records[r].size())
                            .arg(csv.records[0].size()),
                        n);
        }
    }
    return csv;
}

bool looksLikeFormula(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r\n");
    return !cell.isEmpty() && triggers.contains(cell.front());
}

bool isInertFormOf(const QString &cell, const QString &original)
{
    if (looksLikeFormula(cell))
        return false;
    if (!looksLikeFormula(original))
        return cell == original;
    return cell.size() == original.size() + 1 && cell.endsWith(original);
}

} // namespace hindsight::test
