#include "ui/charts/domaindepthchart.h"

#include "ui/charts/chartstyle.h"
#include "ui/common/colours.h"

#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"

#include "core/regret.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <set>

namespace hindsight::ui {

struct DomainDepthChart::Parts
{
    QHorizontalBarSeries *series = nullptr;
    QBarSet *candidate = nullptr;
    QBarSet *demand = nullptr;
    QBarCategoryAxis *domains = nullptr;
    QValueAxis *depth = nullptr;
};

DomainDepthChart::DomainDepthChart(QWidget *parent)
    : QChartView(parent)
    , m_parts(std::make_unique<Parts>())
{
    setObjectName(QStringLiteral("domainDepthChart"));
    setAccessibleName(tr("Depth per domain chart"));
    // Reachable by Tab, so that a screen reader reads its description: every bar's figure.
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 160);

    auto *c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    setChart(c);

    Parts &p = *m_parts;
    p.candidate = new QBarSet(tr("Candidate's depth"));
    p.demand = new QBarSet(tr("Role requires"));
    p.series = new QHorizontalBarSeries;
    // Appended in reverse so that, drawn bottom-up, the candidate's bar sits above the demand's.
    p.series->append(p.demand);
    p.series->append(p.candidate);
    p.series->setBarWidth(0.8);
    c->addSeries(p.series);

    p.domains = new QBarCategoryAxis;
    p.depth = new QValueAxis;
    p.depth->setRange(0, core::Regret::MaxDepth);
    p.depth->setTickCount(core::Regret::MaxDepth + 1);
    p.depth->setLabelFormat(QStringLiteral("%g"));
    p.depth->setTitleText(tr("Depth (0-4)"));
    c->addAxis(p.domains, Qt::AlignLeft);
    c->addAxis(p.depth, Qt::AlignBottom);
    p.series->attachAxis(p.domains);
    p.series->attachAxis(p.depth);

    applyPalette();
}

DomainDepthChart::~DomainDepthChart() = default;

void DomainDepthChart::setDepths(const std::map<std::string, double> &candidate,
                                 const std::map<std::string, int> &demands, const TaxonomyText &text)
{
    std::set<std::string> ids;
    for (const auto &[id, depth] : candidate) {
        if (depth > 0)
            ids.insert(id);
    }
    for (const auto &[id, q] : demands)
        ids.insert(id);

    Parts &p = *m_parts;
    p.candidate->remove(0, p.candidate->count());
    p.demand->remove(0, p.demand->count());
    p.domains->clear();
    // Categories run bottom-up on a horizontal bar chart; insert reversed to read top-down.
    QStringList labels;
    QStringList figures;
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
        labels.append(text.domain(*it));
        const auto c = candidate.find(*it);
        const double depth = c == candidate.end() ? 0.0 : c->second;
        p.candidate->append(depth);
        const auto d = demands.find(*it);
        const int demand = d == demands.end() ? 0 : d->second;
        p.demand->append(double(demand));
        figures.prepend(tr("%1: candidate %2, role requires %3")
                            .arg(text.domain(*it), Terms::figure(depth))
                            .arg(demand));
    }
    p.domains->append(labels);
    setAccessibleDescription(figures.isEmpty() ? tr("No domain depth yet.")
                                               : figures.join(tr("; ")) + tr("."));
}

QStringList DomainDepthChart::domains() const
{
    return m_parts->domains->categories();
}

QList<qreal> DomainDepthChart::candidateValues() const
{
    QList<qreal> values;
    for (int i = 0; i < m_parts->candidate->count(); ++i)
        values.append(m_parts->candidate->at(i));
    return values;
}

QList<qreal> DomainDepthChart::demandValues() const
{
    QList<qreal> values;
    for (int i = 0; i < m_parts->demand->count(); ++i)
        values.append(m_parts->demand->at(i));
    return values;
}

void DomainDepthChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DomainDepthChart::applyPalette()
{
    Parts &p = *m_parts;
    ChartStyle::apply(chart(), palette(), {p.domains, p.depth});
    // The same hues as the breadth-depth chart; the demand is hatched so it reads without colour.
    p.candidate->setColor(Colours::candidate());
    p.candidate->setBorderColor(Colours::candidate());
    p.demand->setBrush(QBrush(Colours::target(), Qt::BDiagPattern));
    p.demand->setBorderColor(Colours::target());
}

} // namespace hindsight::ui
