#pragma once

#include "ui/common/taxonomytext.h"

#include "core/interview.h"

#include <QWidget>

#include <vector>

class QSplitter;
class QTreeView;

namespace hindsight::ui {

class EvidenceDetail;
class InterviewEvidenceModel;

// The interviews, regrets and notes behind a candidate's figures: a tree on the left, the full
// text of the row in focus on the right.
class EvidenceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceView)

public:
    explicit EvidenceView(QWidget *parent = nullptr);

    // Start on the first regret, or keep the row in focus and the scroll position (the same
    // candidate's evidence read again after the store changed).
    enum class Place { First, Keep };
    void setInterviews(std::vector<core::Interview> interviews, const TaxonomyText &taxonomy,
                       Place place = Place::First);
    // Selects the regret's row, brings it into view and gives the tree focus.
    void showRegret(core::Id regretId);

    QTreeView *tree() const { return m_tree; }
    EvidenceDetail *detail() const { return m_detail; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();

    InterviewEvidenceModel *m_model;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    EvidenceDetail *m_detail;
};

} // namespace hindsight::ui
