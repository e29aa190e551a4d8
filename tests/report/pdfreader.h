#pragma once

// What the report tests read back from a PDF, with poppler's pdftotext and pdfinfo and by looking
// into its streams.

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

namespace hindsight::test {

// What pdftotext reads from a PDF, in the order it was drawn (-raw), with runs of white space
// made one space so that a quote wrapped over lines still reads as one string.
QString pdfText(const QString &path);
// One field of pdfinfo's report ("Title", "Pages"), or an empty string.
QString pdfInfo(const QString &path, const QString &field);
int pageCount(const QString &path);
// Every stream of the PDF, inflated when it is Flate-compressed (as Qt writes page contents).
QList<QByteArray> pdfStreams(const QByteArray &pdf);
// Path construction operators (moveto, lineto, curveto, rectangle) in the page contents.
int pathOperators(const QByteArray &pdf);
// Bitmap images in the PDF.
int images(const QByteArray &pdf);

// What qpdf --check says of the file; empty when it found nothing wrong (exit code 0).
QString qpdfProblems(const QString &path);
// One entry of the PDF's outline as qpdf reads it, in outline order.
struct OutlineEntry
{
    QString title;
    int depth = 0; // 0 for the top level
    int page = 0;  // 1-based
    bool open = false;
};
QList<OutlineEntry> pdfOutline(const QString &path);
// An entry of the catalog as qpdf --json writes its value ("u:da" for the string (da), "/UseOutlines"
// for a name); empty when absent.
QString catalogEntry(const QString &path, const QString &key);
// What pdftotext reads from page `page` (1-based) alone, white space simplified.
QString pageText(const QString &path, int page);
// The width and height of the first page's MediaBox, in points.
QSizeF mediaBox(const QString &path);

} // namespace hindsight::test
