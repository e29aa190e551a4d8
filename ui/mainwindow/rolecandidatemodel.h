#pragma once

#include "core/candidate.h"
#include "core/error.h"
#include "core/role.h"
#include "core/scoring/figures.h"

#include "ui/common/rowsync.h"

#include <QAbstractItemModel>
#include <QString>

#include <memory>
#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class StoreWatcher;

// The sidebar tree: roles as top-level rows, their candidates as children, each candidate with
// its fit for its role and its archetype. Scoring reads one interviewsForRole() per role, never
// one query per candidate. The model holds a snapshot and follows the store's changes: after any
// write that can move a figure or a name it reads the store again and updates its rows in place
// (inserted, removed, moved, changed), so the tree keeps its selection and scroll position.
class RoleCandidateModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleCandidateModel)

public:
    enum Column { NameColumn, FitColumn, ShapeColumn, ColumnCount };
    enum Roles {
        KindRole = Qt::UserRole + 1, // Kind of the row
        IdRole,                      // core::Id of the role or candidate
        FilterKeyRole,               // case- and accent-folded text the filter matches against
        FitRole,                     // int 0-100, or invalid without a submitted interview
    };
    enum class Kind { Role, Candidate };
    Q_ENUM(Kind)

    explicit RoleCandidateModel(core::Store &store, QObject *parent = nullptr);
    ~RoleCandidateModel() override;

    // Reads roles, candidates and their interviews again. On failure the model is left empty and
    // the error returned, so the window can say what went wrong.
    core::Error reload();

    int roleCount() const { return int(m_roles.size()); }
    int candidateCount() const;
    QModelIndex indexOfCandidate(core::Id id) const;
    QModelIndex indexOfRole(core::Id id) const;

    // Lowercase, accents removed: "Sofía" and "sofia" match.
    static QString fold(const QString &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Around every reload's row signals: views keep what they had selected and lay out what
    // changed.
    void aboutToSync();
    void synced();
    // A reload that followed a change of the store failed; the model is empty until the next.
    void reloadFailed(const hindsight::core::Error &error);

private:
    friend RowSignals rowSignalsFor<RoleCandidateModel>(RoleCandidateModel *,
                                                        std::function<QModelIndex()>);

    struct CandidateRow
    {
        core::Candidate candidate;
        QString name;
        QString filterKey;
        int submitted = 0;
        core::Archetype archetype = core::Archetype::Developing;
        core::Fit fit;
    };
    struct RoleRow
    {
        core::Role role;
        QString title;
        QString filterKey;
        std::vector<CandidateRow> candidates;
    };

    QVariant roleData(const RoleRow &row, int column, int role) const;
    QVariant candidateData(const RoleRow &parent, const CandidateRow &row, int column,
                           int role) const;

    void apply(std::vector<RoleRow> next);
    RowSignals signalsUnder(const QModelIndex &parent);
    int rowOfRole(quintptr roleId) const;

    core::Store &m_store;
    std::shared_ptr<StoreWatcher> m_watcher;
    std::vector<RoleRow> m_roles;
};

} // namespace hindsight::ui
