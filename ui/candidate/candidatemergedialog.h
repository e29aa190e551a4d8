#pragma once

#include "core/candidate.h"
#include "core/ids.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class CandidateFilterModel;
class RoleCandidateModel;

// Candidate → Merge Candidate…: the selected candidate is kept; the user picks the other record
// of the same person from the list of candidates (filtered as they type, grouped by role) and the
// dialog says what moves from it, which e-mail or link the kept one takes, and which role wins
// when the two differ. Keyboard only: type, Down to the list, Enter merges. The caller merges
// (Store::mergeCandidates) when it is accepted.
class CandidateMergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateMergeDialog)

public:
    // `candidates` is the window's role/candidate model; `keep` must be one of its candidates.
    CandidateMergeDialog(core::Store &store, RoleCandidateModel *candidates,
                         const core::Candidate &keep, QWidget *parent = nullptr);

    const core::Candidate &kept() const { return m_keep; }
    // The record picked to go into the kept one, if any.
    std::optional<core::Id> other() const;
    bool selectOther(core::Id id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void describe();
    // What the summary says about the record that would go; empty when it cannot be read.
    QString consequences(core::Id other) const;

    core::Store &m_store;
    RoleCandidateModel *m_candidates;
    core::Candidate m_keep;
    CandidateFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::ui
