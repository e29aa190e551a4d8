#include "ui/charts/chartmarks.h"

#include "ui/common/colours.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace hindsight::ui {

double ChartMarks::badgeDiameter(const QFont &font, int count)
{
    const QFontMetricsF fm(font);
    return std::max(fm.height() + 2, fm.horizontalAdvance(QString::number(count)) + 8);
}

void ChartMarks::drawBadge(QPainter *painter, const QPointF &centre, int count, const QFont &font)
{
    const double d = badgeDiameter(font, count);
    const QRectF rect(centre.x() - d / 2, centre.y() - d / 2, d, d);
    // Darker than a single candidate's point, so its white count reads at more than 4.5:1.
    const QColor fill = Colours::candidate().darker(130);
    painter->setPen(QPen(Qt::white, 1.0));
    painter->setBrush(fill);
    painter->drawEllipse(rect);
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(ChartStyle::onFill(fill, Qt::black, Qt::white));
    painter->drawText(rect, Qt::AlignCenter | Qt::TextDontClip, QString::number(count));
}

QSizeF ChartMarks::keySize(const QFont &font, const QString &number)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    return QSizeF(std::max(fm.horizontalAdvance(number) + 6, fm.height()), fm.height());
}

void ChartMarks::drawKey(QPainter *painter, const QRectF &rect, const QString &number,
                         const QFont &font, const ChartStyle &style)
{
    painter->setPen(QPen(style.text, 1.0));
    painter->setBrush(style.background);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(rect, Qt::AlignCenter | Qt::TextDontClip, number);
}

void ChartMarks::drawShape(QPainter *painter, const QRectF &rect, Shape shape, const QString &mark,
                           const QFont &font, const ChartStyle &style)
{
    const QPointF c = rect.center();
    const double s = std::min(rect.width(), rect.height());
    switch (shape) {
    case Shape::Candidate:
        painter->setPen(QPen(style.background, 1.0));
        painter->setBrush(Colours::candidate());
        painter->drawEllipse(c, s * 0.4, s * 0.4);
        break;
    case Shape::Group: drawBadge(painter, c, mark.toInt(), font); break;
    case Shape::Interview:
        painter->setPen(QPen(style.background, 1.0));
        painter->setBrush(Colours::interview());
        painter->drawRect(QRectF(c.x() - s * 0.25, c.y() - s * 0.25, s * 0.5, s * 0.5));
        break;
    case Shape::Target: {
        QPainterPath diamond;
        const double r = s * 0.45;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        painter->setPen(QPen(Colours::target(), s > 20 ? 2.5 : 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(diamond);
        break;
    }
    case Shape::Region:
        painter->setPen(QPen(Colours::region(), 1.0));
        painter->setBrush(Colours::regionFill());
        painter->drawRect(QRectF(c.x() - s * 0.45, c.y() - s * 0.35, s * 0.9, s * 0.7));
        break;
    case Shape::Team: {
        QPainterPath triangle;
        const double r = s * 0.45;
        triangle.moveTo(c.x(), c.y() - r);
        triangle.lineTo(c.x() + r, c.y() + r * 0.8);
        triangle.lineTo(c.x() - r, c.y() + r * 0.8);
        triangle.closeSubpath();
        painter->setPen(QPen(style.background, 1.0));
        painter->setBrush(Colours::teamMember());
        painter->drawPath(triangle);
        break;
    }
    case Shape::Density: {
        // Three cells, light to dark: more candidates, darker.
        const double w = s * 0.4;
        for (int i = 0; i < 3; ++i) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(densityFill(i + 1, 3));
            painter->drawRect(QRectF(c.x() - 1.5 * w + i * w, c.y() - w / 2, w, w));
        }
        break;
    }
    case Shape::Key: {
        const QSizeF size = keySize(font, mark);
        drawKey(painter,
                QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                       size.height()),
                mark, font, style);
        break;
    }
    }
}

void ChartMarks::drawName(QPainter *painter, const QRectF &rect, const QString &text,
                          const QFont &font, const ChartStyle &style)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.halo);
    painter->drawRoundedRect(rect, 2, 2);
    painter->setFont(font);
    painter->setPen(style.text);
    painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip, text);
}

QFont ChartMarks::smallFont(const QFont &font, double factor)
{
    // In pixels, not points: drawn into a report, a size in points would be taken at the
    // printer's resolution instead of scaling with the rest of the chart.
    QFont small = font;
    small.setPixelSize(std::max(7, qRound(QFontInfo(font).pixelSize() * factor)));
    return small;
}

QColor ChartMarks::densityFill(int count, int most)
{
    // A square root keeps a cell of one visible next to a cell of hundreds.
    const double share = most > 0 ? std::sqrt(double(count) / most) : 0.0;
    QColor c = Colours::candidate();
    c.setAlphaF(float(0.12 + 0.5 * share));
    return c;
}

} // namespace hindsight::ui
