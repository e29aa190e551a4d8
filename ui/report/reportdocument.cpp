#include "ui/report/reportdocument.h"

#include "ui/report/reporthtml.h"
#include "ui/report/reportobjects.h"

#include "ui/common/colours.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QTextDocument>
#include <QTextFormat>

namespace hindsight::ui {

namespace {

// Font sizes in points, lengths in CSS pixels (1/96 inch): QTextDocument takes margins in pixels
// only, and lays the report out at 96 dpi. Colours: %1 headings, %2 ink, %3 muted text, %4 table
// headers, %5 rules between rows (Colours).
const QString StyleSheet = QStringLiteral(R"(
h1 { font-size: 19pt; font-weight: 600; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 20px; margin-bottom: 6px; color: %1; }
h3 { font-size: 10.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 5px; }
p { margin-top: 0px; margin-bottom: 7px; }
ul { margin-top: 0px; margin-bottom: 7px; }
.subtitle { font-size: 12pt; color: %2; margin-bottom: 3px; }
.muted { color: %3; }
.figure { font-size: 15pt; font-weight: 600; }
.label { font-size: 7pt; color: %3; }
.quote { font-style: italic; }
.time { color: %3; }
.amended { font-size: 9pt; font-weight: normal; }
table.grid { border-collapse: collapse; margin-top: 2px; margin-bottom: 10px; }
table.grid th { text-align: left; font-size: 8pt; font-weight: 600; background-color: %4;
                border-bottom: 1px solid %2; padding: 3px; }
table.grid td { vertical-align: top; border-bottom: 1px solid %5; padding: 3px; }
table.grid td.caption { font-size: 10.5pt; font-weight: 600; border-bottom: 0px;
                       padding-top: 14px; padding-bottom: 5px; padding-left: 0px; }
table.figures td { vertical-align: top; padding: 2px; padding-bottom: 8px; }
td.num, th.num { text-align: right; }
)")
                               .arg(Colours::paperHeading().name(), Colours::paperInk().name(),
                                    Colours::paperMuted().name(), Colours::paperTableHeader().name(),
                                    Colours::paperCellRule().name());

} // namespace

ReportDocument::ReportDocument(const QString &title)
    : m_title(title)
{
}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::chart(ReportChart chart, double widthMm, double heightMm)
{
    m_charts.push_back(std::move(chart));
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
        .arg(ReportObjects::chartName(m_charts.size() - 1))
        .arg(qRound(mmToCssPixels(widthMm)))
        .arg(qRound(mmToCssPixels(heightMm)));
}

QString ReportDocument::heading(int level, const QString &text, int depth,
                                const QString &outlineTitle)
{
    m_outline.addHeading(level, text, depth, outlineTitle.isEmpty() ? text : outlineTitle);
    return ReportHtml::heading(level, text);
}

QString ReportDocument::ruledLines(int lines, double widthMm)
{
    // About 8 mm a line: room for handwriting.
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
        .arg(ReportObjects::rulesName(lines))
        .arg(qRound(mmToCssPixels(widthMm)))
        .arg(qRound(mmToCssPixels(8.0 * lines)));
}

QFont ReportDocument::font(double pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    // Qt 6.4 has no switch for OpenType features, but it leaves ligatures out of spaced text:
    // "fi" stays two letters that a reader can search for and copy.
    font.setLetterSpacing(QFont::PercentageSpacing, 100.1);
    return font;
}

void ReportDocument::setBody(const QString &html)
{
    m_document = std::make_unique<QTextDocument>();
    // Not the screen: its resolution varies from machine to machine, the printed page must not.
    m_layoutDevice = QImage(1, 1, QImage::Format_RGB32);
    m_layoutDevice.setDotsPerMeterX(qRound(LayoutDpi / 0.0254));
    m_layoutDevice.setDotsPerMeterY(qRound(LayoutDpi / 0.0254));
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_objects = std::make_unique<ReportObjects>(m_charts);
    m_document->setDefaultFont(font(9.0));
    m_document->setDocumentMargin(0);
    m_document->setDefaultStyleSheet(StyleSheet);
    // Every embedded object is ours: charts and ruled lines, never a bitmap.
    m_document->documentLayout()->registerHandler(QTextFormat::ImageObject, m_objects.get());
    m_document->setHtml(html);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
}

} // namespace hindsight::ui
