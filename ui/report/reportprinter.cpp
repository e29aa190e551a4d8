#include "ui/report/reportprinter.h"

#include "ui/common/colours.h"
#include "ui/common/localetext.h"
#include "ui/report/papersize.h"
#include "ui/report/pdfcatalogupdate.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reporthtml.h"
#include "ui/report/reportobjects.h"

#include "ui/interchange/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

#include <algorithm>

namespace hindsight::ui {

namespace {

constexpr double HeaderMm = 9.0;  // running header band, inside the printable area
constexpr double FooterMm = 11.0; // footer band

double mmToDevice(double mm, const QPaintDevice &device)
{
    return mm / 25.4 * device.logicalDpiY();
}

QFont bandFont(const QPaintDevice &device)
{
    // Points are resolved against the device, so the band text is 7.5 pt on any printer.
    return QFont(ReportDocument::font(7.5), &device);
}

// `left` and `right` on one line of `rect`; the left one elided so that it never runs into the
// right one (a long role title, a long translation).
void drawPair(QPainter &painter, const QRectF &rect, const QString &left, const QString &right)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double rightWidth = metrics.horizontalAdvance(right);
    const double gap = metrics.horizontalAdvance(QStringLiteral("    "));
    painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(left, Qt::ElideRight, rect.width() - rightWidth - gap));
}

Q_LOGGING_CATEGORY(reportLog, "hindsight.report")

// Points of a PDF's user space per pixel of the document's layout.
constexpr double PointsPerLayoutPixel = 72.0 / ReportDocument::LayoutDpi;

// The outline's entries where their headings are on the pages `layout` describes: the body
// starts below the top margin and the running header.
QList<PdfOutlineItem> outlineItems(const QList<ReportOutline::Entry> &entries,
                                   const QPageLayout &layout)
{
    const double pageHeight = layout.fullRectPoints().height();
    const double bodyTop = layout.marginsPoints().top() + HeaderMm / 25.4 * 72.0;
    QList<PdfOutlineItem> items;
    for (const ReportOutline::Entry &e : entries) {
        // A little above the heading's first line, so that a viewer shows it whole.
        const double y = pageHeight - bodyTop - e.top * PointsPerLayoutPixel + 4.0;
        items.append({e.title, e.depth, e.page, std::clamp(y, 0.0, pageHeight)});
    }
    return items;
}

} // namespace

ReportPrinter::ReportPrinter(QDate printedOn)
    : m_printedOn(printedOn)
    , m_paper(PaperSize::chosen())
{
}

QPageLayout ReportPrinter::pageLayout(QPageSize::PageSizeId paper)
{
    // The same margins on either paper: Letter's extra width and A4's extra height go to the body.
    return QPageLayout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(18.0, 12.0, 18.0, 10.0),
                       QPageLayout::Millimeter);
}

QString ReportPrinter::confidentialityLine()
{
    return tr("Confidential: for the hiring committee of this role only. Do not forward.");
}

int ReportPrinter::paint(const ReportDocument &report, QPagedPaintDevice &device) const
{
    QTextDocument *document = report.document();
    if (!document)
        return 0;
    QPainter painter;
    if (!painter.begin(&device))
        return 0;

    // The painter's origin is the top left of the printable area.
    const QRectF page(QPointF(0, 0),
                      device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const double header = mmToDevice(HeaderMm, device);
    const double footer = mmToDevice(FooterMm, device);
    const QRectF body(0, header, page.width(), page.height() - header - footer);

    // The body is laid out at 96 dpi and scaled onto the page, each direction at its own
    // resolution (some printers have different ones).
    const double scaleX = device.logicalDpiX() / ReportDocument::LayoutDpi;
    const double scaleY = device.logicalDpiY() / ReportDocument::LayoutDpi;
    const QSizeF pageSize(body.width() / scaleX, body.height() / scaleY);
    document->setPageSize(pageSize);
    const int pages = document->pageCount();

    const QFont font = bandFont(device);
    const QColor ink = Colours::paperInk();
    const QString date = ReportHtml::date(m_printedOn);
    QPen rule(Colours::paperBandRule());
    rule.setWidthF(mmToDevice(0.2, device));

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = Colours::paperPalette();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(font);
        painter.setPen(ink);
        const QRectF headerText(0, 0, page.width(), header * 0.6);
        drawPair(painter, headerText, report.title(), date);
        painter.setPen(rule);
        painter.drawLine(QPointF(0, header * 0.7), QPointF(page.width(), header * 0.7));

        painter.save();
        painter.translate(body.topLeft());
        painter.scale(scaleX, scaleY);
        painter.translate(0, -i * pageSize.height());
        context.clip = QRectF(QPointF(0, i * pageSize.height()), pageSize);
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        const double footerTop = page.height() - footer * 0.75;
        painter.setPen(rule);
        painter.drawLine(QPointF(0, footerTop), QPointF(page.width(), footerTop));
        painter.setPen(ink);
        const QRectF footerText(0, footerTop, page.width(), footer * 0.75);
        drawPair(painter, footerText, confidentialityLine(),
                 tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return pages;
}

std::optional<interchange::Failure> ReportPrinter::writePdf(const ReportDocument &report,
                                                            const QString &fileName) const
{
    // Rendered in memory first, then written in one go: a report that fails half-way never
    // touches the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPageLayout layout = pageLayout(m_paper);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(layout);
        writer.setResolution(600);
        writer.setTitle(report.title());
        writer.setCreator(tr("Hindsight %1").arg(QCoreApplication::applicationVersion()));
        if (paint(report, writer) == 0)
            return interchange::AtomicFile::cannotWrite(fileName,
                                                        tr("the PDF could not be started."));
        layout = writer.pageLayout();
    }
    QString problem;
    const QByteArray pdf = withLanguageAndOutline(report, buffer.data(), layout, &problem);
    // The outline helps a reader find their way; a file without it is still the report, and
    // losing the export over it would be worse.
    if (!problem.isEmpty())
        qCWarning(reportLog, "%s: written without its outline: %s", qUtf8Printable(fileName),
                  qUtf8Printable(problem));
    return interchange::AtomicFile::write(fileName, pdf, interchange::AtomicFile::Access::OwnerOnly);
}

QByteArray ReportPrinter::withLanguageAndOutline(const ReportDocument &report, const QByteArray &pdf,
                                                 const QPageLayout &layout, QString *problem)
{
    QList<PdfOutlineItem> items;
    if (report.document() && !report.outline().isEmpty()) {
        // paint() left the document laid out in the pages it printed.
        const auto entries = report.outline().resolve(*report.document());
        if (!entries) {
            *problem = QStringLiteral("a heading of the outline is not in the document");
            return PdfCatalogUpdate::apply(pdf, LocaleText::textLanguage(), {}, nullptr);
        }
        items = outlineItems(*entries, layout);
    }
    return PdfCatalogUpdate::apply(pdf, LocaleText::textLanguage(), items, problem);
}

std::optional<interchange::Failure> ReportPrinter::print(const ReportDocument &report,
                                                         QPrinter &printer) const
{
    if (paint(report, printer) > 0)
        return std::nullopt;
    return interchange::Failure{
        tr("%1 could not be sent to the printer %2.").arg(report.title(), printer.printerName()),
        printer.printerName(),
        {}};
}

} // namespace hindsight::ui
