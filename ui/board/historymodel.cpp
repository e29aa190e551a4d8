#include "ui/board/historymodel.h"
#include "ui/common/plaintext.h"

#include "ui/common/terms.h"

#include "core/scoring/scorer.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace hindsight::ui {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setHistory(const std::vector<core::Decision> &decisions,
                              const std::vector<core::PlacementOverride> &overrides,
                              const std::vector<core::CandidateMerge> &merges, bool blind)
{
    beginResetModel();
    m_rows.clear();
    for (const core::Decision &d : decisions) {
        m_rows.push_back({d.decidedAt, QString::fromStdString(d.recordedBy),
                          tr("Decision: %1").arg(Terms::outcome(d.outcome)),
                          QString::fromStdString(d.rationale)});
    }
    for (const core::PlacementOverride &o : overrides) {
        m_rows.push_back({o.recordedAt, QString::fromStdString(o.recordedBy),
                          tr("Placement: %1, breadth %2, depth %3")
                              .arg(Terms::archetype(core::Scorer::archetype(o.breadth, o.depth)),
                                   Terms::figure(o.breadth), Terms::figure(o.depth)),
                          QString::fromStdString(o.reason)});
    }
    for (const core::CandidateMerge &m : merges) {
        const QString name = PlainText::isolate(QString::fromStdString(m.mergedName));
        const QString email = QString::fromStdString(m.mergedEmail);
        m_rows.push_back({m.recordedAt, QString::fromStdString(m.recordedBy),
                          blind ? tr("Merged another record of this candidate into this one")
                                : tr("Merged %1 into this candidate").arg(name),
                          blind || email.isEmpty()
                              ? tr("The same person")
                              : tr("The same person; their record had the e-mail %1").arg(email)});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.when > b.when; });
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == WhyColumn)
        return PlainText::toolTip(r.why);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.when.time_since_epoch().count()),
                                  QLocale::ShortFormat);
    case WhoColumn: return r.who;
    case WhatColumn: return r.what;
    case WhyColumn: return r.why;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Recorded by");
    case WhatColumn: return tr("What");
    case WhyColumn: return tr("Why");
    default: return {};
    }
}

} // namespace hindsight::ui
