#include "ui/board/evidencegapmodel.h"

#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"

#include <QFont>

namespace hindsight::ui {

EvidenceGapModel::EvidenceGapModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_text(std::make_unique<TaxonomyText>())
{
}

EvidenceGapModel::~EvidenceGapModel() = default;

void EvidenceGapModel::setGaps(std::vector<core::EvidenceGap> gaps, const core::Taxonomy &taxonomy)
{
    beginResetModel();
    m_gaps = std::move(gaps);
    m_text = std::make_unique<TaxonomyText>(taxonomy);
    endResetModel();
}

QString EvidenceGapModel::statusText(core::EvidenceGap::Status status)
{
    switch (status) {
    case core::EvidenceGap::Status::NotProbed: return tr("Not probed");
    case core::EvidenceGap::Status::Shallow: return tr("Probed, shallow");
    case core::EvidenceGap::Status::Covered: return tr("Probed, enough");
    }
    return {};
}

int EvidenceGapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gaps.size());
}

int EvidenceGapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceGapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::EvidenceGap &gap = m_gaps[std::size_t(index.row())];
    const bool domain = gap.kind == core::Taxonomy::Kind::Domain;
    const bool probed = gap.status != core::EvidenceGap::Status::NotProbed;
    if (role == StatusRole)
        return int(gap.status);
    if (role == Qt::FontRole && !probed) {
        // Missing evidence in italics: a different kind of fact from a shallow answer.
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= DepthColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        switch (gap.status) {
        case core::EvidenceGap::Status::NotProbed:
            return tr("No submitted interview asked about this. That is missing evidence, not a "
                      "weakness: probe it in the next interview.");
        case core::EvidenceGap::Status::Shallow:
            return domain ? tr("Probed, but the answers stayed below the depth the role needs.")
                          : tr("Touched only by regrets rated below 2, which do not count for "
                               "breadth.");
        case core::EvidenceGap::Status::Covered: return tr("Probed at the depth that counts.");
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case KindColumn: return domain ? tr("Demanded domain") : tr("Layer");
    case EntryColumn: return domain ? m_text->domain(gap.id) : m_text->layer(gap.id);
    case StatusColumn: return statusText(gap.status);
    case DepthColumn:
        return probed ? tr("%1 of %2 needed").arg(Terms::figure(gap.observed)).arg(gap.required)
                      : QString();
    case InterviewsColumn: return gap.interviews;
    default: return {};
    }
}

QVariant EvidenceGapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case EntryColumn: return tr("Domain or layer");
    case StatusColumn: return tr("Evidence");
    case DepthColumn: return tr("Depth");
    case InterviewsColumn: return tr("Interviews");
    default: return {};
    }
}

} // namespace hindsight::ui
