#include "ui/candidate/interviewevidencemodel.h"
#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"

#include "ui/common/terms.h"
#include "ui/common/versiontext.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <map>

namespace hindsight::ui {

InterviewEvidenceModel::InterviewEvidenceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void InterviewEvidenceModel::setInterviews(std::vector<core::Interview> interviews,
                                           const TaxonomyText &taxonomy,
                                           std::vector<core::Interview> earlier)
{
    beginResetModel();
    m_interviews = std::move(interviews);
    m_earlier = std::move(earlier);
    m_taxonomy = taxonomy;
    m_nodes.clear();
    const int count = int(m_interviews.size());
    for (int i = 0; i < count; ++i)
        m_nodes.push_back({Kind::Interview, i, -1, -1, i, {}});

    auto addChild = [this](int parent, Kind kind, int interview, int item) {
        const int row = int(m_nodes[std::size_t(parent)].children.size());
        m_nodes.push_back({kind, interview, item, parent, row, {}});
        const int at = int(m_nodes.size()) - 1;
        m_nodes[std::size_t(parent)].children.push_back(at);
    };
    for (int i = 0; i < count; ++i) {
        const core::Interview &iv = m_interviews[std::size_t(i)];
        // Earlier versions first, the first first: the history before what counts now.
        std::vector<int> chain;
        for (core::Id back = iv.submitted ? iv.amends : 0; back != 0;) {
            const auto it = std::find_if(m_earlier.begin(), m_earlier.end(),
                                         [back](const core::Interview &e) { return e.id == back; });
            if (it == m_earlier.end() || chain.size() >= m_earlier.size())
                break;
            chain.insert(chain.begin(), int(it - m_earlier.begin()));
            back = it->amends;
        }
        for (int e : chain)
            addChild(i, Kind::Version, i, e);
        std::map<core::Id, int> regretNodes;
        for (int r = 0; r < int(iv.regrets.size()); ++r) {
            addChild(i, Kind::Regret, i, r);
            regretNodes[iv.regrets[std::size_t(r)].id] = int(m_nodes.size()) - 1;
        }
        for (int n = 0; n < int(iv.notes.size()); ++n) {
            const core::Note &note = iv.notes[std::size_t(n)];
            const auto it = note.regretId ? regretNodes.find(note.regretId) : regretNodes.end();
            addChild(it == regretNodes.end() ? i : it->second, Kind::Note, i, n);
        }
    }
    endResetModel();
}

InterviewEvidenceModel::Kind InterviewEvidenceModel::kind(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? n->kind : Kind::Interview;
}

const core::Interview *InterviewEvidenceModel::interview(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (n && n->kind == Kind::Version)
        return &m_earlier[std::size_t(n->item)];
    return n ? &m_interviews[std::size_t(n->interview)] : nullptr;
}

int InterviewEvidenceModel::versionCount(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return 0;
    // Versions are numbered from 1 without gaps; a draft amendment is not a version yet.
    const core::Interview &current = m_interviews[std::size_t(n->interview)];
    return current.submitted ? current.version : std::max(1, current.version - 1);
}

core::TimePoint InterviewEvidenceModel::replacedAt(const core::Interview &old) const
{
    for (const auto *list : {&m_earlier, &m_interviews}) {
        for (const core::Interview &v : *list) {
            if (v.id == old.supersededBy)
                return v.amendedAt;
        }
    }
    return {};
}

const core::Regret *InterviewEvidenceModel::regret(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n || n->kind != Kind::Regret)
        return nullptr;
    return &m_interviews[std::size_t(n->interview)].regrets[std::size_t(n->item)];
}

const core::Note *InterviewEvidenceModel::note(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n || n->kind != Kind::Note)
        return nullptr;
    return &m_interviews[std::size_t(n->interview)].notes[std::size_t(n->item)];
}

QModelIndex InterviewEvidenceModel::indexOfRegret(core::Id regretId) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.kind == Kind::Regret
            && m_interviews[std::size_t(n.interview)].regrets[std::size_t(n.item)].id == regretId)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

const InterviewEvidenceModel::Node *InterviewEvidenceModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[std::size_t(index.internalId())];
}

QModelIndex InterviewEvidenceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_interviews.size()) ? createIndex(row, column, quintptr(row))
                                              : QModelIndex();
    const Node *p = node(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, quintptr(p->children[std::size_t(row)]));
}

QModelIndex InterviewEvidenceModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[std::size_t(n->parent)].row, 0, quintptr(n->parent));
}

int InterviewEvidenceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_interviews.size());
    const Node *p = node(parent);
    return p && parent.column() == 0 ? int(p->children.size()) : 0;
}

int InterviewEvidenceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InterviewEvidenceModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    // Earlier versions do not count either: they are greyed like drafts.
    const bool draft = !m_interviews[std::size_t(n->interview)].submitted
                       || n->kind == Kind::Version;
    switch (role) {
    case Qt::DisplayRole: return display(*n, index.column());
    case Qt::ToolTipRole: return PlainText::toolTip(toolTip(*n, index.column()));
    case Qt::AccessibleTextRole: {
        const QString text = display(*n, index.column()).toString();
        if (n->kind == Kind::Version || index.column() != TextColumn || !draft)
            return text;
        return tr("Draft: %1").arg(text);
    }
    case Qt::FontRole: {
        QFont f = QGuiApplication::font();
        const bool quote = n->kind == Kind::Note
                           && m_interviews[std::size_t(n->interview)].notes[std::size_t(n->item)].quote;
        f.setItalic(draft || quote);
        f.setBold(n->kind == Kind::Interview && index.column() == TextColumn);
        f.setItalic(f.italic() && n->kind != Kind::Version);
        return f;
    }
    case Qt::TextAlignmentRole:
        return index.column() == DepthColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ForegroundRole:
        if (draft || (index.column() != TextColumn && n->kind == Kind::Note))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default: return {};
    }
}

QVariant InterviewEvidenceModel::display(const Node &n, int column) const
{
    const core::Interview &iv = m_interviews[std::size_t(n.interview)];
    if (n.kind == Kind::Interview) {
        // Interview rows span every column (see EvidenceView), so all of it goes in one text.
        if (column != TextColumn)
            return {};
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(
            iv.startedAt.time_since_epoch().count());
        const QString date = LocaleText::shortDate(start.date());
        const QString who = Terms::text(iv.interviewer);
        const QString counts = tr("%n regret(s)", nullptr, int(iv.regrets.size())) + tr(", ")
                               + tr("%n note(s)", nullptr, int(iv.notes.size()));
        // The amendment before the counts: the row may be cut off, and the regrets and notes are
        // listed under it anyway.
        if (iv.submitted && iv.isAmendment())
            return tr("Interview by %1 · %2 · submitted, %3 · %4")
                .arg(who, date, VersionText::amended(iv), counts);
        if (iv.isAmendment())
            return tr("Draft by %1 · not counted until submitted · %2 · %3")
                .arg(who, counts, VersionText::inProgress(iv));
        return iv.submitted
                   ? tr("Interview by %1 · %2 · submitted · %3").arg(who, date, counts)
                   : tr("Draft by %1 · %2 · not counted until submitted · %3").arg(who, date, counts);
    }
    if (n.kind == Kind::Version) {
        if (column != TextColumn)
            return {};
        const core::Interview &old = m_earlier[std::size_t(n.item)];
        return tr("%1 · %2").arg(VersionText::replaced(old, iv.version, replacedAt(old)),
                                 tr("%n regret(s)", nullptr, int(old.regrets.size())) + tr(", ")
                                     + tr("%n note(s)", nullptr, int(old.notes.size())));
    }
    if (n.kind == Kind::Regret) {
        const core::Regret &r = iv.regrets[std::size_t(n.item)];
        switch (column) {
        case TextColumn: {
            const QString decision = Terms::text(r.decision);
            return decision.isEmpty() ? tr("Regret %1 (no decision written down)").arg(n.item + 1)
                                      : decision;
        }
        case TimeColumn: return {};
        case KindColumn: return Terms::level(r.level);
        case DomainColumn: return r.domain.empty() ? QString() : m_taxonomy.domain(r.domain);
        // The number alone keeps the column narrow; tooltip and detail pane carry the anchor.
        case DepthColumn: return LocaleText::number(r.depth);
        case LayersColumn: return m_taxonomy.layers(r.layers).join(tr(", "));
        }
    }
    const core::Note &note = iv.notes[std::size_t(n.item)];
    switch (column) {
    case TextColumn: {
        const QString text = Terms::text(note.text);
        return note.quote ? Terms::quoted(text) : text;
    }
    case TimeColumn: return Terms::offset(note.atMs);
    case KindColumn:
        return note.quote ? tr("%1, quote").arg(Terms::stage(note.stage)) : Terms::stage(note.stage);
    }
    return {};
}

QString InterviewEvidenceModel::toolTip(const Node &n, int column) const
{
    const core::Interview &iv = m_interviews[std::size_t(n.interview)];
    switch (n.kind) {
    case Kind::Interview:
        if (iv.isAmendment())
            return iv.submitted ? tr("Submitted: counts for the figures above. %1")
                                      .arg(VersionText::amended(iv))
                                : VersionText::inProgress(iv);
        return iv.submitted ? tr("Submitted: counts for the figures above.")
                            : tr("Draft: not counted until the interviewer submits it.");
    case Kind::Version:
        return tr("Kept exactly as it was submitted; it no longer counts. Enter opens it "
                  "read-only.");
    case Kind::Regret: {
        const core::Regret &r = iv.regrets[std::size_t(n.item)];
        if (column == LayersColumn)
            return m_taxonomy.layers(r.layers).join(tr(", "));
        if (column == TextColumn)
            return Terms::text(r.decision);
        return tr("Depth %1, %2: %3")
            .arg(LocaleText::number(r.depth), Terms::depthTag(r.depth),
                 Terms::depthMeaning(r.depth));
    }
    case Kind::Note: return Terms::text(iv.notes[std::size_t(n.item)].text);
    }
    return {};
}

QVariant InterviewEvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Evidence");
    case TimeColumn: return tr("When");
    case KindColumn: return tr("Level / stage");
    case DomainColumn: return tr("Domain");
    case DepthColumn: return tr("Depth");
    case LayersColumn: return tr("Layers");
    }
    return {};
}

} // namespace hindsight::ui
