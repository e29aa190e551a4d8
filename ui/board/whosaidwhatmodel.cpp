#include "ui/board/whosaidwhatmodel.h"
#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"

#include "ui/common/regretanswer.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"
#include "ui/common/versiontext.h"
#include "ui/interview/probesasked.h"
#include "ui/interview/stageguide.h"

#include "core/scoring/scorer.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hindsight::ui {

WhoSaidWhatModel::WhoSaidWhatModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_text(std::make_unique<TaxonomyText>())
{
}

WhoSaidWhatModel::~WhoSaidWhatModel() = default;

void WhoSaidWhatModel::setInterviews(std::vector<core::Interview> submitted,
                                     const core::Taxonomy &taxonomy,
                                     const core::InterviewerDirectory *interviewers)
{
    beginResetModel();
    m_interviews.clear();
    for (core::Interview &i : submitted) {
        if (i.submitted) // drafts are never shown to anyone but their author
            m_interviews.push_back(std::move(i));
    }
    core::InterviewerDirectory own;
    if (!interviewers) {
        for (const core::Interview &i : m_interviews)
            own.add(core::Interviewer::of(i), i.startedAt);
        interviewers = &own;
    }
    m_names.clear();
    for (const core::Interview &i : m_interviews) {
        const std::string shown = interviewers->displayName(
            interviewers->identity(core::Interviewer::of(i)));
        m_names.push_back(Terms::text(shown.empty() ? i.interviewer : shown));
    }
    m_text = std::make_unique<TaxonomyText>(taxonomy);
    const core::Scorer scorer(taxonomy.layerCount());
    m_figures.clear();
    m_regretRows = 0;
    for (const core::Interview &i : m_interviews) {
        m_figures.push_back(scorer.interview(i));
        m_regretRows = std::max(m_regretRows, i.regrets.size());
    }
    // Which part of DESIGN.md's disagreement rule fires, for any two interviews.
    m_breadthDisagrees = m_domainsDisagree = m_levelsDisagree = false;
    for (std::size_t a = 0; a < m_figures.size(); ++a) {
        for (std::size_t b = a + 1; b < m_figures.size(); ++b) {
            const core::InterviewFigures &fa = m_figures[a];
            const core::InterviewFigures &fb = m_figures[b];
            if (std::abs(fa.breadth - fb.breadth) >= core::Scorer::RiskGap - 1e-9)
                m_breadthDisagrees = true;
            for (const auto &[domain, depth] : fa.domainDepth) {
                const auto it = fb.domainDepth.find(domain);
                if (it != fb.domainDepth.end() && std::abs(depth - it->second) >= 2)
                    m_domainsDisagree = true;
            }
            const auto ma = fa.mix.modes();
            const auto mb = fb.mix.modes();
            if (!ma.empty() && !mb.empty()
                && std::none_of(ma.begin(), ma.end(), [&](auto l) { return mb.count(l) > 0; }))
                m_levelsDisagree = true;
        }
    }
    endResetModel();
}

bool WhoSaidWhatModel::rowDisagrees(int row) const
{
    switch (row) {
    case BreadthRow: return m_breadthDisagrees;
    case DomainsRow: return m_domainsDisagree;
    case LevelsRow: return m_levelsDisagree;
    default: return false;
    }
}

int WhoSaidWhatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedRowCount + int(m_regretRows);
}

int WhoSaidWhatModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interviews.size());
}

QString WhoSaidWhatModel::regretText(const core::Regret &r) const
{
    QStringList parts;
    QString tags = Terms::level(r.level);
    if (!r.domain.empty())
        tags += tr(" · ") + m_text->domain(r.domain);
    tags += tr(" · depth %1 (%2)").arg(r.depth).arg(Terms::depthTag(r.depth));
    parts << tags;
    if (!r.layers.empty())
        parts << tr("Layers: %1").arg(m_text->layers(r.layers).join(tr(", ")));
    // The whole answer, labelled; the fields left empty are left out.
    for (const RegretAnswer::Part &part : RegretAnswer::filled(r))
        parts << tr("%1: %2").arg(part.label, part.text);
    return parts.join(QLatin1Char('\n'));
}

QString WhoSaidWhatModel::probesText(const core::Interview &i) const
{
    if (i.probeTicks.empty())
        return tr("None ticked");
    // Per regret, each probed on its own: the regret, then one probe a line.
    QStringList blocks;
    for (const ProbesAsked::Regret &regret : ProbesAsked::of(i)) {
        const QString name = regret.position < 0 ? tr("Not tied to a regret")
                                                 : tr("Regret %1").arg(regret.position + 1);
        if (regret.probes.empty()) {
            blocks << tr("%1: none ticked").arg(name);
            continue;
        }
        QStringList lines{tr("%1:").arg(name)};
        for (const ProbesAsked::Probe &p : regret.probes)
            lines << tr("• %1").arg(p.text);
        blocks << lines.join(QLatin1Char('\n'));
    }
    return blocks.join(QLatin1Char('\n'));
}

QString WhoSaidWhatModel::cellText(std::size_t column, int row) const
{
    const core::Interview &i = m_interviews[column];
    const core::InterviewFigures &f = m_figures[column];
    int deepest = 0;
    for (const auto &[domain, depth] : f.domainDepth)
        deepest = std::max(deepest, depth);
    switch (row) {
    case StartedRow: {
        const QString started = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(i.startedAt.time_since_epoch().count()),
            QLocale::ShortFormat);
        // What the committee reads is the amended version: say so, when and why.
        return i.isAmendment() ? started + QLatin1Char('\n') + VersionText::amended(i) : started;
    }
    case BreadthRow: return Terms::figure(f.breadth);
    case DepthRow: return Terms::figure(core::Scorer::DepthScale * deepest);
    case ShapeRow:
        return Terms::archetype(core::Scorer::archetype(f.breadth,
                                                        core::Scorer::DepthScale * deepest));
    case LevelsRow:
        return tr("%1 product · %2 domain · %3 mixed · %4 unclear")
            .arg(f.mix.product)
            .arg(f.mix.domain)
            .arg(f.mix.mixed)
            .arg(f.mix.unclear);
    case LayersRow:
        return f.layers.empty() ? tr("None at depth 2 or more")
                                : m_text->layers(f.layers).join(tr(", "));
    case DomainsRow: {
        QStringList domains;
        for (const auto &[domain, depth] : f.domainDepth)
            domains << tr("%1 %2").arg(m_text->domain(domain)).arg(depth);
        return domains.isEmpty() ? tr("None") : domains.join(QLatin1Char('\n'));
    }
    case ProbesRow: return probesText(i);
    default: {
        const std::size_t regret = std::size_t(row - FixedRowCount);
        return regret < i.regrets.size() ? regretText(i.regrets[regret]) : QString();
    }
    }
}

QVariant WhoSaidWhatModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= columnCount() || index.row() >= rowCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return PlainText::toolTip(cellText(std::size_t(index.column()), index.row()));
    case Qt::FontRole:
        if (rowDisagrees(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignTop);
    case DisagreementRole: return rowDisagrees(index.row());
    default: return {};
    }
}

QVariant WhoSaidWhatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const core::Interview &i = m_interviews[std::size_t(section)];
        const QString &name = m_names[std::size_t(section)];
        if (role == Qt::DisplayRole)
            return i.isAmendment() ? tr("%1 (amended)").arg(name) : name;
        if (role != Qt::ToolTipRole)
            return {};
        QStringList tip;
        if (i.isAmendment())
            tip << tr("%1, version %2, %3")
                       .arg(name, LocaleText::number(i.version), VersionText::amended(i));
        // Another name than the one shown: say what the interview itself records.
        if (const QString recorded = Terms::interviewer(core::Interviewer::of(i)); recorded != name)
            tip << tr("Recorded as %1.").arg(recorded);
        return tip.isEmpty() ? QVariant() : QVariant(PlainText::toolTip(tip.join(u'\n')));
    }
    if (role == Qt::ToolTipRole && rowDisagrees(section))
        return tr("The interviews disagree here by the committee's rule.");
    if (role == Qt::FontRole && rowDisagrees(section)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    QString name;
    switch (section) {
    case StartedRow: name = tr("Interviewed"); break;
    case BreadthRow: name = tr("Breadth"); break;
    case DepthRow: name = tr("Depth"); break;
    case ShapeRow: name = tr("Shape"); break;
    case LevelsRow: name = tr("Levels"); break;
    case LayersRow: name = tr("Layers reached"); break;
    case DomainsRow: name = tr("Domain depths"); break;
    case ProbesRow: name = tr("Probes asked"); break;
    default: name = tr("Regret %1").arg(section - FixedRowCount + 1); break;
    }
    // The flag in words, not only in weight: "≠" marks where the interviews disagree.
    return rowDisagrees(section) ? tr("%1 ≠").arg(name) : name;
}

} // namespace hindsight::ui
