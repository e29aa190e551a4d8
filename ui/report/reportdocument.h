#pragma once

#include "ui/report/reportchart.h"
#include "ui/report/reportoutline.h"

#include <QImage>
#include <QString>

#include <memory>
#include <vector>

class QFont;
class QTextDocument;

namespace hindsight::ui {

class ReportObjects;

// A report ready to paint on pages: its HTML body in a QTextDocument with the print stylesheet,
// the charts it embeds, and the title that goes in the running header and the PDF's metadata.
// The three reports (candidate summary, committee pack, interview kit) each build one.
class ReportDocument final
{
public:
    explicit ReportDocument(const QString &title);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    // The title for the header and the metadata: in a blind pack it must name no candidate.
    const QString &title() const { return m_title; }

    // HTML for a chart `widthMm` by `heightMm`, to place in the body.
    QString chart(ReportChart chart, double widthMm, double heightMm);
    // HTML for `lines` ruled lines across the text width, for handwritten notes.
    static QString ruledLines(int lines, double widthMm = 170.0);

    // HTML for a heading of `level` (1 to 3) that the PDF's outline lists at `depth`, under
    // `outlineTitle` or, when that is empty, the heading's own text. `text` is plain text.
    QString heading(int level, const QString &text, int depth, const QString &outlineTitle = {});
    // An outline entry without a heading of its own, leading where the next entry does.
    void outlineGroup(int depth, const QString &title) { m_outline.addGroup(depth, title); }
    const ReportOutline &outline() const { return m_outline; }

    // Builds the document; call once, after every chart() the body refers to.
    void setBody(const QString &html);
    QTextDocument *document() const { return m_document.get(); }

    // The document is laid out at 96 dpi, whatever the page's resolution: CSS pixels, points
    // and the margins of blocks then keep their proportions, and the printer scales the whole
    // layout onto the page (as QTextDocument::print does).
    static constexpr double LayoutDpi = 96.0;
    // The reports' typeface at `pointSize`.
    static QFont font(double pointSize);

    static double mmToCssPixels(double mm) { return mm / 25.4 * LayoutDpi; }

private:
    QString m_title;
    std::vector<ReportChart> m_charts;
    ReportOutline m_outline;
    // Declared before the document, so that the document, which refers to both, goes first.
    QImage m_layoutDevice; // a 96 dpi paint device for the layout
    std::unique_ptr<ReportObjects> m_objects;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace hindsight::ui
