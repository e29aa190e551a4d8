#pragma once

#include "ui/interchange/failure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPageLayout;
class QPrinter;

namespace hindsight::ui {

class ReportDocument;

// Lays a report out on pages and paints them: the running header (report title, date), the body
// split into pages, and a footer with the confidentiality line and "Page n of m". The same code
// paints a PDF file and a printer, so the print preview shows exactly what the PDF holds.
class ReportPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::ReportPrinter)

public:
    // On the paper the settings choose (PaperSize::chosen()).
    explicit ReportPrinter(QDate printedOn = QDate::currentDate());

    // The paper writePdf() lays the pages out on; print() takes the printer's.
    QPageSize::PageSizeId paper() const { return m_paper; }
    void setPaper(QPageSize::PageSizeId paper) { m_paper = paper; }

    // Portrait `paper` with the margins the reports are designed for.
    static QPageLayout pageLayout(QPageSize::PageSizeId paper);

    // Paints every page on `device`, which must already have its page layout. Returns the
    // number of pages, 0 when the device cannot be painted on.
    int paint(const ReportDocument &report, QPagedPaintDevice &device) const;

    // Writes the report as a PDF, all or nothing (AtomicFile): nullopt on success, else a
    // failure naming the file and what went wrong.
    std::optional<interchange::Failure> writePdf(const ReportDocument &report,
                                                 const QString &fileName) const;
    // Sends the report to `printer`, set up by a print dialog: nullopt on success, else a failure
    // naming the report and the printer.
    std::optional<interchange::Failure> print(const ReportDocument &report, QPrinter &printer) const;

    static QString confidentialityLine();

    // `pdf`, as paint() wrote it for `report` on pages of `layout`, with the document's language
    // and the report's outline added (PdfCatalogUpdate). When that cannot be done, `problem` says
    // why and the PDF comes back with what could be added, at worst unchanged.
    static QByteArray withLanguageAndOutline(const ReportDocument &report, const QByteArray &pdf,
                                             const QPageLayout &layout, QString *problem);

private:
    QDate m_printedOn;
    QPageSize::PageSizeId m_paper;
};

} // namespace hindsight::ui
