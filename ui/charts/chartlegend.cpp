#include "ui/charts/chartlegend.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hindsight::ui {

namespace {

constexpr double ShapeWidth = 16;
constexpr double Spacing = 14; // between entries on one line
constexpr double LineGap = 3;

// `text` broken at spaces into lines no wider than `width`; a word wider than the line is broken
// between characters, so nothing is ever cut off.
QStringList wrap(const QString &text, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '));
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
        } else {
            lines << line;
            line = word;
        }
        while (fm.horizontalAdvance(line) > width && line.size() > 1) {
            qsizetype fits = line.size() - 1;
            while (fits > 1 && fm.horizontalAdvance(line.left(fits)) > width)
                --fits;
            lines << line.left(fits);
            line = line.mid(fits);
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

} // namespace

ChartLegend::ChartLegend(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
}

void ChartLegend::setStyle(const ChartStyle &style, const QFont &font)
{
    m_style = style;
    m_font = font;
    update();
}

void ChartLegend::setEntries(const QList<Entry> &legend, const QList<Entry> &key)
{
    m_legend = legend;
    m_key = key;
}

double ChartLegend::layOut(double width)
{
    prepareGeometryChange();
    m_width = std::max(width, 40.0);
    m_placed.clear();
    double y = 0;
    layOutSection(m_legend, m_width, y);
    layOutSection(m_key, m_width, y);
    m_height = y;
    update();
    return m_height;
}

void ChartLegend::layOutSection(const QList<Entry> &entries, double width, double &y)
{
    if (entries.isEmpty())
        return;
    const QFontMetricsF fm(m_font);
    const double lineHeight = fm.height() + LineGap;
    double x = 0;
    double lineBottom = y + lineHeight;
    for (const Entry &entry : entries) {
        double shapeWidth = ShapeWidth;
        if (entry.shape == ChartMarks::Shape::Key)
            shapeWidth = ChartMarks::keySize(m_font, entry.mark).width();
        else if (entry.shape == ChartMarks::Shape::Group)
            shapeWidth = ChartMarks::badgeDiameter(m_font, entry.mark.toInt());
        const double textWidth = fm.horizontalAdvance(entry.text);
        const double whole = shapeWidth + 4 + textWidth;
        if (x > 0 && x + whole > width) {
            x = 0;
            y = lineBottom;
            lineBottom = y + lineHeight;
        }
        Placed placed;
        placed.entry = entry;
        placed.shape = QRectF(x, y, shapeWidth, lineHeight - LineGap);
        const double textLeft = x + shapeWidth + 4;
        placed.words = wrap(entry.text, fm, width - textLeft);
        double lineTop = y;
        double widest = 0;
        for (const QString &line : placed.words) {
            const double w = fm.horizontalAdvance(line);
            placed.lines << QRectF(textLeft, lineTop, w, fm.height());
            widest = std::max(widest, w);
            lineTop += lineHeight;
        }
        lineBottom = std::max(lineBottom, lineTop);
        if (placed.words.size() > 1) {
            // A wrapped entry takes its lines to itself.
            x = 0;
            y = lineBottom;
            lineBottom = y + lineHeight;
        } else {
            x = textLeft + widest + Spacing;
        }
        m_placed << placed;
    }
    y = x > 0 ? lineBottom : y;
}

QStringList ChartLegend::texts() const
{
    QStringList texts;
    for (const Placed &p : m_placed)
        texts << p.entry.text;
    return texts;
}

QList<QRectF> ChartLegend::textRects() const
{
    QList<QRectF> rects;
    for (const Placed &p : m_placed)
        rects << p.lines;
    return rects;
}

QRectF ChartLegend::boundingRect() const
{
    return QRectF(0, 0, m_width, m_height);
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Placed &p : m_placed) {
        ChartMarks::drawShape(painter, p.shape, p.entry.shape, p.entry.mark, m_font, m_style);
        painter->setFont(m_font);
        painter->setPen(m_style.text);
        for (qsizetype i = 0; i < p.lines.size(); ++i)
            painter->drawText(p.lines[i].adjusted(0, 0, 1, 0),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine
                                  | Qt::TextDontClip,
                              p.words[i]);
    }
    painter->restore();
}

} // namespace hindsight::ui
