#include "ui/role/domaindemandmodel.h"

#include "ui/common/terms.h"

#include <algorithm>

namespace hindsight::ui {

DomainDemandModel::DomainDemandModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_taxonomy(core::Taxonomy::builtIn())
    , m_text(m_taxonomy)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &DomainDemandModel::demandsChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &DomainDemandModel::demandsChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DomainDemandModel::demandsChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &DomainDemandModel::demandsChanged);
}

void DomainDemandModel::setTaxonomy(const core::Taxonomy &taxonomy)
{
    beginResetModel();
    m_taxonomy = taxonomy;
    m_text = TaxonomyText(taxonomy);
    endResetModel();
}

void DomainDemandModel::setDemands(const std::map<std::string, int> &demands)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[domain, depth] : demands)
        m_rows.push_back({domain, std::clamp(depth, 1, 4)});
    endResetModel();
}

std::map<std::string, int> DomainDemandModel::demands() const
{
    std::map<std::string, int> result;
    for (const Row &r : m_rows)
        result[r.domain] = r.depth;
    return result;
}

bool DomainDemandModel::hasDomain(const std::string &domain) const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [&](const Row &r) { return r.domain == domain; });
}

int DomainDemandModel::addDemand()
{
    for (const core::Taxonomy::Entry &e : m_taxonomy.domains()) {
        if (hasDomain(e.id))
            continue;
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.push_back({e.id, 1});
        endInsertRows();
        return row;
    }
    return -1;
}

bool DomainDemandModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
    endRemoveRows();
    return true;
}

int DomainDemandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainDemandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainDemandModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case DomainColumn:
        if (role == Qt::EditRole)
            return QString::fromStdString(r.domain);
        if (role == Qt::DisplayRole)
            return m_text.domain(r.domain);
        if (role == Qt::ToolTipRole)
            return tr("Domain id: %1").arg(QString::fromStdString(r.domain));
        break;
    case DepthColumn:
        if (role == Qt::EditRole)
            return r.depth;
        if (role == Qt::DisplayRole)
            return tr("%1 · %2").arg(r.depth).arg(Terms::depthTag(r.depth));
        if (role == Qt::ToolTipRole)
            return Terms::depthMeaning(r.depth);
        break;
    case MeaningColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return Terms::depthMeaning(r.depth);
        break;
    default: break;
    }
    return {};
}

QVariant DomainDemandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DomainColumn: return tr("Domain");
    case DepthColumn: return tr("Required depth");
    case MeaningColumn: return tr("What that depth means");
    default: return {};
    }
}

bool DomainDemandModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    Row &r = m_rows[std::size_t(index.row())];
    if (index.column() == DomainColumn) {
        const std::string domain = value.toString().toStdString();
        if (domain == r.domain)
            return true;
        if (!m_taxonomy.hasDomain(domain) || hasDomain(domain))
            return false;
        r.domain = domain;
        emit dataChanged(index, index);
        return true;
    }
    if (index.column() == DepthColumn) {
        bool ok = false;
        const int depth = value.toInt(&ok);
        if (!ok || depth < 1 || depth > 4)
            return false;
        r.depth = depth;
        emit dataChanged(index, index.siblingAtColumn(MeaningColumn));
        return true;
    }
    return false;
}

Qt::ItemFlags DomainDemandModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != MeaningColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace hindsight::ui
