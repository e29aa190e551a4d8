#include "ui/report/reportobjects.h"

#include "ui/common/colours.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QTextDocument>
#include <QTextImageFormat>

namespace hindsight::ui {

namespace {

const QString ChartPrefix = QStringLiteral("chart:");
const QString RulesPrefix = QStringLiteral("rules:");
constexpr double PrintZoom = 1.35;

// Device pixels per CSS pixel: the report's HTML is sized at 96 dpi, the page is not.
double deviceScale(QTextDocument *document)
{
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    return device ? device->logicalDpiX() / 96.0 : 1.0;
}

} // namespace

ReportObjects::ReportObjects(std::vector<ReportChart> charts, QObject *parent)
    : QObject(parent)
    , m_charts(std::move(charts))
{
}

QString ReportObjects::chartName(std::size_t index)
{
    return ChartPrefix + QString::number(index);
}

QString ReportObjects::rulesName(int lines)
{
    return RulesPrefix + QString::number(lines);
}

QSizeF ReportObjects::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    return QSizeF(image.width(), image.height()) * deviceScale(document);
}

void ReportObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                               const QTextFormat &format)
{
    const QString name = format.toImageFormat().name();
    if (name.startsWith(ChartPrefix)) {
        const std::size_t index = name.mid(ChartPrefix.size()).toULongLong();
        if (index < m_charts.size())
            drawChart(painter, rect, m_charts[index], deviceScale(document));
    } else if (name.startsWith(RulesPrefix)) {
        drawRules(painter, rect, name.mid(RulesPrefix.size()).toInt());
    }
}

void ReportObjects::drawChart(QPainter *painter, const QRectF &rect, const ReportChart &spec,
                              double scale) const
{
    // The very widget the screen shows, laid out at the printed size in CSS pixels so that its
    // fonts and marker sizes keep their proportions on paper; the scale to the device is the
    // painter's. The widget is never shown on screen.
    BreadthDepthChart view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setPalette(Colours::paperPalette());
    view.setSpread(BreadthDepthChart::Spread::All);
    view.setRole(spec.role);
    view.setCandidates(spec.candidates);
    view.setTeam(spec.team);
    view.setNameLabels(spec.nameLabels);
    // Laid out a third larger than printed, so its text comes out at about 7 pt: the legend
    // then fits beside a narrow chart instead of being elided.
    const QSize size = (rect.size() / scale * PrintZoom).toSize();
    view.resize(size);
    view.show();
    // Lay the chart out now, at this size, legend, names and key included, without running
    // anybody else's pending layouts in the middle of painting a page: the same placement as on
    // screen.
    view.settle();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    view.scene()->render(painter, rect, QRectF(QPointF(0, 0), QSizeF(size)));
    painter->restore();
}

void ReportObjects::drawRules(QPainter *painter, const QRectF &rect, int lines)
{
    if (lines <= 0)
        return;
    painter->save();
    QPen pen(Colours::paperWritingRule());
    pen.setWidthF(rect.height() / lines / 40.0);
    painter->setPen(pen);
    const double step = rect.height() / lines;
    for (int i = 1; i <= lines; ++i) {
        const double y = rect.top() + i * step - pen.widthF();
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    painter->restore();
}

} // namespace hindsight::ui
