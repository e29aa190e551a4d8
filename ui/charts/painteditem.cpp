#include "ui/charts/painteditem.h"

#include <QPainter>

namespace hindsight::ui {

PaintedItem::PaintedItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
}

void PaintedItem::setPainter(const QRectF &bounds, Painter painter)
{
    prepareGeometryChange();
    m_bounds = bounds;
    m_painter = std::move(painter);
    update();
}

void PaintedItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_painter)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_painter(painter);
    painter->restore();
}

} // namespace hindsight::ui
