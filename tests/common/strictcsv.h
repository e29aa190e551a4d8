#pragma once

// A deliberately strict reader of RFC 4180 CSV, for tests of what Hindsight writes: anything a
// lenient spreadsheet would silently guess about is an error here.

#include <QByteArray>
#include <QList>
#include <QString>
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
std::optional<StrictCsv> parseStrictCsv(const QByteArray &bytes, QString *error);

// Whether a spreadsheet would run the cell as a formula (OWASP, CSV injection): it begins with
// = + - @, a tab, a carriage return or a line feed.
bool looksLikeFormula(const QString &cell);

// Whether `cell` is `original` made safe: the same text when it was harmless, otherwise the same
// text behind one prefix character that is not itself a trigger (so a reader still recognises it).
bool isInertFormOf(const QString &cell, const QString &original);

} // namespace hindsight::test
