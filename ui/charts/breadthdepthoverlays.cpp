#include "ui/charts/breadthdepthoverlays.h"

#include "ui/charts/chartmarks.h"
#include "ui/charts/labelplacer.h"
#include "ui/charts/painteditem.h"
#include "ui/common/colours.h"
#include "ui/common/terms.h"

#include "core/scoring/scorer.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>

namespace hindsight::ui {

namespace {

// Above the series' markers (Qt Charts draws them below 10), so a count or a name is never
// hidden under a point; the density cells go under the grid lines and the points.
constexpr double CellsZ = 1.5;
constexpr double WordsZ = 20;

QRectF square(const QPointF &centre, double size)
{
    return QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size);
}

// How far a name starts from its point: clear of every marker drawn on the point (its own, a
// count, the selection ring, a target it sits on), and a little more.
double clearance(const QPointF &anchor, const LabelPlacer &placer)
{
    double gap = 6;
    for (const QRectF &o : placer.obstacles()) {
        if (o.contains(anchor))
            gap = std::max({gap, anchor.x() - o.left(), o.right() - anchor.x(),
                            anchor.y() - o.top(), o.bottom() - anchor.y()});
    }
    return gap + 2;
}

} // namespace

BreadthDepthOverlays::BreadthDepthOverlays(QChart *chart)
    : m_chart(chart)
    , m_spokes(new QGraphicsPathItem(chart))
    , m_labelItem(new PaintedItem(chart))
    , m_densityItem(new PaintedItem(chart))
    , m_legend(new ChartLegend(chart))
{
    m_spokes->setZValue(1); // above the plot area, below the series' markers
    m_densityItem->setZValue(CellsZ);
    m_labelItem->setZValue(WordsZ);
    m_legend->setZValue(WordsZ);
    // Specialist top-left, T-shaped top-right, developing bottom-left, generalist bottom-right.
    m_quadrantWords = {Terms::archetype(core::Archetype::Specialist),
                       Terms::archetype(core::Archetype::TShaped),
                       Terms::archetype(core::Archetype::Developing),
                       Terms::archetype(core::Archetype::Generalist)};
}

void BreadthDepthOverlays::setStyle(const ChartStyle &style, const QFont &font)
{
    m_style = style;
    m_font = ChartMarks::smallFont(font);
    m_legend->setStyle(style, m_font);
    QPen spokePen(Colours::interview(), 1.0);
    spokePen.setCosmetic(true);
    m_spokes->setPen(spokePen);
}

double BreadthDepthOverlays::place(const Input &in, QAbstractSeries *series, double legendTop,
                                   double maxHeight)
{
    const QRectF area = m_chart->plotArea();
    m_labels.clear();
    m_badges.clear();
    m_obstacles.clear();
    m_names.clear();
    m_key.clear();
    m_keyNames.clear();
    m_density.clear();
    auto at = [this, series](const QPointF &value) { return m_chart->mapToPosition(value, series); };

    if (!area.isEmpty()) {
        QPainterPath path;
        for (const QLineF &spoke : in.spokes) {
            path.moveTo(at(spoke.p1()));
            path.lineTo(at(spoke.p2()));
        }
        m_spokes->setPath(path);

        // What names keep off: every marker drawn and the target, a little larger than drawn.
        LabelPlacer placer(area.adjusted(2, 2, -2, -2));
        auto obstacle = [&](const QRectF &r) {
            placer.addObstacle(r);
            m_obstacles << r;
        };
        if (in.target)
            obstacle(square(at(*in.target), in.targetSize + 4));
        if (in.selected)
            obstacle(square(at(*in.selected), in.selectedSize + 4));
        for (const QPointF &p : in.interviews)
            obstacle(square(at(p), 9));
        for (const Group &g : in.groups) {
            if (g.team) {
                obstacle(square(at(g.value), 16));
            } else if (!in.density) {
                const int n = int(g.names.size());
                const double size = n > 1 ? ChartMarks::badgeDiameter(m_font, n) : in.candidateSize;
                obstacle(square(at(g.value), size + 2));
                if (n > 1)
                    m_badges.emplace_back(at(g.value), n);
            }
        }
        std::vector<QPointF> centres;
        QSizeF cell;
        if (in.density) {
            m_density = DensityGrid::count(in.candidates, DensityGrid::ChartStep);
            for (const DensityGrid::Cell &c : m_density)
                centres.push_back(at(c.centre));
            const QPointF a = at(QPointF(0, 0));
            const QPointF b = at(QPointF(DensityGrid::ChartStep, DensityGrid::ChartStep));
            cell = QSizeF(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
            // The quadrants' words keep off the cells (their counts must stay readable).
            for (const QPointF &c : centres)
                obstacle(QRectF(c.x() - cell.width() / 2, c.y() - cell.height() / 2, cell.width(),
                                cell.height()));
        }
        // Names beside their points where they fit, in order; the quadrants' words where room is
        // left; then key numbers for the names that found none.
        const QFontMetricsF fm(m_font);
        std::vector<const Group *> unplaced;
        for (const Group &g : in.groups) {
            if (!in.names || (in.density && !g.team))
                continue;
            const QString text = g.names.join(tr(", "));
            m_names << g.names;
            const QPointF anchor = at(g.value);
            const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
            if (const auto rect = placer.placeBeside(anchor, clearance(anchor, placer), size))
                m_labels.push_back({*rect, text, false});
            else
                unplaced.push_back(&g);
        }
        placeQuadrants(placer, area, at(QPointF(core::Scorer::Threshold, core::Scorer::Threshold)));
        int number = 0;
        for (const Group *g : unplaced) {
            const QString text = g->names.join(tr(", "));
            const QString mark = QString::number(++number);
            const QPointF anchor = at(g->value);
            const auto rect = placer.placeMark(anchor, clearance(anchor, placer),
                                               ChartMarks::keySize(m_font, mark));
            m_keyNames << g->names;
            if (rect) {
                m_labels.push_back({*rect, mark, true});
                m_key << ChartLegend::Entry{ChartMarks::Shape::Key, text, mark};
            } else {
                // No room even for a number: the key says where the point is instead.
                --number;
                m_key << ChartLegend::Entry{g->team ? ChartMarks::Shape::Team
                                                    : ChartMarks::Shape::Candidate,
                                            tr("%1 at breadth %2, depth %3")
                                                .arg(text, Terms::figure(g->value.x()),
                                                     Terms::figure(g->value.y())),
                                            QString()};
            }
        }

        paintDensity(area, cell, centres);
    }
    const double height = layOutLegend(in.legend, maxHeight);
    paintLabels(area, in.target ? std::optional(at(*in.target)) : std::nullopt, in.targetSize);
    m_legend->setPos(4, legendTop);
    return height;
}

double BreadthDepthOverlays::layOutLegend(const QList<ChartLegend::Entry> &legend, double maxHeight)
{
    const double width = m_chart->size().width() - 8;
    m_legend->setEntries(legend, m_key);
    double height = m_legend->layOut(width);
    // Too many names for a small chart: the key's last lines give way to one that says how many
    // it leaves out, and their numbers leave the plot with them.
    int dropped = 0;
    QList<ChartLegend::Entry> key = m_key;
    while (height > maxHeight && !m_key.isEmpty()) {
        const ChartLegend::Entry last = m_key.takeLast();
        const QStringList names = m_keyNames.takeLast();
        for (const QString &name : names)
            m_names.removeOne(name);
        dropped += int(names.size());
        if (!last.mark.isEmpty()) {
            m_labels.erase(
                std::remove_if(m_labels.begin(), m_labels.end(),
                               [&](const Label &l) { return l.key && l.text == last.mark; }),
                m_labels.end());
        }
        key = m_key;
        key << ChartLegend::Entry{ChartMarks::Shape::Key,
                                  tr("%n more name(s): hover over the points or show the table", "",
                                     dropped),
                                  QStringLiteral("+")};
        m_legend->setEntries(legend, key);
        height = m_legend->layOut(width);
    }
    m_key = key;
    m_namesLeftOut = dropped;
    return height;
}

void BreadthDepthOverlays::placeQuadrants(LabelPlacer &placer, const QRectF &area,
                                          const QPointF &centre)
{
    // Each word tries its quadrant's outer corner first, then along the outer edges: a point in
    // the corner pushes the word aside instead of being covered. With no free place, the corner.
    const QFontMetricsF fm(m_font);
    constexpr double Pad = 4;
    for (std::size_t i = 0; i < m_quadrantWords.size(); ++i) {
        const bool right = i % 2 == 1;
        const bool top = i < 2;
        const QRectF quadrant = QRectF(QPointF(right ? centre.x() : area.left(),
                                               top ? area.top() : centre.y()),
                                       QPointF(right ? area.right() : centre.x(),
                                               top ? centre.y() : area.bottom()))
                                    .adjusted(Pad, Pad, -Pad, -Pad);
        const QSizeF size(fm.horizontalAdvance(m_quadrantWords[i]) + 2, fm.height());
        QList<QRectF> positions;
        const double x0 = right ? quadrant.right() - size.width() : quadrant.left();
        const double y0 = top ? quadrant.top() : quadrant.bottom() - size.height();
        const double dx = right ? -1 : 1;
        const double dy = top ? 1 : -1;
        const double spanX = std::max(0.0, quadrant.width() - size.width());
        const double spanY = std::max(0.0, quadrant.height() - size.height());
        // The outer edges first, then rows further in.
        for (int row = 0; row <= 6; ++row) {
            for (int step = 0; step <= 6; ++step) {
                positions << QRectF(QPointF(x0 + dx * spanX * step / 6, y0 + dy * spanY * row / 6),
                                    size);
                if (row == 0 && step > 0)
                    positions << QRectF(QPointF(x0, y0 + dy * spanY * step / 6), size);
            }
        }
        // A quadrant so full that its word has no room goes without it: the split lines and
        // the other words still mark it, and a word over a name would make both unreadable.
        const auto rect = placer.place(positions);
        m_quadrants[i] = rect ? *rect : QRectF();
    }
}

void BreadthDepthOverlays::paintLabels(const QRectF &area, const std::optional<QPointF> &target,
                                       double targetSize)
{
    const auto labels = m_labels;
    const auto badges = m_badges;
    const auto quadrants = m_quadrants;
    const auto words = m_quadrantWords;
    const ChartStyle style = m_style;
    const QFont font = m_font;
    m_labelItem->setPainter(area.adjusted(-20, -20, 20, 20), [=](QPainter *painter) {
        // The target is drawn here rather than as a series, which Qt Charts would clip at the
        // plot's edge: a target at depth 10 is whole.
        if (target)
            ChartMarks::drawShape(painter, square(*target, targetSize / 0.9),
                                  ChartMarks::Shape::Target, {}, font, style);
        painter->setFont(font);
        painter->setPen(style.secondary);
        for (std::size_t i = 0; i < quadrants.size(); ++i)
            if (!quadrants[i].isEmpty())
                painter->drawText(quadrants[i],
                                  Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip, words[i]);
        for (const auto &[centre, count] : badges)
            ChartMarks::drawBadge(painter, centre, count, font);
        for (const Label &label : labels) {
            if (label.key)
                ChartMarks::drawKey(painter, label.rect, label.text, font, style);
            else
                ChartMarks::drawName(painter, label.rect, label.text, font, style);
        }
    });
}

void BreadthDepthOverlays::paintDensity(const QRectF &area, const QSizeF &cell,
                                        const std::vector<QPointF> &centres)
{
    std::vector<int> counts;
    int most = 0;
    for (const DensityGrid::Cell &c : m_density) {
        counts.push_back(c.count);
        most = std::max(most, c.count);
    }
    const ChartStyle style = m_style;
    const QFont font = ChartMarks::smallFont(m_font, 0.9);
    m_densityItem->setVisible(!centres.empty());
    m_densityItem->setPainter(area, [=](QPainter *painter) {
        const QFontMetricsF fm(font);
        painter->setFont(font);
        for (std::size_t i = 0; i < centres.size(); ++i) {
            const QRectF r(centres[i].x() - cell.width() / 2, centres[i].y() - cell.height() / 2,
                           cell.width(), cell.height());
            const QColor fill = ChartMarks::densityFill(counts[i], most);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
            const QString text = QString::number(counts[i]);
            if (fm.horizontalAdvance(text) + 2 <= r.width() && fm.height() <= r.height() + 1) {
                const QColor under = ChartStyle::blend(style.background, fill);
                painter->setPen(ChartStyle::onFill(under, style.text, style.background));
                painter->drawText(r, Qt::AlignCenter | Qt::TextSingleLine | Qt::TextDontClip, text);
            }
        }
    });
}

QStringList BreadthDepthOverlays::keyTexts() const
{
    QStringList texts;
    for (const ChartLegend::Entry &e : m_key)
        texts << e.text;
    return texts;
}

QList<QRectF> BreadthDepthOverlays::labelRects() const
{
    QList<QRectF> rects;
    for (const Label &l : m_labels)
        rects << l.rect;
    return rects;
}

QList<QRectF> BreadthDepthOverlays::obstacleRects() const
{
    return m_obstacles;
}

QList<QRectF> BreadthDepthOverlays::quadrantRects() const
{
    return QList<QRectF>(m_quadrants.begin(), m_quadrants.end());
}

QList<int> BreadthDepthOverlays::counts() const
{
    QList<int> counts;
    for (const auto &[centre, n] : m_badges)
        counts << n;
    return counts;
}

} // namespace hindsight::ui
