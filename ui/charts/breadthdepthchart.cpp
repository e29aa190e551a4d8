#include "ui/charts/breadthdepthchart.h"

#include "ui/charts/breadthdepthcontent.h"
#include "ui/charts/breadthdepthoverlays.h"
#include "ui/charts/breadthdepthtooltips.h"
#include "ui/charts/chartstyle.h"
#include "ui/common/colours.h"

#include "core/scoring/scorer.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hindsight::ui {

namespace {

constexpr double AxisMax = 10.0;
// The axes run at least this far past 0..10, and as far as the selection ring's half width takes
// on a small chart, so that markers on the edges are drawn whole: Qt Charts clips at the plot
// area. The target, drawn by the overlays, is not clipped.
constexpr double MinAxisPad = 0.3;
constexpr double TargetSize = 28; // its corners clear the selection ring

// Past this many candidates the markers shrink so a crowded board stays readable.
constexpr int CrowdedCount = 60;

// Breadth or depth, 0 to 10, ticked at the archetype threshold.
QValueAxis *scaleAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(-MinAxisPad, AxisMax + MinAxisPad);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(core::Scorer::Threshold);
    axis->setMinorTickCount(4);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setTitleText(title);
    return axis;
}

} // namespace

struct BreadthDepthChart::Parts
{
    QValueAxis *x = nullptr;
    QValueAxis *y = nullptr;
    QLineSeries *regionLower = nullptr;
    QLineSeries *regionUpper = nullptr;
    QAreaSeries *region = nullptr;
    QLineSeries *splitX = nullptr;
    QLineSeries *splitY = nullptr;
    QScatterSeries *selected = nullptr;
    QScatterSeries *candidates = nullptr;
    QScatterSeries *interviews = nullptr;
    QScatterSeries *team = nullptr;
    std::unique_ptr<BreadthDepthOverlays> overlays;
};

BreadthDepthChart::BreadthDepthChart(QWidget *parent)
    : QChartView(parent)
    , m_parts(std::make_unique<Parts>())
{
    setObjectName(QStringLiteral("breadthDepthChart"));
    setAccessibleName(tr("Breadth and depth chart"));
    // Reachable by Tab, so that a screen reader reads its name and description.
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 220);

    auto *c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    // Qt Charts' legend elides what does not fit; BreadthDepthOverlays draws one that wraps.
    c->legend()->hide();
    setChart(c);
    Parts &p = *m_parts;

    p.x = scaleAxis(tr("Breadth"));
    p.y = scaleAxis(tr("Depth"));
    c->addAxis(p.x, Qt::AlignBottom);
    c->addAxis(p.y, Qt::AlignLeft);

    p.regionLower = new QLineSeries(c);
    p.regionUpper = new QLineSeries(c);
    p.region = new QAreaSeries(p.regionUpper, p.regionLower);
    p.region->setName(tr("No breadth or depth risk"));
    p.splitX = new QLineSeries;
    p.splitX->append({QPointF(core::Scorer::Threshold, 0),
                      QPointF(core::Scorer::Threshold, AxisMax)});
    p.splitY = new QLineSeries;
    p.splitY->append({QPointF(0, core::Scorer::Threshold),
                      QPointF(AxisMax, core::Scorer::Threshold)});
    p.selected = new QScatterSeries;
    p.selected->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    p.selected->setMarkerSize(22);
    p.interviews = new QScatterSeries;
    p.interviews->setName(tr("One interview"));
    p.interviews->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    p.interviews->setMarkerSize(7);
    p.candidates = new QScatterSeries;
    p.candidates->setName(tr("Candidate"));
    p.candidates->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    p.candidates->setMarkerSize(13);
    p.team = new QScatterSeries;
    p.team->setName(tr("Team member"));
    p.team->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    p.team->setMarkerSize(14);

    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{p.region, p.splitX, p.splitY, p.team, p.selected,
                                                  p.interviews, p.candidates}) {
        c->addSeries(s);
        s->attachAxis(p.x);
        s->attachAxis(p.y);
    }
    p.overlays = std::make_unique<BreadthDepthOverlays>(c);

    for (QScatterSeries *s : {p.candidates, p.interviews, p.selected, p.team}) {
        connect(s, &QScatterSeries::hovered, this, &BreadthDepthChart::showTooltip);
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &point) {
            if (const Candidate *candidate = BreadthDepthTooltips::owner(point, m_candidates)) {
                setSelectedCandidate(candidate->id);
                emit candidateClicked(candidate->id);
            }
        });
    }
    connect(c, &QChart::plotAreaChanged, this, &BreadthDepthChart::placeOverlays);

    applyPalette();
    setRole(std::nullopt);
    setCandidates({});
    setTeam({});
}

BreadthDepthChart::~BreadthDepthChart() = default;

BreadthDepthChart::Candidate BreadthDepthChart::fromFigures(core::Id id, const QString &name,
                                                            const core::CandidateFigures &figures,
                                                            const core::Fit &fit)
{
    return BreadthDepthContent::candidate(id, name, figures, fit);
}

void BreadthDepthChart::setRole(const std::optional<core::Role> &role)
{
    Parts &p = *m_parts;
    p.regionLower->clear();
    p.regionUpper->clear();
    m_target.reset();
    const bool shown = role.has_value();
    if (shown) {
        const core::RoleTarget target = core::Scorer::target(*role);
        m_target = QPointF(target.breadth, target.depth);
        const double left = std::clamp(target.breadth - core::Scorer::RiskGap, 0.0, AxisMax);
        const double bottom = std::clamp(target.depth - core::Scorer::RiskGap, 0.0, AxisMax);
        p.regionLower->append({QPointF(left, bottom), QPointF(AxisMax, bottom)});
        p.regionUpper->append({QPointF(left, AxisMax), QPointF(AxisMax, AxisMax)});
    }
    p.region->setVisible(shown);
    contentUpdated();
}

void BreadthDepthChart::setCandidates(const std::vector<Candidate> &candidates)
{
    m_candidates = candidates;
    QList<QPointF> points;
    points.reserve(qsizetype(candidates.size()));
    for (const Candidate &c : candidates)
        points.append(QPointF(c.breadth, c.depth));
    const bool crowded = candidates.size() > std::size_t(CrowdedCount);
    m_parts->candidates->setMarkerSize(crowded ? 9 : 13);
    m_parts->selected->setMarkerSize(crowded ? 16 : 22);
    m_parts->candidates->replace(points);
    // The density cells stand for the points; the selected candidate keeps its ring.
    m_parts->candidates->setVisible(!showsDensity());
    if (m_selected && std::none_of(candidates.begin(), candidates.end(), [this](const Candidate &c) {
            return c.id == *m_selected;
        }))
        m_selected.reset();
    m_parts->selected->clear();
    if (m_selected)
        setSelectedCandidate(*m_selected);
    else
        updateInterviewPoints();
    contentUpdated();
}

void BreadthDepthChart::setSelectedCandidate(core::Id id)
{
    m_selected = id;
    QList<QPointF> points;
    for (const Candidate &c : m_candidates) {
        if (c.id == id)
            points.append(QPointF(c.breadth, c.depth));
    }
    m_parts->selected->replace(points);
    updateInterviewPoints();
}

void BreadthDepthChart::setTeam(const std::vector<TeamPoint> &team)
{
    m_team = team;
    QList<QPointF> points;
    for (const TeamPoint &t : team)
        points.append(QPointF(t.breadth, t.depth));
    m_parts->team->replace(points);
    contentUpdated();
}

void BreadthDepthChart::setSpread(Spread spread)
{
    m_spread = spread;
    updateInterviewPoints();
}

void BreadthDepthChart::setNameLabels(bool shown)
{
    m_nameLabels = shown;
    m_legendMayShrink = true;
    placeOverlays();
}

bool BreadthDepthChart::showsDensity() const
{
    return m_candidates.size() >= std::size_t(DensityFrom);
}

void BreadthDepthChart::contentUpdated()
{
    setAccessibleDescription(BreadthDepthTooltips::summary(m_candidates, m_team, m_target));
    m_legendMayShrink = true;
    placeOverlays();
    emit contentChanged();
}

void BreadthDepthChart::updateInterviewPoints()
{
    QList<QPointF> interviews;
    for (const Candidate &c : m_candidates) {
        if (m_spread == Spread::SelectedOnly && c.id != m_selected)
            continue;
        for (const auto &[breadth, depth] : c.interviews)
            interviews.append(QPointF(breadth, depth));
    }
    m_parts->interviews->replace(interviews);
    placeOverlays();
}

QStringList BreadthDepthChart::nameLabels() const
{
    return m_parts->overlays->names();
}

const BreadthDepthOverlays &BreadthDepthChart::overlays() const
{
    return *m_parts->overlays;
}

QList<QPointF> BreadthDepthChart::teamPoints() const
{
    return m_parts->team->points();
}

QList<QPointF> BreadthDepthChart::candidatePoints() const
{
    return m_parts->candidates->points();
}

QList<QPointF> BreadthDepthChart::interviewPoints() const
{
    return m_parts->interviews->points();
}

std::optional<QPointF> BreadthDepthChart::targetPoint() const
{
    return m_target;
}

QRectF BreadthDepthChart::acceptanceRegion() const
{
    if (m_parts->regionLower->count() < 2)
        return {};
    return QRectF(m_parts->regionLower->at(0), m_parts->regionUpper->at(1)).normalized();
}

QString BreadthDepthChart::tooltipFor(core::Id id) const
{
    const auto it = std::find_if(m_candidates.begin(), m_candidates.end(),
                                 [id](const Candidate &c) { return c.id == id; });
    return it == m_candidates.end() ? QString() : BreadthDepthTooltips::candidate(*it);
}

QString BreadthDepthChart::tooltipAt(const QPointF &point) const
{
    return BreadthDepthTooltips::at(point, m_candidates, m_team);
}

void BreadthDepthChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void BreadthDepthChart::resizeEvent(QResizeEvent *event)
{
    m_legendMayShrink = true;
    QChartView::resizeEvent(event);
}

std::vector<const BreadthDepthChart::Candidate *> BreadthDepthChart::cellAt(const QPointF &at) const
{
    if (!showsDensity())
        return {};
    const QPointF value = chart()->mapToValue(mapToScene(at.toPoint()), m_parts->candidates);
    return BreadthDepthTooltips::inCell(value, m_candidates);
}

void BreadthDepthChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (const auto here = cellAt(event->position()); !here.empty())
        QToolTip::showText(event->globalPosition().toPoint(), BreadthDepthTooltips::cell(here),
                           this);
    else if (showsDensity())
        QToolTip::hideText();
}

void BreadthDepthChart::mouseReleaseEvent(QMouseEvent *event)
{
    QChartView::mouseReleaseEvent(event);
    if (const auto here = cellAt(event->position());
        event->button() == Qt::LeftButton && !here.empty()) {
        setSelectedCandidate(here.front()->id);
        emit candidateClicked(here.front()->id);
    }
}

void BreadthDepthChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    Parts &p = *m_parts;
    const ChartStyle style = ChartStyle::apply(c, pal, {p.x, p.y});
    p.region->setBrush(Colours::regionFill());
    p.region->setPen(QPen(Colours::region(), 1.0, Qt::DashLine));
    for (QLineSeries *split : {p.splitX, p.splitY})
        split->setPen(QPen(style.faint, 1.0));
    const QColor base = style.background;
    p.candidates->setColor(Colours::candidate());
    p.candidates->setBorderColor(base);
    p.interviews->setColor(Colours::interview());
    p.interviews->setBorderColor(base);
    p.team->setColor(Colours::teamMember());
    p.team->setBorderColor(base);
    p.selected->setColor(Qt::transparent);
    p.selected->setPen(QPen(pal.color(QPalette::Highlight), 2.5));
    p.overlays->setStyle(style, font());
    placeOverlays();
}

void BreadthDepthChart::padAxes()
{
    // Far enough past 0..10 for the selection ring and its pen; the target, drawn unclipped by
    // the overlays, may reach past the plot a little.
    const double pad = BreadthDepthContent::axisPad(chart()->plotArea(),
                                                    m_parts->selected->markerSize() / 2 + 3,
                                                    MinAxisPad);
    if (std::abs(pad - m_pad) < 0.005)
        return;
    m_pad = pad;
    m_parts->x->setRange(-pad, AxisMax + pad);
    m_parts->y->setRange(-pad, AxisMax + pad);
}

void BreadthDepthChart::placeOverlays()
{
    padAxes();
    const BreadthDepthOverlays::Input input = BreadthDepthContent::input(
        {m_candidates, m_team, m_selected, m_target, m_spread, m_nameLabels, showsDensity(),
         m_parts->candidates->markerSize(), m_parts->selected->markerSize(), TargetSize,
         m_parts->interviews->points()});
    const double top = chart()->size().height() - m_legendHeight - 4;
    // The legend and key take at most two fifths of the chart: the plot stays the larger part.
    const double most = chart()->size().height() * 0.4;
    const double height = std::ceil(m_parts->overlays->place(input, m_parts->candidates, top, most));
    // Growing the space below the axes moves the plot area, which lays out again; it only shrinks
    // when the content or the size changed, so that a key that needs the space it frees cannot
    // make the layout flip back and forth.
    if (height > m_legendHeight || (m_legendMayShrink && height < m_legendHeight)) {
        m_legendHeight = height;
        m_legendMayShrink = false;
        chart()->setMargins(QMargins(4, 4, 4, 8 + int(height)));
    }
}

void BreadthDepthChart::settle()
{
    for (int i = 0; i < 4; ++i) {
        if (QGraphicsLayout *layout = chart()->layout())
            layout->activate();
        placeOverlays();
    }
}

void BreadthDepthChart::showTooltip(const QPointF &point, bool state)
{
    const QString text = state ? tooltipAt(point) : QString();
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, this);
    else
        QToolTip::hideText();
}

} // namespace hindsight::ui
