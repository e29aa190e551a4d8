#pragma once

#include "ui/charts/chartmarks.h"
#include "ui/charts/chartstyle.h"

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>
#include <QStringList>

namespace hindsight::ui {

// The chart's legend and, under it, the key to the numbered marks: drawn by Hindsight instead of
// by Qt Charts because it wraps onto as many lines as it needs and never elides a word, and
// because it is a part of the chart's scene, the same on screen and on paper.
class ChartLegend final : public QGraphicsItem
{
public:
    struct Entry
    {
        ChartMarks::Shape shape = ChartMarks::Shape::Candidate;
        QString text;
        QString mark; // a key's number or a group's count
    };

    explicit ChartLegend(QGraphicsItem *parent);

    void setStyle(const ChartStyle &style, const QFont &font);
    void setEntries(const QList<Entry> &legend, const QList<Entry> &key);
    // Lays the entries out in lines no wider than `width`; returns the height they take.
    double layOut(double width);
    double height() const { return m_height; }

    // What is written, for tests: every entry's text whole, and where each line of it is drawn
    // (in the item's coordinates).
    QStringList texts() const;
    QList<QRectF> textRects() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    struct Placed
    {
        Entry entry;
        QRectF shape;
        QList<QRectF> lines;
        QStringList words; // the entry's text, one string per line
    };

    void layOutSection(const QList<Entry> &entries, double width, double &y);

    ChartStyle m_style;
    QFont m_font;
    QList<Entry> m_legend;
    QList<Entry> m_key;
    QList<Placed> m_placed;
    double m_width = 0;
    double m_height = 0;
};

} // namespace hindsight::ui
