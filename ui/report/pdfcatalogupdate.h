#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hindsight::ui {

// One entry of a PDF's outline (the bookmarks a viewer lists beside the pages).
struct PdfOutlineItem
{
    QString title;
    int depth = 0; // 0 for the top level; an entry is the child of the nearest one above it
    int page = 0;  // 0-based
    double y = 0;  // where the entry starts on the page, in PDF points from the bottom edge
};

// Adds what Qt 6.4's QPdfWriter cannot write to a PDF it has written: the document's language
// (/Lang) and an outline, opened beside the pages (/PageMode /UseOutlines). They go in an
// incremental update appended to the file (ISO 32000-1, 7.5.6): a new version of the catalog
// with the original's entries and these, the outline's objects, and a cross-reference section
// whose /Prev is the original's. Every byte Qt wrote stays as it was. The document is not tagged,
// so no /MarkInfo is claimed.
class PdfCatalogUpdate final
{
public:
    // The PDF with the update appended; on a file that is not as expected (see PdfObjects), the
    // `problem` is set and the PDF is returned unchanged. `language` is a BCP 47 code ("da").
    static QByteArray apply(const QByteArray &pdf, const QString &language,
                            const QList<PdfOutlineItem> &outline, QString *problem = nullptr);

    // A PDF text string that holds any Unicode exactly: UTF-16BE behind a byte order mark,
    // written in hex, so that parentheses and backslashes need no escapes.
    static QByteArray textString(const QString &text);
};

} // namespace hindsight::ui
