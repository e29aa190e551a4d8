#include "ui/board/boardmodel.h"
#include "ui/common/plaintext.h"

#include "ui/common/fitrisks.h"
#include "ui/common/rowsync.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"
#include "ui/common/versiontext.h"

#include "core/scoring/scorer.h"

#include <QDateTime>
#include <QLocale>

namespace hindsight::ui {

BoardModel::BoardModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_taxonomyText(std::make_unique<TaxonomyText>())
{
}

BoardModel::~BoardModel() = default;

void BoardModel::setSnapshot(BoardSnapshot snapshot)
{
    // Rows are changed in place, not reset: the table keeps its selection and scroll position
    // when the board reads the store again after a change.
    std::vector<BoardEntry> entries = std::move(snapshot.entries);
    snapshot.entries = std::move(m_snapshot.entries);
    m_snapshot = std::move(snapshot);
    m_taxonomyText = std::make_unique<TaxonomyText>(m_snapshot.taxonomy);

    const RowSignals s = rowSignalsFor(this, [] { return QModelIndex(); });
    syncRows(
        m_snapshot.entries, std::move(entries), [](const BoardEntry &e) { return e.id(); }, s);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BoardModel::setBlind(bool blind)
{
    if (m_blind == blind)
        return;
    m_blind = blind;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const BoardEntry *BoardModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_snapshot.entries[std::size_t(row)];
}

QModelIndex BoardModel::indexOf(core::Id candidateId, int column) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_snapshot.entries[std::size_t(row)].id() == candidateId)
            return index(row, column);
    }
    return {};
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.entries.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BoardModel::risksText(const core::Fit &fit) const
{
    return FitRisks::names(fit, *m_taxonomyText).join(tr(", "));
}

QString BoardModel::levelMixText(const core::LevelMix &mix)
{
    return tr("%1 product · %2 domain · %3 mixed · %4 unclear")
        .arg(mix.product)
        .arg(mix.domain)
        .arg(mix.mixed)
        .arg(mix.unclear);
}

QString BoardModel::gapsText(const BoardEntry &entry) const
{
    QStringList names;
    for (const core::EvidenceGap &gap : entry.gaps) {
        if (gap.status != core::EvidenceGap::Status::NotProbed)
            continue;
        names << (gap.kind == core::Taxonomy::Kind::Domain ? m_taxonomyText->domain(gap.id)
                                                           : m_taxonomyText->layer(gap.id));
    }
    return names.join(tr(", "));
}

QString BoardModel::placementText(const BoardEntry &entry)
{
    const core::PlacementOverride *o = entry.placementOverride();
    if (!o)
        return {};
    return tr("%1 · breadth %2 · depth %3")
        .arg(Terms::archetype(core::Scorer::archetype(o->breadth, o->depth)),
             Terms::figure(o->breadth), Terms::figure(o->depth));
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    const BoardEntry *e = entryAt(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const core::CandidateFigures &f = e->scored.figures;
    switch (role) {
    case Qt::DisplayRole: return display(*e, index.column());
    case Qt::ToolTipRole: return PlainText::toolTip(toolTip(*e, index.column()));
    case Qt::AccessibleTextRole: {
        const QString tip = toolTip(*e, index.column());
        return tip.isEmpty() ? display(*e, index.column()) : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SubmittedColumn:
        case DraftsColumn:
        case BreadthColumn:
        case DepthColumn:
        case FitColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        case DisagreementColumn: return int(Qt::AlignCenter);
        default: return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case IdRole: return QVariant::fromValue(e->id());
    case SortRole: return sortKey(*e, index.column());
    case ArchetypeRole: return int(f.archetype);
    case RisksRole: {
        QList<int> risks;
        for (core::Risk r : e->scored.fit.risks)
            risks << int(r);
        return QVariant::fromValue(risks);
    }
    case DecisionRole: return e->decision() ? int(e->decision()->outcome) : -1;
    case LevelMixRole:
        return QVariant::fromValue(QList<int>{f.mix.product, f.mix.domain, f.mix.mixed,
                                              f.mix.unclear});
    default: return {};
    }
}

QVariant BoardModel::display(const BoardEntry &e, int column) const
{
    const core::CandidateFigures &f = e.scored.figures;
    const bool scored = f.submittedInterviews > 0;
    switch (column) {
    case NameColumn: return e.displayName(m_blind);
    case SubmittedColumn: return f.submittedInterviews;
    case DraftsColumn: return f.draftInterviews > 0 ? QVariant(f.draftInterviews) : QVariant();
    case BreadthColumn: return scored ? Terms::figure(f.breadth) : QString();
    case DepthColumn: return scored ? Terms::figure(f.depth) : QString();
    case ArchetypeColumn: return scored ? Terms::archetype(f.archetype) : tr("Not interviewed");
    case FitColumn: return scored ? tr("%1%").arg(e.scored.fit.score) : QString();
    case RisksColumn: return scored ? risksText(e.scored.fit) : QString();
    case PlacementColumn: return placementText(e);
    case LevelMixColumn:
        return {}; // painted as a bar by LevelMixDelegate; the tooltip has the counts
    case DisagreementColumn: return e.scored.disagreement ? tr("Disagree") : QString();
    case GapsColumn: {
        const int n = e.notProbed();
        return n == 0 ? tr("None") : tr("%n not probed", nullptr, n);
    }
    case DecisionColumn: return e.decision() ? Terms::outcome(e.decision()->outcome) : QString();
    default: return {};
    }
}

QVariant BoardModel::sortKey(const BoardEntry &e, int column) const
{
    const core::CandidateFigures &f = e.scored.figures;
    // Unscored candidates sort below every scored one on the figures.
    const bool scored = f.submittedInterviews > 0;
    switch (column) {
    case NameColumn: return e.displayName(m_blind).toCaseFolded();
    case SubmittedColumn: return f.submittedInterviews;
    case DraftsColumn: return f.draftInterviews;
    case BreadthColumn: return scored ? f.breadth : -1.0;
    case DepthColumn: return scored ? f.depth : -1.0;
    case ArchetypeColumn: return scored ? Terms::archetype(f.archetype).toCaseFolded() : QString();
    case FitColumn: return scored ? e.scored.fit.score : -1;
    case RisksColumn: {
        // More risks sort after fewer; good match (no risk) first.
        const auto &risks = e.scored.fit.risks;
        const bool good = risks.size() == 1 && risks.front() == core::Risk::GoodMatch;
        return scored ? (good ? 0 : int(risks.size())) : -1;
    }
    case PlacementColumn: return placementText(e).toCaseFolded();
    case LevelMixColumn:
        // Product-heavy first: the generalist's signal.
        return f.mix.total() == 0 ? -1.0 : double(f.mix.product) / f.mix.total();
    case DisagreementColumn: return e.scored.disagreement ? 1 : 0;
    case GapsColumn: return e.notProbed();
    case DecisionColumn:
        return e.decision() ? Terms::outcome(e.decision()->outcome).toCaseFolded() : QString();
    default: return {};
    }
}

QString BoardModel::toolTip(const BoardEntry &e, int column) const
{
    const core::CandidateFigures &f = e.scored.figures;
    switch (column) {
    case SubmittedColumn: {
        // The amended ones, with when and why: the committee reads the amended version.
        QStringList amended;
        for (const core::Interview &i : e.submitted) {
            if (i.isAmendment())
                amended << tr("%1: %2").arg(QString::fromStdString(i.interviewer),
                                            VersionText::amended(i));
        }
        return amended.join(QLatin1Char('\n'));
    }
    case DraftsColumn:
        return f.draftInterviews == 0
                   ? QString()
                   : tr("%n interview(s) still in draft: not counted, not shown to the committee.",
                        nullptr, f.draftInterviews);
    case RisksColumn: {
        QStringList lines;
        for (core::Risk r : e.scored.fit.risks)
            lines << FitRisks::name(r, e.scored.fit, *m_taxonomyText) + tr(": ")
                         + FitRisks::meaning(r, e.scored.fit, *m_taxonomyText);
        return lines.join(QLatin1Char('\n'));
    }
    case PlacementColumn: {
        const core::PlacementOverride *o = e.placementOverride();
        if (!o)
            return tr("No committee placement: the formula's figures stand alone.");
        return tr("Placed by %1: %2\nThe formula's figures stay: breadth %3, depth %4.")
            .arg(QString::fromStdString(o->recordedBy), QString::fromStdString(o->reason),
                 Terms::figure(f.breadth), Terms::figure(f.depth));
    }
    case LevelMixColumn: return levelMixText(f.mix);
    case DisagreementColumn:
        return e.scored.disagreement
                   ? tr("Interviewers disagree on this candidate (depth in a domain by 2 or more, "
                        "breadth by %1 or more, or the most frequent level). Open Who Said What.")
                         .arg(Terms::figure(core::Scorer::RiskGap))
                   : QString();
    case GapsColumn: {
        const QString names = gapsText(e);
        return names.isEmpty() ? tr("Every demanded domain and every layer has evidence.")
                               : tr("No submitted interview probed: %1").arg(names);
    }
    case DecisionColumn: {
        const core::Decision *d = e.decision();
        if (!d)
            return tr("No decision recorded yet.");
        return tr("%1 by %2, %3\n%4")
            .arg(Terms::outcome(d->outcome), QString::fromStdString(d->recordedBy),
                 QLocale().toString(
                     QDateTime::fromMSecsSinceEpoch(d->decidedAt.time_since_epoch().count()),
                     QLocale::ShortFormat),
                 QString::fromStdString(d->rationale));
    }
    default: return {};
    }
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Candidate");
        case SubmittedColumn: return tr("Interviews");
        case DraftsColumn: return tr("Drafts");
        case BreadthColumn: return tr("Breadth");
        case DepthColumn: return tr("Depth");
        case ArchetypeColumn: return tr("Shape");
        case FitColumn: return tr("Fit");
        case RisksColumn: return tr("Risks");
        case PlacementColumn: return tr("Committee placement");
        case LevelMixColumn: return tr("Levels");
        case DisagreementColumn: return tr("Disagreement");
        case GapsColumn: return tr("Evidence gaps");
        case DecisionColumn: return tr("Decision");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SubmittedColumn: return tr("Submitted interviews: the only ones the figures use");
        case DraftsColumn: return tr("Interviews still in draft: counted here, never shown");
        case ArchetypeColumn: return tr("The shape the formula gives");
        case PlacementColumn:
            return tr("Where a committee member placed the candidate, with a written reason; the "
                      "formula's figures stay beside it");
        case LevelMixColumn: return tr("Regret levels: product, domain-specific, mixed, unclear");
        case GapsColumn:
            return tr("Demanded domains and layers no submitted interview probed (not the same "
                      "as probed and shallow)");
        default: return {};
        }
    }
    return {};
}

} // namespace hindsight::ui
