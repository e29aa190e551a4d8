#include "app/scoresformatter.h"
#include "app/terminaltable.h"
#include "app/terminaltext.h"

#include "ui/interchange/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace hindsight::app {

namespace {

QString risksText(const core::Fit &fit)
{
    QStringList ids;
    for (core::Risk r : fit.risks)
        ids << QString::fromUtf8(core::riskId(r));
    return ids.join(QStringLiteral(" "));
}

QString id(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

} // namespace

std::vector<core::ScoredCandidate> ScoresFormatter::ranked(std::vector<core::ScoredCandidate> rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.fit.score > b.fit.score; });
    return rows;
}

QByteArray ScoresFormatter::format(const core::Role &role,
                                   const std::vector<core::ScoredCandidate> &rows,
                                   Invocation::Format format)
{
    switch (format) {
    case Invocation::Format::Table: return table(role, ranked(rows));
    case Invocation::Format::Json: return json(ranked(rows));
    case Invocation::Format::Csv: return csv(ranked(rows));
    }
    return {};
}

QByteArray ScoresFormatter::table(const core::Role &role,
                                  const std::vector<core::ScoredCandidate> &rows)
{
    // Breadth, depth and fit are figures.
    TerminalTable table({tr("Candidate"), tr("Breadth"), tr("Depth"), tr("Archetype"), tr("Fit"),
                         tr("Risks")},
                        {1, 2, 4});
    for (const auto &r : rows) {
        table.addRow({TerminalText::field(QString::fromStdString(r.candidate.name)),
                      QString::number(r.figures.breadth, 'f', 2),
                      QString::number(r.figures.depth, 'f', 2),
                      id(core::archetypeId(r.figures.archetype)), QString::number(r.fit.score),
                      risksText(r.fit)});
    }

    const core::RoleTarget target = core::Scorer::target(role);
    QString text = tr("%1 — target breadth %2, depth %3 (%4); %n candidate(s)", nullptr,
                      int(rows.size()))
                       .arg(TerminalText::field(QString::fromStdString(role.title)))
                       .arg(target.breadth, 0, 'f', 2)
                       .arg(target.depth, 0, 'f', 2)
                       .arg(id(core::archetypeId(target.archetype)))
                   + QLatin1String("\n\n");
    return (text + table.text()).toUtf8();
}

QByteArray ScoresFormatter::json(const std::vector<core::ScoredCandidate> &rows)
{
    QJsonArray array;
    for (const auto &r : rows) {
        QJsonArray risks;
        for (core::Risk risk : r.fit.risks)
            risks.append(id(core::riskId(risk)));
        QJsonObject o;
        o[QStringLiteral("candidate")] = QString::fromStdString(r.candidate.name);
        o[QStringLiteral("candidateId")] = qint64(r.candidate.id);
        o[QStringLiteral("breadth")] = r.figures.breadth;
        o[QStringLiteral("depth")] = r.figures.depth;
        o[QStringLiteral("archetype")] = id(core::archetypeId(r.figures.archetype));
        o[QStringLiteral("fit")] = r.fit.score;
        o[QStringLiteral("risks")] = risks;
        o[QStringLiteral("submittedInterviews")] = r.figures.submittedInterviews;
        o[QStringLiteral("draftInterviews")] = r.figures.draftInterviews;
        o[QStringLiteral("disagreement")] = r.disagreement;
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ScoresFormatter::csv(const std::vector<core::ScoredCandidate> &rows)
{
    interchange::CsvWriter w;
    w.addRow({QStringLiteral("candidate"), QStringLiteral("breadth"), QStringLiteral("depth"),
              QStringLiteral("archetype"), QStringLiteral("fit"), QStringLiteral("risks"),
              QStringLiteral("submitted_interviews"), QStringLiteral("draft_interviews"),
              QStringLiteral("disagreement")});
    for (const auto &r : rows) {
        w.addRow({QString::fromStdString(r.candidate.name),
                  QString::number(r.figures.breadth, 'f', 4),
                  QString::number(r.figures.depth, 'f', 4),
                  id(core::archetypeId(r.figures.archetype)), QString::number(r.fit.score),
                  risksText(r.fit), QString::number(r.figures.submittedInterviews),
                  QString::number(r.figures.draftInterviews),
                  r.disagreement ? QStringLiteral("yes") : QStringLiteral("no")},
                 {1, 2, 4, 6, 7});
    }
    return w.data();
}

} // namespace hindsight::app
