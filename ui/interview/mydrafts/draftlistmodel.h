#pragma once

#include "core/draftsummary.h"
#include "core/error.h"
#include "core/interviewer.h"
#include "core/storage/change.h"

#include "ui/common/rowsync.h"

#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class StoreWatcher;

// The drafts of one interviewer (Store::drafts(), the most recently written first; theirs by
// core::Interviewer's rule: the same e-mail under any name, else the same name), and with
// setShowOthers() those of everyone else too: a database file is one laptop's, and a draft left
// under a name or e-mail used before is still its author's to discard. Follows the store: a draft
// started, written to, submitted or discarded anywhere, another process included, moves, changes
// or leaves its row in place.
class DraftListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftListModel)

public:
    enum Column {
        CandidateColumn,
        RoleColumn,
        InterviewerColumn,
        StartedColumn,
        ChangedColumn,
        NotesColumn,
        KindColumn,
        ColumnCount
    };
    enum Roles {
        InterviewIdRole = Qt::UserRole + 1, // core::Id as qlonglong
        MineRole,                           // bool: the interviewer's own (isMine())
    };

    // `interviewer`: who drafts count as one's own for (Settings::interviewer()).
    DraftListModel(core::Store &store, const core::Interviewer &interviewer,
                   QObject *parent = nullptr);
    ~DraftListModel() override;

    const core::Interviewer &interviewer() const { return m_interviewer; }
    // The interviewer as sentences name them (Terms::interviewer()).
    QString interviewerText() const;
    bool showsOthers() const { return m_showOthers; }
    void setShowOthers(bool show);
    // Reads the drafts again; the rows change in place. On failure the rows stay as they were.
    core::Error reload();

    const core::DraftSummary &draft(int row) const { return m_rows[std::size_t(row)]; }
    bool isMine(int row) const;
    int rowOf(core::Id interviewId) const; // -1 when not shown
    // Other interviewers' drafts that are not shown (0 while showsOthers()).
    int hiddenCount() const { return m_hidden; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After every reload that succeeded: rows or the hidden count may differ.
    void reloaded();
    void reloadFailed(const hindsight::core::Error &error);

private:
    friend RowSignals rowSignalsFor<DraftListModel>(DraftListModel *, std::function<QModelIndex()>);
    void follow(const std::vector<core::Change> &changes);
    QString text(int row, int column) const;

    core::Store &m_store;
    std::shared_ptr<StoreWatcher> m_watcher;
    core::Interviewer m_interviewer;
    bool m_showOthers = false;
    std::vector<core::DraftSummary> m_rows;
    int m_hidden = 0;
};

} // namespace hindsight::ui
