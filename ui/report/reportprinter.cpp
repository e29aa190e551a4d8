#include "ui/report/reportprinter.h"

#include "ui/common/colours.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reporthtml.h"
#include "ui/report/reportobjects.h"

#include "ui/interchange/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

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

} // namespace

ReportPrinter::ReportPrinter(QDate printedOn)
    : m_printedOn(printedOn)
{
}

QPageLayout ReportPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(18.0, 12.0, 18.0, 10.0), QPageLayout::Millimeter);
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
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout());
        writer.setResolution(600);
        writer.setTitle(report.title());
        writer.setCreator(tr("Hindsight %1").arg(QCoreApplication::applicationVersion()));
        if (paint(report, writer) == 0)
            return interchange::AtomicFile::cannotWrite(fileName,
                                                        tr("the PDF could not be started."));
    }
    return interchange::AtomicFile::write(fileName, buffer.data(),
                                          interchange::AtomicFile::Access::OwnerOnly);
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
