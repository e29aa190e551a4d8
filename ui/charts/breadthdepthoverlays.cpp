#include "ui/charts/breadthdepthoverlays.h"

#include "ui/common/terms.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>

namespace hindsight::ui {

BreadthDepthOverlays::BreadthDepthOverlays(QChart *chart)
    : m_chart(chart)
    , m_spokes(new QGraphicsPathItem(chart))
{
    m_spokes->setZValue(1); // above the plot area, below the series' markers
    for (auto &label : m_quadrants) {
        label = new QGraphicsSimpleTextItem(chart);
        label->setZValue(1);
    }
    m_quadrants[0]->setText(Terms::archetype(core::Archetype::Specialist));
    m_quadrants[1]->setText(Terms::archetype(core::Archetype::TShaped));
    m_quadrants[2]->setText(Terms::archetype(core::Archetype::Developing));
    m_quadrants[3]->setText(Terms::archetype(core::Archetype::Generalist));
}

void BreadthDepthOverlays::applyPalette(const QColor &text, const QColor &faint, const QColor &spoke)
{
    for (QGraphicsSimpleTextItem *name : m_names)
        name->setBrush(text);
    QPen spokePen(spoke, 1.0);
    spokePen.setCosmetic(true);
    m_spokes->setPen(spokePen);
    for (QGraphicsSimpleTextItem *label : m_quadrants)
        label->setBrush(faint);
}

void BreadthDepthOverlays::setNames(const QStringList &names, const QColor &text)
{
    for (QGraphicsSimpleTextItem *item : m_names)
        delete item;
    m_names.clear();
    for (const QString &name : names) {
        auto *item = new QGraphicsSimpleTextItem(name, m_chart);
        item->setZValue(2);
        item->setBrush(text);
        QFont font = item->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        item->setFont(font);
        m_names.push_back(item);
    }
}

QStringList BreadthDepthOverlays::names() const
{
    QStringList labels;
    for (const QGraphicsSimpleTextItem *item : m_names)
        labels << item->text();
    return labels;
}

void BreadthDepthOverlays::place(const QList<QLineF> &spokes, const QList<QPointF> &named,
                                 QAbstractSeries *series)
{
    const QRectF area = m_chart->plotArea();
    if (area.isEmpty())
        return;

    // Specialist top-left, T-shaped top-right, developing bottom-left, generalist bottom-right.
    constexpr int Pad = 6;
    for (std::size_t i = 0; i < m_quadrants.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_quadrants[i];
        const QRectF r = label->boundingRect();
        const bool right = i % 2 == 1;
        const bool top = i < 2;
        label->setPos(right ? area.right() - r.width() - Pad : area.left() + Pad,
                      top ? area.top() + Pad : area.bottom() - r.height() - Pad);
    }

    QPainterPath path;
    for (const QLineF &spoke : spokes) {
        path.moveTo(m_chart->mapToPosition(spoke.p1(), series));
        path.lineTo(m_chart->mapToPosition(spoke.p2(), series));
    }
    m_spokes->setPath(path);

    // Names sit to the right of their points (left, near the right edge).
    for (std::size_t i = 0; i < m_names.size() && i < std::size_t(named.size()); ++i) {
        const QPointF at = m_chart->mapToPosition(named[qsizetype(i)], series);
        QGraphicsSimpleTextItem *item = m_names[i];
        const QRectF r = item->boundingRect();
        const bool left = at.x() + 9 + r.width() > area.right();
        item->setPos(left ? at.x() - 9 - r.width() : at.x() + 9, at.y() - r.height() / 2);
    }
}

} // namespace hindsight::ui
