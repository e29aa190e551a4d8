#pragma once

#include "core/interviewerdirectory.h"
#include "core/taxonomy.h"

#include <QDialog>

namespace hindsight::ui {

struct BoardEntry;
class WhoSaidWhatModel;

// The side-by-side view of each interviewer's regrets, tags, depths, probes and figures for one
// candidate, opened from the board for a flagged disagreement or on request.
class WhoSaidWhatDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoSaidWhatDialog)

public:
    // `name` is the candidate as the board shows it (the alias in blind mode); `interviewers`
    // the role's (BoardSnapshot::interviewers), which the columns are named by.
    WhoSaidWhatDialog(const BoardEntry &entry, const QString &name,
                      const hindsight::core::Taxonomy &taxonomy,
                      const hindsight::core::InterviewerDirectory &interviewers,
                      QWidget *parent = nullptr);

    WhoSaidWhatModel *model() const { return m_model; }

private:
    WhoSaidWhatModel *m_model;
};

} // namespace hindsight::ui
