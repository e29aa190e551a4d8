#pragma once

#include "ui/common/taxonomytext.h"

#include "core/interview.h"

#include <QAbstractItemModel>

#include <vector>

namespace hindsight::ui {

// The evidence behind a candidate's figures as a tree: interviews, under each the earlier versions
// an amendment replaced (kept, readable, not counted), its regrets (level, domain, depth, layers),
// and the notes typed during it (offset, stage, text, quote), a note that belongs to a regret under
// that regret. Drafts and earlier versions are greyed: they do not count. An amended interview says
// so, with the time and the reason.
class InterviewEvidenceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewEvidenceModel)

public:
    enum Column {
        TextColumn,
        TimeColumn,
        KindColumn,
        DomainColumn,
        DepthColumn,
        LayersColumn,
        ColumnCount
    };
    enum class Kind { Interview, Version, Regret, Note };
    Q_ENUM(Kind)

    explicit InterviewEvidenceModel(QObject *parent = nullptr);

    // `earlier`: versions that amendments replaced (Store::interviewVersions), shown under the
    // current version of `interviews` they lead to; others are ignored.
    void setInterviews(std::vector<core::Interview> interviews, const TaxonomyText &taxonomy,
                       std::vector<core::Interview> earlier = {});
    const TaxonomyText &taxonomy() const { return m_taxonomy; }

    Kind kind(const QModelIndex &index) const;
    // The interview an index is or belongs to; for a Version row, that earlier version.
    const core::Interview *interview(const QModelIndex &index) const;
    // How many sealed versions the interview of an index has (1 when it was never amended).
    int versionCount(const QModelIndex &index) const;
    // When the amendment that replaced `old` was sealed.
    core::TimePoint replacedAt(const core::Interview &old) const;
    const core::Regret *regret(const QModelIndex &index) const;
    const core::Note *note(const QModelIndex &index) const;
    QModelIndex indexOfRegret(core::Id regretId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Flat node table; an index's internalId is its node's position. Interviews come first, so
    // node i < interview count is interview i.
    struct Node
    {
        Kind kind;
        int interview; // index into m_interviews (the current version, for a Version row)
        int item;      // regret or note index within the interview, or index into m_earlier for
                       // a Version row; -1 for the interview
        int parent;    // node index, -1 for top level
        int row;       // row under the parent
        std::vector<int> children;
    };

    QVariant display(const Node &node, int column) const;
    QString toolTip(const Node &node, int column) const;
    const Node *node(const QModelIndex &index) const;

    std::vector<core::Interview> m_interviews;
    std::vector<core::Interview> m_earlier;
    std::vector<Node> m_nodes;
    TaxonomyText m_taxonomy;
};

} // namespace hindsight::ui
