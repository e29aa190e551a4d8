#pragma once

#include "ui/common/taxonomytext.h"

#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

namespace hindsight::ui {

// A role's domain demands as table rows: the domain, the required depth 1-4 and that depth's
// anchored meaning. A domain appears at most once; setData refuses a domain another row has.
class DomainDemandModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainDemandModel)

public:
    enum Column { DomainColumn, DepthColumn, MeaningColumn, ColumnCount };
    // Qt::EditRole of DomainColumn is the domain id, of DepthColumn the depth as an int.

    explicit DomainDemandModel(QObject *parent = nullptr);

    // The domains offered; rows keep their ids even when the taxonomy no longer has them.
    void setTaxonomy(const core::Taxonomy &taxonomy);
    const TaxonomyText &taxonomyText() const { return m_text; }
    const core::Taxonomy &taxonomy() const { return m_taxonomy; }

    void setDemands(const std::map<std::string, int> &demands);
    std::map<std::string, int> demands() const;

    // Adds a row for the first domain no row has yet (depth 1); returns its row, -1 when every
    // domain is taken.
    int addDemand();
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // Any change of the demands, for the preview.
    void demandsChanged();

private:
    struct Row
    {
        std::string domain;
        int depth = 1;
    };
    bool hasDomain(const std::string &domain) const;

    core::Taxonomy m_taxonomy;
    TaxonomyText m_text;
    std::vector<Row> m_rows;
};

} // namespace hindsight::ui
