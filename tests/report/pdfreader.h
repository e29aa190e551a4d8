#pragma once

// What the report tests read back from a PDF, with poppler's pdftotext and pdfinfo and by looking
// into its streams.

#include <QByteArray>
#include <QList>
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

} // namespace hindsight::test
