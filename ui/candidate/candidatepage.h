#pragma once

#include "ui/candidate/evidenceview.h"

#include "core/error.h"
#include "core/ids.h"
#include "core/result.h"
#include "core/storage/change.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class BreadthDepthChart;
class BreadthDepthPanel;
class CandidateHeader;
class DomainDepthChart;
class EmptyState;
class EvidenceView;
class ExplanationView;
class FiguresPanel;
class StoreWatcher;

// The right side of the main window: one candidate's figures against their role, why they sit
// there, and the evidence behind it; or a message saying what to do when there is nothing to show.
// Reads the store when asked to show something, and again whenever the store announces a change
// that concerns what it shows (keeping the evidence row in focus and the scroll position).
class CandidatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatePage)

public:
    explicit CandidatePage(core::Store &store, QWidget *parent = nullptr);

    // On failure the page shows an empty state and returns the error for the window to report.
    core::Error showCandidate(core::Id candidateId);
    core::Error showRole(core::Id roleId);
    void showNothingSelected();
    void showNoData();

    std::optional<core::Id> candidate() const { return m_candidate; }
    bool isShowingCandidate() const;

signals:
    // From the evidence: open this interview (or earlier version) in its own window, or amend it.
    // The window acts: it knows the database file the interview window writes to.
    void openInterviewRequested(hindsight::core::Id interviewId);
    void amendInterviewRequested(hindsight::core::Id interviewId);

private:
    void showMessage(const QString &title, const QString &body);
    QLabel *sectionLabel(const QString &text, QWidget *buddy);

    core::Error show(core::Id candidateId, EvidenceView::Place place);
    // The versions amendments replaced, of the submitted interviews among `interviews`.
    core::Result<std::vector<core::Interview>>
    earlierVersions(const std::vector<core::Interview> &interviews);
    // Shows again what the page shows when a change of the store concerns it.
    void follow(const std::vector<core::Change> &changes);
    bool concerns(const core::Change &change) const;

    core::Store &m_store;
    std::shared_ptr<StoreWatcher> m_watcher;
    std::optional<core::Id> m_candidate;
    std::optional<core::Id> m_role;     // the role shown, or the candidate's role
    std::vector<core::Id> m_interviews; // the interviews the page shows

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    CandidateHeader *m_header;
    FiguresPanel *m_figures;
    QSplitter *m_splitter;
    QSplitter *m_whySplitter; // the explanation beside the charts
    ExplanationView *m_explanation;
    QTabWidget *m_charts;
    BreadthDepthPanel *m_chartPanel; // the chart and its table alternative
    BreadthDepthChart *m_chart;
    DomainDepthChart *m_domainChart;
    EvidenceView *m_evidence;
};

} // namespace hindsight::ui
