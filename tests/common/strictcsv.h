#pragma once

// A deliberately strict reader of RFC 4180 CSV, for tests of what Hindsight writes: anything a
// lenient spreadsheet would silently guess about is an error here.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace hindsight::test {

struct StrictCsv
{
    bool hadBom = false;
    QList<QStringList> records;
};

// Reads CSV that must be valid UTF-8 (an optional byte-order mark first) and RFC 4180 in full:
// records end with CRLF (the last one may omit it), a quoted field doubles its quotes and is
// followed only by a comma, CRLF or the end, an unquoted field holds no quote, CR or LF, and every
// record has as many fields as the first. On failure returns nullopt and says why and where.
inline std::optional<StrictCsv> parseStrictCsv(const QByteArray &bytes, QString *error)
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

// Whether a spreadsheet would run the cell as a formula (OWASP, CSV injection): it begins with
// = + - @, a tab, a carriage return or a line feed.
inline bool looksLikeFormula(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r\n");
    return !cell.isEmpty() && triggers.contains(cell.front());
}

// Whether `cell` is `original` made safe: the same text when it was harmless, otherwise the same
// text behind one prefix character that is not itself a trigger (so a reader still recognises it).
inline bool isInertFormOf(const QString &cell, const QString &original)
{
    if (looksLikeFormula(cell))
        return false;
    if (!looksLikeFormula(original))
        return cell == original;
    return cell.size() == original.size() + 1 && cell.endsWith(original);
}

} // namespace hindsight::test
