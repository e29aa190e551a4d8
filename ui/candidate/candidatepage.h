#pragma once

#include "core/error.h"
#include "core/ids.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class BreadthDepthChart;
class CandidateHeader;
class DomainDepthChart;
class EmptyState;
class EvidenceView;
class ExplanationView;
class FiguresPanel;

// The right side of the main window: one candidate's figures against their role, why they sit
// there, and the evidence behind it; or a message saying what to do when there is nothing to show.
// Reads the store when asked to show something and keeps nothing else.
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

private:
    void showMessage(const QString &title, const QString &body);
    QLabel *sectionLabel(const QString &text, QWidget *buddy);

    core::Store &m_store;
    std::optional<core::Id> m_candidate;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    CandidateHeader *m_header;
    FiguresPanel *m_figures;
    QSplitter *m_splitter;
    QSplitter *m_whySplitter; // the explanation beside the charts
    ExplanationView *m_explanation;
    QTabWidget *m_charts;
    BreadthDepthChart *m_chart;
    DomainDepthChart *m_domainChart;
    EvidenceView *m_evidence;
};

} // namespace hindsight::ui
