#pragma once

#include "core/ids.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace hindsight::ui {

// Filters the role/candidate tree by what the user typed: a candidate stays when its name or
// e-mail contains the text; a role stays when it has such a candidate, and shows all of its
// candidates when its own title matches. Case and accents are ignored. One candidate can be left
// out (the one a merge keeps); then a role is shown only with candidates to offer.
class CandidateFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateFilterModel)

public:
    explicit CandidateFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setExcludedCandidate(std::optional<core::Id> candidate);

    // Candidates visible after filtering.
    int visibleCandidateCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(const QModelIndex &sourceIndex) const;

    QString m_text;   // as typed
    QString m_folded; // as matched
    std::optional<core::Id> m_excluded;
};

} // namespace hindsight::ui
