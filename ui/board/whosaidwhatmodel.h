#pragma once

#include "core/interview.h"
#include "core/interviewerdirectory.h"
#include "core/scoring/figures.h"
#include "core/taxonomy.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace hindsight::ui {

class TaxonomyText;

// "Who said what": one column per submitted interview of a candidate, side by side, with the
// interviewer's figures, level mix, layers, domain depths and probes asked per regret, then every
// regret with its tags and the whole answer as the interviewer wrote it down (the fields filled).
// Rows where the interviews disagree by DESIGN.md's rule are flagged (bold, and named in the row
// header's tooltip). An amended interview says so in its column header and its first row, with
// the time and the reason. It names
// interviewers, never the candidate, so blind mode needs nothing of it: each by the name their
// identity shows (core::InterviewerDirectory), so a renamed interviewer's columns agree.
class WhoSaidWhatModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoSaidWhatModel)

public:
    enum FixedRow {
        StartedRow,
        BreadthRow,
        DepthRow,
        ShapeRow,
        LevelsRow,
        LayersRow,
        DomainsRow,
        ProbesRow,
        FixedRowCount // regrets follow, one row per position
    };
    enum Roles { DisagreementRole = Qt::UserRole + 1 }; // bool, on every cell of a flagged row

    explicit WhoSaidWhatModel(QObject *parent = nullptr);
    ~WhoSaidWhatModel() override;

    // `interviewers`: whom the names are resolved among (the role's, for names that match the
    // calibration tab); null: the interviewers of `submitted` alone.
    void setInterviews(std::vector<core::Interview> submitted, const core::Taxonomy &taxonomy,
                       const core::InterviewerDirectory *interviewers = nullptr);
    bool rowDisagrees(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cellText(std::size_t column, int row) const;
    QString regretText(const core::Regret &regret) const;
    QString probesText(const core::Interview &interview) const;

    std::vector<core::Interview> m_interviews;
    std::vector<core::InterviewFigures> m_figures;
    std::vector<QString> m_names; // per column: the interviewer's display name
    std::unique_ptr<TaxonomyText> m_text;
    std::size_t m_regretRows = 0;
    bool m_breadthDisagrees = false;
    bool m_domainsDisagree = false;
    bool m_levelsDisagree = false;
};

} // namespace hindsight::ui
