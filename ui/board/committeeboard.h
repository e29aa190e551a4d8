#pragma once

#include "core/error.h"
#include "core/ids.h"
#include "core/storage/change.h"
#include "ui/interchange/failure.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QTableView;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class BoardActions;
class BoardDetails;
class BoardFilterBar;
class BoardFilterModel;
class BoardModel;
class BreadthDepthChart;
class BreadthDepthPanel;
class ColumnChooser;
class CommitteeRecorder;
class StoreWatcher;
struct BoardEntry;

// The committee board of one role, the view a hiring committee opens in the debrief: every
// candidate on the breadth-versus-depth chart against the role's target, beside a sortable,
// filterable table, with the selected candidate's history, evidence gaps, the interviewers'
// calibration and the team underneath. Figures use submitted interviews only. Selecting a row
// selects the point and back. Blind mode names candidates "Candidate A, B, …" everywhere the
// board shows or exports a name. It follows the store's changes and updates in place.
class CommitteeBoard final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitteeBoard)

public:
    CommitteeBoard(core::Store &store, core::Id roleId, QWidget *parent = nullptr);
    ~CommitteeBoard() override;

    core::Id roleId() const { return m_roleId; }
    BoardActions *actions() const { return m_actions; }
    BoardModel *model() const { return m_model; }
    BoardFilterModel *filterModel() const { return m_filter; }
    BreadthDepthChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    BoardDetails *details() const { return m_details; }

    // Reads the store again, keeping the selection. Returns the error, also shown to the user.
    core::Error reload();
    void selectCandidate(core::Id id);
    std::optional<core::Id> selectedCandidate() const;
    // Writes the table as shown to `fileName`; an empty optional on success, else the failure.
    std::optional<interchange::Failure> exportCsv(const QString &fileName) const;

private:
    // Reads the role again when a change of the store concerns the board.
    void follow(const std::vector<core::Change> &changes);
    void createMenus();
    void connectActions();
    void setBlind(bool blind);
    void updateChart();
    void updateHeader();
    void onRowChanged();
    const BoardEntry *selectedEntry() const;
    QString selectedName() const;
    void recordDecision();
    void overridePlacement();
    void showWhoSaidWhat();
    void exportCsvInteractive();
    void reportError(const QString &what, const core::Error &error);

    core::Store &m_store;
    std::shared_ptr<StoreWatcher> m_watcher;
    bool m_columnsSized = false;
    core::Id m_roleId;
    BoardActions *m_actions;
    BoardModel *m_model;
    BoardFilterModel *m_filter;
    QLabel *m_title;
    QLabel *m_subtitle;
    BoardFilterBar *m_filterBar;
    BreadthDepthPanel *m_chartPanel; // the chart and its table alternative
    BreadthDepthChart *m_chart;
    QTableView *m_table;
    ColumnChooser *m_columns = nullptr;
    BoardDetails *m_details;
    CommitteeRecorder *m_recorder;
};

} // namespace hindsight::ui
