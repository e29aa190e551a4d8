#pragma once

#include "ui/common/taxonomytext.h"

#include "core/interview.h"

#include <QWidget>

#include <vector>

class QSplitter;
class QTreeView;

namespace hindsight::ui {

class EvidenceActions;
class EvidenceDetail;
class InterviewEvidenceModel;

// The interviews, regrets and notes behind a candidate's figures: a tree on the left, the full
// text of the row in focus on the right. The interview of the row in focus can be opened (Enter,
// double-click) or amended (EvidenceActions, also in the tree's context menu); the view asks, the
// page's owner acts.
class EvidenceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceView)

public:
    explicit EvidenceView(QWidget *parent = nullptr);

    // Start on the first regret, or keep the row in focus and the scroll position (the same
    // candidate's evidence read again after the store changed).
    enum class Place { First, Keep };
    // `earlier`: the versions amendments replaced, listed under their interview.
    void setInterviews(std::vector<core::Interview> interviews, const TaxonomyText &taxonomy,
                       Place place = Place::First, std::vector<core::Interview> earlier = {});
    // Selects the regret's row, brings it into view and gives the tree focus.
    void showRegret(core::Id regretId);

    QTreeView *tree() const { return m_tree; }
    EvidenceDetail *detail() const { return m_detail; }
    EvidenceActions *actions() const { return m_actions; }

signals:
    // The user asked to open this interview (or earlier version), or to amend it.
    void openRequested(hindsight::core::Id interviewId);
    void amendRequested(hindsight::core::Id interviewId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void showContextMenu(const QPoint &at);
    // The id of the interview (or earlier version) the row in focus shows, 0 for none.
    core::Id currentInterviewId() const;

    InterviewEvidenceModel *m_model;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    EvidenceDetail *m_detail;
    EvidenceActions *m_actions;
};

} // namespace hindsight::ui
