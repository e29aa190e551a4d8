#pragma once

#include "core/ids.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace hindsight::ui {

class CandidateFilterModel;
class RoleCandidateModel;

// The left side of the main window: a filter field over the role/candidate tree. Tells the window
// what the user picked; never reads the store itself.
class Sidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(RoleCandidateModel *model, QWidget *parent = nullptr);

    void focusFilter();
    // Call after the model was reloaded: expands every role and selects `candidate` when it
    // still exists, else the first candidate.
    void restoreSelection(std::optional<core::Id> candidate);
    bool selectCandidate(core::Id id);
    // Moves to the next (step 1) or previous (step -1) visible candidate, wrapping around.
    void selectAdjacentCandidate(int step);
    std::optional<core::Id> currentCandidate() const;
    // The role of the current row: the role itself, or the role a candidate applied for.
    std::optional<core::Id> currentRole() const;
    bool selectRole(core::Id id);
    // Actions offered by the tree's context menu; the sidebar shows them but does not own them.
    void setContextActions(const QList<QAction *> &actions);
    int visibleCandidateCount() const;

signals:
    void candidateSelected(core::Id id);
    void roleSelected(core::Id id);
    void selectionCleared();
    void visibleCandidatesChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void onCurrentChanged(const QModelIndex &current);
    // Visible candidate rows in display order.
    QList<QModelIndex> candidateIndexes() const;
    void setCurrent(const QModelIndex &proxyIndex);
    // Expands every role and lets its title use the whole width; both are per visible row, so
    // they are redone whenever filtering or a reload changed the rows.
    void layoutRoles();
    // After the model changed its rows by itself (it follows the store): lays the rows out and
    // says how many candidates are visible now.
    void rowsChanged();

    RoleCandidateModel *m_model;
    CandidateFilterModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_noMatch;
    QTreeView *m_tree;
    std::optional<core::Id> m_beforeSync; // the candidate selected when a reload began
};

} // namespace hindsight::ui
