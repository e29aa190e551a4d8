#include "ui/interview/regrets/flowlayout.h"

#include <QWidget>

namespace hindsight::ui {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: every other item can go to a row of its own.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Rows of items that fit side by side; each row then shares out what is left of its width, so
    // the rows end flush on the right.
    QList<QList<QLayoutItem *>> rows(1);
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = qMin(item->sizeHint().width(), area.width());
        if (!rows.last().isEmpty() && used + m_spacing + width > area.width()) {
            rows.append(QList<QLayoutItem *>());
            used = 0;
        }
        used += (rows.last().isEmpty() ? 0 : m_spacing) + width;
        rows.last().append(item);
    }
    int y = area.y();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int natural = m_spacing * int(row.size() - 1);
        int height = 0;
        for (const QLayoutItem *item : row) {
            natural += qMin(item->sizeHint().width(), area.width());
            height = qMax(height, item->sizeHint().height());
        }
        const int extra = qMax(0, area.width() - natural);
        int x = area.x();
        for (int i = 0; i < row.size(); ++i) {
            QLayoutItem *item = row[i];
            // The last item takes the rounding remainder.
            const int share = i + 1 < row.size() ? extra / int(row.size())
                                                 : extra - (extra / int(row.size())) * i;
            const int width = qMin(item->sizeHint().width(), area.width()) + share;
            if (apply)
                item->setGeometry(QRect(x, y, width, height));
            x += width + m_spacing;
        }
        y += height + m_spacing;
    }
    const int usedHeight = y > area.y() ? y - m_spacing - rect.y() : 0;
    return usedHeight + contentsMargins().bottom();
}

} // namespace hindsight::ui
