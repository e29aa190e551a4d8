#pragma once

#include "core/ids.h"
#include "core/role.h"
#include "core/scoring/figures.h"

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace hindsight::ui {

// The breadth-versus-depth chart (x = breadth 0-10, y = depth 0-10): the four archetype quadrants
// labelled, the role's target point with its acceptance region shaded (the points with neither an
// under-depth nor an under-breadth risk), candidates as points with each submitted interview's
// own point drawn smaller and joined to them. One reusable widget: the candidate page, the role
// editor's preview, the committee board and, drawn into a report, the PDFs.
//
// It stays readable however many points it holds: candidates at one point are one marker with
// their count; names sit beside their points without overlapping anything (a numbered mark and a
// line of the key below the chart where there is no room); past DensityFrom candidates a grid of
// cells shaded and labelled by count replaces the points; the axes run past 0..10 far enough for
// the largest marker at an edge to be drawn whole; the legend wraps instead of eliding. Its
// accessible description sums up what it shows (BreadthDepthPanel adds a table of the figures).
//
// The acceptance region is {B > B_r - 2.5} x {D > D_r - 2.5}, clipped to 0..10; its lower and left
// edges belong to the risks (a gap of exactly 2.5 is a risk). On the breadth axis this is exactly
// the under-breadth rule. On the depth axis it is exact for the deepest demanded domain, the one
// that sets D_r: a role demanding several domains can still give an under-depth risk inside the
// region when a shallower demanded domain falls short, which a two-dimensional chart cannot show.
class BreadthDepthOverlays;

class BreadthDepthChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreadthDepthChart)

public:
    struct Candidate
    {
        core::Id id = 0;
        QString name;
        double breadth = 0.0;
        double depth = 0.0;
        int fit = 0;
        std::vector<core::Risk> risks;
        std::vector<std::pair<double, double>> interviews; // (breadth_i, depth_i) per submitted interview
    };

    // A current team member placed by hand (committee board): drawn as a triangle, never scored.
    struct TeamPoint
    {
        QString name;
        double breadth = 0.0;
        double depth = 0.0;
    };

    // Which interviews' own points are drawn: every candidate's (the candidate page), or only the
    // selected candidate's, which keeps a board of hundreds readable.
    enum class Spread { All, SelectedOnly };

    explicit BreadthDepthChart(QWidget *parent = nullptr);
    ~BreadthDepthChart() override;

    // The role whose target and acceptance region are drawn; none hides them.
    void setRole(const std::optional<core::Role> &role);
    void setCandidates(const std::vector<Candidate> &candidates);
    void setSelectedCandidate(core::Id id);
    void setTeam(const std::vector<TeamPoint> &team);
    void setSpread(Spread spread);
    // Names beside the points, drawn while there are at most LabelLimit candidates.
    void setNameLabels(bool shown);
    static constexpr int LabelLimit = 24;
    // From this many candidates on, density cells replace the candidates' points.
    static constexpr int DensityFrom = 150;

    // A chart point for a scored candidate: (B, D), the fit and risks, and one point per submitted
    // interview (breadth_i, 2.5 x max_d depth_i(d)). CandidateFigures holds submitted interviews
    // only, so drafts are never drawn.
    static Candidate fromFigures(core::Id id, const QString &name,
                                 const core::CandidateFigures &figures, const core::Fit &fit);

    // What is drawn, for tests: points in chart coordinates, in setCandidates() order.
    QList<QPointF> candidatePoints() const;
    QList<QPointF> interviewPoints() const;
    QList<QPointF> teamPoints() const;
    QStringList nameLabels() const; // the labels drawn, empty when not shown
    std::optional<core::Id> selectedCandidate() const { return m_selected; }
    std::optional<QPointF> targetPoint() const;
    QRectF acceptanceRegion() const; // empty without a role
    QString tooltipFor(core::Id id) const;
    // The tooltip for a chart point: every candidate or team member drawn there.
    QString tooltipAt(const QPointF &point) const;
    const std::vector<Candidate> &candidates() const { return m_candidates; }
    bool showsDensity() const;
    // The names, counts, key and legend as laid out on the current plot area, for tests.
    const BreadthDepthOverlays &overlays() const;
    // Lays the chart out at its current size now, legend and key included, instead of when the
    // event loop gets to it: for drawing into a report.
    void settle();

signals:
    void candidateClicked(hindsight::core::Id id);
    // The candidates, the role or the team changed.
    void contentChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // On density cells: hovering names who is there, a click selects the best fit among them.
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void applyPalette();
    void contentUpdated();
    void padAxes();
    std::vector<const Candidate *> cellAt(const QPointF &at) const; // density cell under `at`
    void placeOverlays();
    void updateInterviewPoints();
    void showTooltip(const QPointF &point, bool state);

    std::vector<Candidate> m_candidates;
    std::vector<TeamPoint> m_team;
    std::optional<core::Id> m_selected;
    Spread m_spread = Spread::All;
    bool m_nameLabels = false;
    std::optional<QPointF> m_target;
    double m_pad = 0.4;        // how far the axes run past 0..10, in chart values
    double m_legendHeight = 0; // kept free below the axes for the legend and key
    bool m_legendMayShrink = true;
    struct Parts; // series and overlay items, owned by the chart
    std::unique_ptr<Parts> m_parts;
};

} // namespace hindsight::ui
