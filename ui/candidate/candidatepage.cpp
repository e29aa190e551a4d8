#include "ui/candidate/candidatepage.h"

#include "ui/candidate/candidateheader.h"
#include "ui/candidate/emptystate.h"
#include "ui/candidate/evidenceview.h"
#include "ui/candidate/explanationview.h"
#include "ui/candidate/figurespanel.h"
#include "ui/charts/breadthdepthchart.h"
#include "ui/charts/breadthdepthpanel.h"
#include "ui/charts/domaindepthchart.h"
#include "ui/common/settings.h"
#include "ui/common/storewatcher.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"

#include "core/scoring/explanation.h"
#include "core/scoring/scorer.h"
#include "core/storage/store.h"

#include <QKeySequence>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight::ui {

CandidatePage::CandidatePage(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_watcher(StoreWatcher::acquire(store))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(m_stack))
    , m_content(new QWidget(m_stack))
    , m_header(new CandidateHeader(m_content))
    , m_figures(new FiguresPanel(m_content))
    , m_splitter(new QSplitter(Qt::Vertical, m_content))
    , m_whySplitter(new QSplitter(Qt::Horizontal))
    , m_explanation(new ExplanationView)
    , m_charts(new QTabWidget)
    , m_chartPanel(new BreadthDepthPanel)
    , m_chart(m_chartPanel->chart())
    , m_domainChart(new DomainDepthChart)
    , m_evidence(new EvidenceView)
{
    setObjectName(QStringLiteral("candidatePage"));
    setAccessibleName(tr("Candidate"));

    auto *why = new QWidget;
    auto *whyLayout = new QVBoxLayout(why);
    whyLayout->setContentsMargins(0, 0, 0, 6);
    whyLayout->setSpacing(4);
    whyLayout->addWidget(sectionLabel(tr("&Why this candidate is here"), m_explanation));
    whyLayout->addWidget(m_explanation, 1);

    m_charts->setObjectName(QStringLiteral("candidateCharts"));
    m_charts->setDocumentMode(true);
    m_charts->addTab(m_chartPanel, tr("Breadth and depth"));
    m_charts->addTab(m_domainChart, tr("Depth per domain"));
    m_whySplitter->setObjectName(QStringLiteral("candidateWhySplitter"));
    m_whySplitter->addWidget(why);
    m_whySplitter->addWidget(m_charts);
    m_whySplitter->setChildrenCollapsible(false);
    m_whySplitter->setStretchFactor(0, 1);
    m_whySplitter->setStretchFactor(1, 1);
    m_whySplitter->setSizes({5, 4}); // proportions: the explanation gets a little more width

    auto *evidence = new QWidget;
    auto *evidenceLayout = new QVBoxLayout(evidence);
    evidenceLayout->setContentsMargins(0, 6, 0, 0);
    evidenceLayout->setSpacing(4);
    evidenceLayout->addWidget(sectionLabel(tr("&Evidence: interviews, regrets and notes"),
                                           m_evidence->tree()));
    evidenceLayout->addWidget(m_evidence, 1);

    m_splitter->setObjectName(QStringLiteral("candidatePageSplitter"));
    m_splitter->addWidget(m_whySplitter);
    m_splitter->addWidget(evidence);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(18, 14, 18, 12);
    content->setSpacing(14);
    content->addWidget(m_header);
    content->addWidget(m_figures);
    content->addWidget(m_splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_explanation, &ExplanationView::regretActivated, m_evidence, &EvidenceView::showRegret);
    connect(m_evidence, &EvidenceView::openRequested, this, &CandidatePage::openInterviewRequested);
    connect(m_evidence, &EvidenceView::amendRequested, this,
            &CandidatePage::amendInterviewRequested);
    connect(m_watcher.get(), &StoreWatcher::changed, this, &CandidatePage::follow);
    showNothingSelected();
}

bool CandidatePage::concerns(const core::Change &change) const
{
    using Kind = core::Change::Kind;
    const auto shown = [this](core::Id id) {
        return std::find(m_interviews.begin(), m_interviews.end(), id) != m_interviews.end();
    };
    switch (change.kind) {
    case Kind::Taxonomy:
    case Kind::Dataset: return true;
    case Kind::Role: return m_role == change.id;
    case Kind::Candidate:
    case Kind::Decision:
    case Kind::PlacementOverride:
        // A candidate added to the shown role changes the role's count of candidates.
        return m_candidate ? m_candidate == change.id : m_role.has_value();
    case Kind::Interview:
        // A new interview's id is not known yet, and interviews change rarely: read again.
        return m_candidate.has_value();
    case Kind::DraftContent: return m_candidate && shown(change.id);
    case Kind::TeamMember: return false;
    }
    return false;
}

void CandidatePage::follow(const std::vector<core::Change> &changes)
{
    if (std::none_of(changes.begin(), changes.end(),
                     [this](const core::Change &c) { return concerns(c); }))
        return;
    // What the page shows after a failed read is an empty state; the window reports reads of
    // its own, so a failure here is not said twice.
    if (m_candidate)
        show(*m_candidate, EvidenceView::Place::Keep);
    else if (m_role)
        showRole(*m_role);
}

QLabel *CandidatePage::sectionLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    // The mnemonic (Alt+W, Alt+E) jumps straight to the section for keyboard users.
    label->setBuddy(buddy);
    return label;
}

core::Error CandidatePage::showCandidate(core::Id candidateId)
{
    return show(candidateId, EvidenceView::Place::First);
}

core::Error CandidatePage::show(core::Id candidateId, EvidenceView::Place place)
{
    auto candidate = m_store.candidate(candidateId);
    if (!candidate) {
        showNothingSelected();
        return candidate.error();
    }
    auto role = m_store.role(candidate->roleId);
    auto taxonomy = m_store.taxonomy();
    auto interviews = m_store.interviews(candidateId);
    auto decisions = m_store.decisions(candidateId);
    for (const core::Error *e :
         {role ? nullptr : &role.error(), taxonomy ? nullptr : &taxonomy.error(),
          interviews ? nullptr : &interviews.error(), decisions ? nullptr : &decisions.error()}) {
        if (e) {
            showNothingSelected();
            return *e;
        }
    }

    const TaxonomyText text(*taxonomy);
    const core::Scorer scorer(taxonomy->layerCount());
    const core::CandidateFigures figures = scorer.candidate(*interviews);
    const core::RoleTarget target = scorer.target(*role);
    const core::Fit fit = scorer.fit(*role, figures);
    const core::Explanation explanation = core::Explanation::build(*interviews, figures, *role,
                                                                   target, fit);

    std::optional<core::Decision> decision;
    if (!decisions->empty())
        decision = decisions->back();
    const int amended = int(std::count_if(interviews->begin(), interviews->end(), [](const auto &i) {
        return i.submitted && i.isAmendment();
    }));
    m_header->setCandidate(*candidate, Terms::text(role->title), figures.submittedInterviews,
                           figures.draftInterviews, decision, amended);
    m_figures->setFigures(figures, target, fit, text);
    m_explanation->setExplanation(explanation, text);
    m_chart->setRole(*role);
    m_chart->setCandidates(
        {BreadthDepthChart::fromFigures(candidate->id, Terms::text(candidate->name), figures, fit)});
    m_chart->setSelectedCandidate(candidate->id);
    m_domainChart->setDepths(figures.domainDepth, role->domainDemands, text);
    // Independent judgement first: a draft is its interviewer's alone until submitted. Others'
    // drafts are counted in the header and never shown.
    const core::Interviewer me = Settings().interviewer();
    std::erase_if(*interviews, [&me](const core::Interview &i) {
        return !i.submitted && !core::Interviewer::of(i).isSameAs(me);
    });
    auto earlier = earlierVersions(*interviews);
    if (!earlier) {
        showNothingSelected();
        return earlier.error();
    }
    m_interviews.clear();
    for (const core::Interview &i : *interviews)
        m_interviews.push_back(i.id);
    m_evidence->setInterviews(std::move(*interviews), text, place, std::move(*earlier));

    m_candidate = candidateId;
    m_role = candidate->roleId;
    m_stack->setCurrentWidget(m_content);
    return {};
}

core::Result<std::vector<core::Interview>>
CandidatePage::earlierVersions(const std::vector<core::Interview> &interviews)
{
    // Only amended interviews have any; amendments are rare, so one read each is cheap.
    std::vector<core::Interview> earlier;
    for (const core::Interview &i : interviews) {
        if (!i.submitted || !i.isAmendment())
            continue;
        auto versions = m_store.interviewVersions(i.id);
        if (!versions)
            return versions.error();
        for (core::Interview &v : *versions) {
            if (v.isSuperseded())
                earlier.push_back(std::move(v));
        }
    }
    return earlier;
}

core::Error CandidatePage::showRole(core::Id roleId)
{
    auto role = m_store.role(roleId);
    auto candidates = m_store.candidates(roleId);
    if (!role || !candidates) {
        showNothingSelected();
        return !role ? role.error() : candidates.error();
    }
    const core::RoleTarget target = core::Scorer(0).target(*role);
    QString body = Terms::text(role->description);
    if (!body.isEmpty())
        body += QStringLiteral("\n\n");
    body += tr("Target: breadth %1, depth %2 (%3).")
                .arg(Terms::figure(target.breadth), Terms::figure(target.depth),
                     Terms::archetype(target.archetype));
    body += QLatin1Char('\n');
    body += candidates->empty()
                ? tr("No candidates for this role yet.")
                : tr("Select one of its %n candidate(s) to see how they fit, or compare them all on "
                     "its committee board (%1).",
                     nullptr, int(candidates->size()))
                      .arg(QKeySequence(Qt::CTRL | Qt::Key_B).toString(QKeySequence::NativeText));
    showMessage(Terms::text(role->title), body);
    m_role = roleId;
    return {};
}

void CandidatePage::showNothingSelected()
{
    showMessage(tr("No candidate selected"),
                tr("Pick a candidate on the left, or press Alt+Down to go to the next one."));
}

void CandidatePage::showNoData()
{
    showMessage(tr("No candidates yet"),
                tr("Import a file with File → Import…, or start with hindsight --demo to "
                   "explore a filled-in example."));
}

bool CandidatePage::isShowingCandidate() const
{
    return m_stack->currentWidget() == m_content;
}

void CandidatePage::showMessage(const QString &title, const QString &body)
{
    m_candidate.reset();
    m_role.reset();
    m_interviews.clear();
    m_explanation->clearExplanation();
    m_empty->setMessage(title, body);
    m_stack->setCurrentWidget(m_empty);
}

} // namespace hindsight::ui
