#pragma once

#include "core/draftsummary.h"
#include "core/error.h"
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

// The drafts of one interviewer (Store::drafts(), the most recently written first), and with
// setShowOthers() those under every other name too: a database file is one laptop's, and a draft
// left under a name used before is still its author's to discard. Follows the store: a draft
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
        MineRole,                           // bool: recorded under the interviewer's name
    };

    // `interviewer`: the name drafts count as one's own under (Settings::interviewerName()).
    DraftListModel(core::Store &store, const QString &interviewer, QObject *parent = nullptr);
    ~DraftListModel() override;

    const QString &interviewer() const { return m_interviewer; }
    bool showsOthers() const { return m_showOthers; }
    void setShowOthers(bool show);
    // Reads the drafts again; the rows change in place. On failure the rows stay as they were.
    core::Error reload();

    const core::DraftSummary &draft(int row) const { return m_rows[std::size_t(row)]; }
    bool isMine(int row) const;
    int rowOf(core::Id interviewId) const; // -1 when not shown
    // Drafts under other names that are not shown (0 while showsOthers()).
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
    QString m_interviewer;
    bool m_showOthers = false;
    std::vector<core::DraftSummary> m_rows;
    int m_hidden = 0;
};

} // namespace hindsight::ui
