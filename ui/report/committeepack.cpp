#include "ui/report/committeepack.h"

#include "ui/report/blindmask.h"
#include "ui/report/calibrationsection.h"
#include "ui/report/candidatesummary.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reporthtml.h"

#include "ui/common/fitrisks.h"
#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"

#include "core/scoring/scorer.h"
#include "core/storage/store.h"

#include <algorithm>

namespace hindsight::ui {

using namespace ReportHtml;

namespace {

constexpr double CoverChartWidthMm = 150.0;
constexpr double CoverChartHeightMm = 112.0;

QString muted(const QString &html)
{
    return span(QStringLiteral("muted"), html);
}

} // namespace

QString CommitteePack::documentTitle(const core::Role &role, bool blind)
{
    const QString title = user(role.title);
    return blind ? tr("Committee pack: %1 (blind)").arg(title) : tr("Committee pack: %1").arg(title);
}

core::Result<std::unique_ptr<ReportDocument>> CommitteePack::build(core::Store &store,
                                                                   core::Id roleId, bool blind)
{
    auto board = BoardSnapshot::load(store, roleId);
    if (!board)
        return board.error();
    BlindMask mask;
    for (const BoardEntry &e : board->entries)
        mask.add(QString::fromStdString(e.scored.candidate.name), e.alias);
    if (blind) {
        // A note may name a candidate of another role too.
        auto everyone = store.candidates();
        if (!everyone)
            return everyone.error();
        for (const core::Candidate &c : *everyone) {
            if (c.roleId != roleId)
                mask.addOther(QString::fromStdString(c.name));
        }
    }
    mask.setActive(blind);

    const CommitteePack pack(*board, mask);
    auto report = std::make_unique<ReportDocument>(documentTitle(board->role, blind));
    QString html = pack.cover(*report);
    // One section a statement: each adds its heading to the outline, which must be in order.
    html += pageBreak();
    html += pack.comparison(*report);
    html += pack.disagreements(*report);
    html += CalibrationSection::html(board->calibration, report.get());
    html += pack.evidenceGaps(*report);
    html += pack.decisions(*report);
    // In the outline, one entry per candidate, under one for them all.
    if (!pack.m_order.empty())
        report->outlineGroup(0, tr("Candidates"));
    for (const BoardEntry *entry : pack.m_order) {
        auto dossier = CandidateDossier::load(store, entry->id());
        if (!dossier)
            return dossier.error();
        CandidateSummary summary(*dossier, mask, entry->alias);
        summary.setExcerpt(CandidateSummary::PackExcerpt);
        summary.setOutlineDepth(1);
        html += pageBreak();
        html += summary.html(*report);
    }
    report->setBody(html);
    return report;
}

CommitteePack::CommitteePack(const BoardSnapshot &board, const BlindMask &mask)
    : m_board(board)
    , m_mask(mask)
{
    for (const BoardEntry &e : board.entries)
        m_order.push_back(&e);
    // Best fit first, as a committee reads it; candidates without a submitted interview last.
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](const BoardEntry *a, const BoardEntry *b) {
        const bool placedA = a->scored.figures.submittedInterviews > 0;
        const bool placedB = b->scored.figures.submittedInterviews > 0;
        if (placedA != placedB)
            return placedA;
        if (a->scored.fit.score != b->scored.fit.score)
            return a->scored.fit.score > b->scored.fit.score;
        return name(*a).localeAwareCompare(name(*b)) < 0;
    });
}

QString CommitteePack::name(const BoardEntry &entry) const
{
    return PlainText::isolate(m_mask.name(QString::fromStdString(entry.scored.candidate.name),
                                          entry.alias));
}

QString CommitteePack::text(const std::string &utf8) const
{
    return excerpt(m_mask.text(QString::fromStdString(utf8)), CandidateSummary::PackExcerpt);
}

QString CommitteePack::cover(ReportDocument &report) const
{
    const core::Role &role = m_board.role;
    const TaxonomyText taxonomy(m_board.taxonomy);
    QString html = report.heading(1, tr("Committee pack"), 0, tr("Cover"));
    html += paragraph(escape(user(role.title)), QStringLiteral("subtitle"));

    int submitted = 0;
    for (const BoardEntry &e : m_board.entries)
        submitted += e.scored.figures.submittedInterviews;
    QString counts = tr("%n candidate(s)", nullptr, int(m_board.entries.size())) + tr(", ")
                     + tr("%n submitted interview(s)", nullptr, submitted);
    if (const int drafts = m_board.draftsOutstanding(); drafts > 0)
        counts += tr(", ") + tr("%n draft(s) not counted", nullptr, drafts);
    html += paragraph(escape(counts + tr(".")), QStringLiteral("muted"));
    if (m_mask.isActive()) {
        html += paragraph(
            QStringLiteral("<b>%1</b> %2")
                .arg(escape(tr("Blind pack.")),
                     escape(tr("Candidates appear as Candidate A, B, … in the order they were added; names "
                               "in notes and rationales are replaced the same way."))));
    }

    html += heading(2, tr("Role profile"));
    if (!role.description.empty())
        html += paragraph(multiline(QString::fromStdString(role.description)));
    QList<QStringList> demands;
    demands << QStringList{escape(tr("Breadth across the stack")),
                           escape(tr("%1 of 10").arg(Terms::figure(role.breadthDemand)))};
    for (const auto &[domain, depth] : role.domainDemands) {
        demands << QStringList{escape(taxonomy.domain(domain)),
                               escape(tr("Depth %1 of 4: %2").arg(depth).arg(Terms::depthTag(depth)))};
    }
    html += table({escape(tr("The role demands")), escape(tr("How much"))}, demands, {50, 50});
    html += paragraph(escape(tr("Target: breadth %1, depth %2 (shape: %3). The shaded "
                                "area is where a candidate has neither an under-breadth nor an "
                                "under-depth risk.")
                                 .arg(Terms::figure(m_board.target.breadth),
                                      Terms::figure(m_board.target.depth),
                                      Terms::archetype(m_board.target.archetype))));

    ReportChart chart;
    chart.role = role;
    for (const BoardEntry *e : m_order) {
        if (e->scored.figures.submittedInterviews == 0)
            continue;
        auto point = BreadthDepthChart::fromFigures(e->id(), name(*e), e->scored.figures,
                                                    e->scored.fit);
        // The board shows each interview's point for the selected candidate only; on paper the
        // cover stays readable with candidates alone.
        point.interviews.clear();
        chart.candidates.push_back(std::move(point));
    }
    for (const core::TeamMember &m : m_board.team)
        chart.team.push_back({user(m.name), m.breadth, m.depth});
    chart.nameLabels = int(chart.candidates.size()) <= BreadthDepthChart::LabelLimit;
    html += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(report.chart(std::move(chart), CoverChartWidthMm, CoverChartHeightMm));
    return html;
}

QString CommitteePack::comparison(ReportDocument &report) const
{
    QList<QStringList> rows;
    const TaxonomyText taxonomy(m_board.taxonomy);
    for (const BoardEntry *e : m_order) {
        const auto &f = e->scored.figures;
        const bool placed = f.submittedInterviews > 0;
        const QStringList risks = FitRisks::names(e->scored.fit, taxonomy,
                                                  FitRisks::Labels::Isolated);
        QString interviews = LocaleText::number(f.submittedInterviews);
        if (f.draftInterviews > 0)
            interviews += QStringLiteral("<br>")
                          + muted(escape(tr("+%n draft(s)", nullptr, f.draftInterviews)));
        QString decision = e->decision() ? escape(Terms::outcome(e->decision()->outcome))
                                         : muted(escape(tr("none yet")));
        QString candidate = escape(name(*e));
        if (e->scored.disagreement)
            candidate += QStringLiteral("<br>") + muted(escape(tr("interviewers disagree")));
        rows << QStringList{candidate,
                            placed ? Terms::figure(f.breadth) : tr("–"),
                            placed ? Terms::figure(f.depth) : tr("–"),
                            escape(placed ? Terms::archetype(f.archetype) : tr("Not placed")),
                            placed ? LocaleText::number(e->scored.fit.score) : tr("–"),
                            escape(placed ? risks.join(tr(", ")) : QString()),
                            interviews,
                            decision};
    }
    QString html = report.heading(2, tr("Comparison"), 0);
    if (rows.isEmpty())
        return html
               + paragraph(escape(tr("No candidates for this role yet.")), QStringLiteral("muted"));
    html += paragraph(escape(tr("Best fit first. Figures come from submitted interviews only.")),
                      QStringLiteral("muted"));
    return html
           + table({escape(tr("Candidate")), escape(tr("Breadth")), escape(tr("Depth")),
                    escape(tr("Shape")), escape(tr("Fit")), escape(tr("Risks")),
                    escape(tr("Interviews")), escape(tr("Decision"))},
                   rows, {20, 9, 8, 12, 6, 21, 11, 13}, {1, 2, 4, 6});
}

QString CommitteePack::disagreements(ReportDocument &report) const
{
    const TaxonomyText taxonomy(m_board.taxonomy);
    QString html = report.heading(2, tr("Disagreements"), 0);
    QString body;
    for (const BoardEntry *e : m_order) {
        if (!e->scored.disagreement)
            continue;
        body += heading(3, name(*e));
        QList<QStringList> rows;
        for (const core::InterviewFigures &i : e->scored.figures.interviews) {
            QStringList levels;
            for (core::Regret::Level level : i.mix.modes())
                levels << Terms::level(level);
            QStringList depths;
            for (const auto &[domain, depth] : i.domainDepth)
                depths << tr("%1 %2").arg(taxonomy.domain(domain), LocaleText::number(depth));
            rows << QStringList{escape(user(i.interviewer)), Terms::figure(i.breadth),
                                escape(levels.join(tr(", "))),
                                escape(depths.isEmpty() ? tr("none") : depths.join(tr(", ")))};
        }
        body += table({escape(tr("Interviewer")), escape(tr("Breadth")),
                       escape(tr("Most frequent level")), escape(tr("Depth by domain (0–4)"))},
                      rows, {24, 12, 26, 38}, {1});
    }
    if (body.isEmpty())
        body = paragraph(escape(tr("The interviewers agree on every candidate: no two submitted "
                                   "interviews differ by 2 or more in a domain's depth, by %1 or "
                                   "more in breadth, or in their most frequent level.")
                                    .arg(Terms::figure(core::Scorer::RiskGap))),
                         QStringLiteral("muted"));
    else
        html += paragraph(escape(tr("Candidates whose submitted interviews differ by 2 or more in "
                                    "a domain's depth, by %1 or more in breadth, or in their "
                                    "most frequent level.")
                                     .arg(Terms::figure(core::Scorer::RiskGap))),
                          QStringLiteral("muted"));
    return html + body;
}

QString CommitteePack::evidenceGaps(ReportDocument &report) const
{
    const TaxonomyText taxonomy(m_board.taxonomy);
    const auto label = [&taxonomy](const core::EvidenceGap &g) {
        return g.kind == core::Taxonomy::Kind::Domain ? taxonomy.domain(g.id) : taxonomy.layer(g.id);
    };
    QList<QStringList> rows;
    for (const BoardEntry *e : m_order) {
        QStringList domainsNotProbed, layersNotProbed, shallow;
        for (const core::EvidenceGap &g : e->gaps) {
            if (g.status == core::EvidenceGap::Status::Covered)
                continue;
            if (g.status == core::EvidenceGap::Status::Shallow)
                shallow << label(g);
            else if (g.kind == core::Taxonomy::Kind::Domain)
                domainsNotProbed << label(g);
            else
                layersNotProbed << label(g);
        }
        if (domainsNotProbed.isEmpty() && layersNotProbed.isEmpty() && shallow.isEmpty())
            continue;
        rows << QStringList{escape(name(*e)), escape(domainsNotProbed.join(tr(", "))),
                            escape(layersNotProbed.join(tr(", "))), escape(shallow.join(tr(", ")))};
    }
    QString html = report.heading(2, tr("Evidence gaps"), 0);
    if (rows.isEmpty())
        return html
               + paragraph(escape(tr("Every demanded domain and every layer was probed deep "
                                     "enough for every candidate.")),
                           QStringLiteral("muted"));
    html += paragraph(escape(tr("What the submitted interviews did not establish. Not probed is "
                                "missing evidence, not a weakness: ask about it before deciding.")),
                      QStringLiteral("muted"));
    return html
           + table({escape(tr("Candidate")), escape(tr("Demanded domains not probed")),
                    escape(tr("Layers not probed")), escape(tr("Probed, but shallow"))},
                   rows, {22, 26, 28, 24});
}

QString CommitteePack::decisions(ReportDocument &report) const
{
    QList<QStringList> rows;
    QStringList undecided;
    for (const BoardEntry *e : m_order) {
        if (e->decisions.empty()) {
            undecided << name(*e);
            continue;
        }
        // Newest first: the first row is the decision that stands.
        for (auto it = e->decisions.rbegin(); it != e->decisions.rend(); ++it) {
            const bool current = it == e->decisions.rbegin();
            const QString outcome = escape(Terms::outcome(it->outcome));
            rows << QStringList{
                current ? escape(name(*e)) : QString(),
                current ? QStringLiteral("<b>%1</b>").arg(outcome)
                        : muted(escape(tr("earlier: %1").arg(Terms::outcome(it->outcome)))),
                it->rationale.empty() ? muted(escape(tr("no rationale given")))
                                      : text(it->rationale),
                escape(byWhom(it->recordedBy, it->decidedAt))};
        }
    }
    QString html = report.heading(2, tr("Decisions"), 0);
    if (!rows.isEmpty())
        html += table({escape(tr("Candidate")), escape(tr("Decision")), escape(tr("Rationale")),
                       escape(tr("Recorded"))},
                      rows, {22, 16, 40, 22});
    if (!undecided.isEmpty())
        html += paragraph(escape(tr("No decision yet: %1.").arg(undecided.join(tr(", ")))),
                          QStringLiteral("muted"));
    return html;
}

} // namespace hindsight::ui
