#pragma once

#include <QTabWidget>

class QLabel;
class QTableView;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

struct BoardEntry;
struct BoardSnapshot;
class CalibrationModel;
class EvidenceGapModel;
class HistoryModel;
class TeamModel;

// The tabs under the board: the selected candidate (the formula's figures with the committee's
// placement beside them, and the history of decisions and overrides), its evidence gaps, the
// interviewers' calibration for the role, and the team placed on the chart.
class BoardDetails final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardDetails)

public:
    enum Tab { CandidateTab, GapsTab, CalibrationTab, TeamTab };

    BoardDetails(core::Store &store, QWidget *parent = nullptr);

    void setSnapshot(const BoardSnapshot &snapshot);
    // The selected candidate, named as the board names it (`blind`: by letter, and nobody else is
    // named either); null clears the candidate tabs.
    void showEntry(const BoardEntry *entry, const QString &name, bool blind = false);

    TeamModel *teamModel() const { return m_team; }
    QTableView *teamView() const { return m_teamView; }
    void setTeamActions(const QList<QAction *> &actions);

private:
    QWidget *createCandidateTab();
    QWidget *createGapsTab();
    QWidget *createCalibrationTab();
    QWidget *createTeamTab();
    void explainPair();

    const BoardSnapshot *m_snapshot = nullptr;
    QLabel *m_summary;
    HistoryModel *m_history;
    EvidenceGapModel *m_gaps;
    QLabel *m_gapsTitle;
    CalibrationModel *m_calibration;
    QTableView *m_calibrationView;
    QLabel *m_calibrationText;
    TeamModel *m_team;
    QTableView *m_teamView;
    QWidget *m_teamButtons;
};

} // namespace hindsight::ui
