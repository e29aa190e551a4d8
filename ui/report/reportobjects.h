#pragma once

#include "ui/report/reportchart.h"

#include <QObject>
#include <QTextObjectInterface>

#include <vector>

namespace hindsight::ui {

// Draws what a printed report embeds in its text: breadth-versus-depth charts and ruled lines for
// handwriting. Both are painted with the document's painter, so on a PDF or a printer they stay
// vector graphics instead of bitmaps.
//
// It stands in for the document's image handler: the report's HTML places an object with
// <img src="chart:N"> or <img src="rules:N">, sized in CSS pixels (1/96 inch), which keeps the
// layout in HTML while the drawing stays here.
class ReportObjects final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ReportObjects(std::vector<ReportChart> charts, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

    static QString chartName(std::size_t index);
    static QString rulesName(int lines);

private:
    void drawChart(QPainter *painter, const QRectF &rect, const ReportChart &chart,
                   double deviceScale) const;
    static void drawRules(QPainter *painter, const QRectF &rect, int lines);

    std::vector<ReportChart> m_charts;
};

} // namespace hindsight::ui
