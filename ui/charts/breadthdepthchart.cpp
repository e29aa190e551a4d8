#include "ui/charts/breadthdepthchart.h"

#include "ui/charts/breadthdepthoverlays.h"
#include "ui/charts/breadthdepthtooltips.h"
#include "ui/charts/chartstyle.h"
#include "ui/common/colours.h"

#include "core/scoring/scorer.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace hindsight::ui {

namespace {

constexpr double AxisMax = 10.0;
// The axes run a little past 0..10 so that markers on the edges are drawn whole.
constexpr double AxisPad = 0.4;

// Past this many candidates the markers shrink so a crowded board stays readable.
constexpr int CrowdedCount = 60;

// Breadth or depth, 0 to 10, ticked at the archetype threshold.
QValueAxis *scaleAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(-AxisPad, AxisMax + AxisPad);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(core::Scorer::Threshold);
    axis->setMinorTickCount(4);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setTitleText(title);
    return axis;
}

void showInLegend(QChart *chart, QAbstractSeries *series, bool shown)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(shown);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    showInLegend(chart, series, false);
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
    QScatterSeries *target = nullptr;
    QScatterSeries *team = nullptr;
    std::unique_ptr<BreadthDepthOverlays> overlays;
};

BreadthDepthChart::BreadthDepthChart(QWidget *parent)
    : QChartView(parent)
    , m_parts(std::make_unique<Parts>())
{
    setObjectName(QStringLiteral("breadthDepthChart"));
    setAccessibleName(tr("Breadth and depth chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 220);

    auto *c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // A narrow chart elides legend labels; hovering shows them whole.
    c->legend()->setShowToolTips(true);
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
    p.target = new QScatterSeries;
    p.target->setName(tr("Role target"));
    p.target->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    p.target->setMarkerSize(28); // its corners clear the selection ring
    p.team = new QScatterSeries;
    p.team->setName(tr("Team member"));
    p.team->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    p.team->setMarkerSize(14);

    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{p.region, p.splitX, p.splitY, p.target, p.team,
                                                  p.selected, p.interviews, p.candidates}) {
        c->addSeries(s);
        s->attachAxis(p.x);
        s->attachAxis(p.y);
    }
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{p.splitX, p.splitY, p.selected})
        hideFromLegend(c, s);

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
    Candidate c{id, name, figures.breadth, figures.depth, fit.score, fit.risks, {}};
    for (const core::InterviewFigures &interview : figures.interviews) {
        int deepest = 0;
        for (const auto &[domain, depth] : interview.domainDepth)
            deepest = std::max(deepest, depth);
        c.interviews.emplace_back(interview.breadth, core::Scorer::DepthScale * deepest);
    }
    return c;
}

void BreadthDepthChart::setRole(const std::optional<core::Role> &role)
{
    Parts &p = *m_parts;
    p.target->clear();
    p.regionLower->clear();
    p.regionUpper->clear();
    const bool shown = role.has_value();
    if (shown) {
        const core::RoleTarget target = core::Scorer::target(*role);
        p.target->append(target.breadth, target.depth);
        const double left = std::clamp(target.breadth - core::Scorer::RiskGap, 0.0, AxisMax);
        const double bottom = std::clamp(target.depth - core::Scorer::RiskGap, 0.0, AxisMax);
        p.regionLower->append({QPointF(left, bottom), QPointF(AxisMax, bottom)});
        p.regionUpper->append({QPointF(left, AxisMax), QPointF(AxisMax, AxisMax)});
    }
    p.region->setVisible(shown);
    p.target->setVisible(shown);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{p.region, p.target})
        showInLegend(chart(), s, shown);
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
    // A legend names only what is drawn: the role editor's preview has no candidates.
    showInLegend(chart(), m_parts->candidates, !points.isEmpty());
    if (m_selected && std::none_of(candidates.begin(), candidates.end(), [this](const Candidate &c) {
            return c.id == *m_selected;
        }))
        m_selected.reset();
    m_parts->selected->clear();
    if (m_selected)
        setSelectedCandidate(*m_selected);
    else
        updateInterviewPoints();
    updateNameLabels();
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
    showInLegend(chart(), m_parts->team, !points.isEmpty());
    updateNameLabels();
}

void BreadthDepthChart::setSpread(Spread spread)
{
    m_spread = spread;
    updateInterviewPoints();
}

void BreadthDepthChart::setNameLabels(bool shown)
{
    m_nameLabels = shown;
    updateNameLabels();
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
    // On the board the legend keeps the entry: selecting a candidate shows its interviews.
    showInLegend(chart(), m_parts->interviews,
                 !interviews.isEmpty()
                     || (m_spread == Spread::SelectedOnly && !m_candidates.empty()));
    placeOverlays();
}

void BreadthDepthChart::updateNameLabels()
{
    QStringList names;
    if (m_nameLabels && m_candidates.size() <= std::size_t(LabelLimit)) {
        for (const Candidate &c : m_candidates)
            names << c.name;
        for (const TeamPoint &t : m_team)
            names << t.name;
    }
    m_parts->overlays->setNames(names, palette().color(QPalette::Text));
    placeOverlays();
}

QStringList BreadthDepthChart::nameLabels() const
{
    return m_parts->overlays->names();
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
    if (m_parts->target->count() == 0)
        return std::nullopt;
    return m_parts->target->at(0);
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
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void BreadthDepthChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    Parts &p = *m_parts;
    const ChartStyle style = ChartStyle::apply(c, pal, {p.x, p.y});
    const QColor fill = Colours::regionFill();
    p.region->setBrush(fill);
    p.region->setPen(QPen(Colours::region(), 1.0, Qt::DashLine));
    for (QLegendMarker *marker : c->legend()->markers(p.region)) {
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(fill);
        marker->setPen(QPen(Colours::region(), 1.0));
    }
    for (QLineSeries *split : {p.splitX, p.splitY})
        split->setPen(QPen(style.faint, 1.0));
    const QColor base = pal.color(QPalette::Base);
    p.candidates->setColor(Colours::candidate());
    p.candidates->setBorderColor(base);
    p.interviews->setColor(Colours::interview());
    p.interviews->setBorderColor(base);
    // Hollow, so that a candidate right on the target still shows inside the diamond.
    p.team->setColor(Colours::teamMember());
    p.team->setBorderColor(base);
    p.target->setColor(Qt::transparent);
    p.target->setPen(QPen(Colours::target(), 2.5));
    p.selected->setColor(Qt::transparent);
    p.selected->setPen(QPen(pal.color(QPalette::Highlight), 2.5));
    p.overlays->applyPalette(style.text, style.faint, Colours::interview());
}

void BreadthDepthChart::placeOverlays()
{
    // Spokes from each candidate whose interviews are drawn; names of candidates, then the team.
    QList<QLineF> spokes;
    QList<QPointF> named;
    for (const Candidate &c : m_candidates) {
        named << QPointF(c.breadth, c.depth);
        if (m_spread == Spread::SelectedOnly && c.id != m_selected)
            continue;
        for (const auto &[breadth, depth] : c.interviews)
            spokes << QLineF(QPointF(c.breadth, c.depth), QPointF(breadth, depth));
    }
    for (const TeamPoint &t : m_team)
        named << QPointF(t.breadth, t.depth);
    m_parts->overlays->place(spokes, named, m_parts->candidates);
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
