#include "ui/interchange/jsonexporter.h"

#include "ui/interchange/atomicfile.h"

#include "core/storage/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace hindsight::interchange {

using namespace Qt::StringLiterals;

namespace {

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

QString isoTime(core::TimePoint time)
{
    const qint64 ms = time.time_since_epoch().count();
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // Whole seconds are the common case (a start time typed or picked by a person); they read
    // better without ".000".
    return utc.toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QJsonObject roleObject(const core::Role &role, std::size_t index)
{
    QJsonObject demands;
    for (const auto &[domain, depth] : role.domainDemands)
        demands.insert(text(domain), depth);
    return QJsonObject{
        {u"id"_s, u"r%1"_s.arg(index + 1)},
        {u"title"_s, text(role.title)},
        {u"description"_s, text(role.description)},
        {u"breadthDemand"_s, role.breadthDemand},
        {u"domainDemands"_s, demands},
    };
}

QJsonObject regretObject(const core::Regret &regret)
{
    QJsonArray layers;
    for (const std::string &layer : regret.layers)
        layers.append(text(layer));
    QJsonObject object{
        {u"level"_s, text(std::string(core::Regret::levelId(regret.level)))},
        {u"depth"_s, regret.depth},
        {u"layers"_s, layers},
        {u"system"_s, text(regret.system)},
        {u"decision"_s, text(regret.decision)},
        {u"why"_s, text(regret.why)},
        {u"instead"_s, text(regret.instead)},
        {u"impact"_s, text(regret.impact)},
    };
    // The format leaves the domain out for product and unclear regrets; one is written only
    // when the regret has it, so nothing is lost either way.
    if (!regret.domain.empty() || core::Regret::needsDomain(regret.level))
        object.insert(u"domain"_s, text(regret.domain));
    return object;
}

// The index in `regrets` of the regret with id `regretId`, if any.
std::optional<qint64> regretIndex(core::Id regretId, const std::vector<core::Regret> &regrets)
{
    if (regretId == 0)
        return std::nullopt;
    const auto linked = std::find_if(regrets.begin(), regrets.end(), [&](const core::Regret &regret) {
        return regret.id == regretId;
    });
    if (linked == regrets.end())
        return std::nullopt;
    return qint64(linked - regrets.begin());
}

QJsonObject noteObject(const core::Note &note, const std::vector<core::Regret> &regrets)
{
    QJsonObject object{
        {u"atMs"_s, qint64(note.atMs)},
        {u"stage"_s, text(note.stage)},
        {u"text"_s, text(note.text)},
        {u"quote"_s, note.quote},
    };
    // The regret the note is evidence for, as its index in the interview's `regrets`: the
    // store's ids do not travel, and without the link the note would lose what it supports.
    if (auto index = regretIndex(note.regretId, regrets))
        object.insert(u"regret"_s, *index);
    return object;
}

QJsonObject probeObject(const core::ProbeTick &tick, const std::vector<core::Regret> &regrets)
{
    QJsonObject object{{u"probe"_s, text(tick.probe)}};
    if (auto index = regretIndex(tick.regretId, regrets))
        object.insert(u"regret"_s, *index);
    if (tick.tickedAt != core::TimePoint{})
        object.insert(u"tickedAt"_s, isoTime(tick.tickedAt));
    return object;
}

QJsonObject interviewObject(const core::Interview &interview, int number)
{
    QJsonArray regrets;
    for (const core::Regret &regret : interview.regrets)
        regrets.append(regretObject(regret));
    QJsonArray notes;
    for (const core::Note &note : interview.notes)
        notes.append(noteObject(note, interview.regrets));
    QJsonObject object{
        {u"id"_s, u"i%1"_s.arg(number)},
        {u"interviewer"_s, text(interview.interviewer)},
        {u"startedAt"_s, isoTime(interview.startedAt)},
        {u"submitted"_s, interview.submitted},
        {u"regrets"_s, regrets},
        {u"notes"_s, notes},
    };
    // The probes ticked as asked are printed in the candidate summary and sealed into a
    // submitted interview's digest, so they travel too: each with the regret it was asked for
    // (its index, as for notes) and when. The store reads them in a fixed order, which keeps the
    // file the same for the same data.
    if (!interview.probeTicks.empty()) {
        QJsonArray probes;
        for (const core::ProbeTick &tick : interview.probeTicks)
            probes.append(probeObject(tick, interview.regrets));
        object.insert(u"probes"_s, probes);
    }
    return object;
}

QString outcomeText(core::Decision::Outcome outcome)
{
    return text(std::string(core::Decision::outcomeId(outcome)));
}

QJsonObject candidateObject(const core::Dataset::CandidateEntry &entry, std::size_t index,
                            int &interviewNumber)
{
    const core::Candidate &candidate = entry.candidate;
    QJsonArray interviews;
    for (const core::Interview &interview : entry.interviews)
        interviews.append(interviewObject(interview, ++interviewNumber));
    QJsonObject object{
        {u"id"_s, u"c%1"_s.arg(index + 1)},
        {u"name"_s, text(candidate.name)},
        {u"email"_s, text(candidate.email)},
        {u"roleId"_s, u"r%1"_s.arg(entry.roleIndex + 1)},
        {u"status"_s,
         candidate.status == core::Candidate::Status::Withdrawn ? u"withdrawn"_s : u"active"_s},
        {u"interviews"_s, interviews},
    };
    if (!entry.decisions.empty()) {
        // `decision` is what the documented format knows; `decisions` keeps the history.
        const core::Decision &latest = entry.decisions.back();
        object.insert(u"decision"_s, QJsonObject{{u"outcome"_s, outcomeText(latest.outcome)},
                                                 {u"rationale"_s, text(latest.rationale)}});
        QJsonArray history;
        for (const core::Decision &d : entry.decisions) {
            history.append(QJsonObject{{u"outcome"_s, outcomeText(d.outcome)},
                                       {u"rationale"_s, text(d.rationale)},
                                       {u"recordedBy"_s, text(d.recordedBy)},
                                       {u"decidedAt"_s, isoTime(d.decidedAt)}});
        }
        object.insert(u"decisions"_s, history);
    }
    return object;
}

} // namespace

QByteArray JsonExporter::toJson(const core::Dataset &dataset)
{
    QJsonArray roles;
    for (std::size_t i = 0; i < dataset.roles.size(); ++i)
        roles.append(roleObject(dataset.roles[i], i));
    QJsonArray candidates;
    int interviewNumber = 0;
    for (std::size_t i = 0; i < dataset.candidates.size(); ++i)
        candidates.append(candidateObject(dataset.candidates[i], i, interviewNumber));
    const QJsonObject root{
        {u"format"_s, u"hindsight"_s},
        {u"version"_s, 1},
        {u"roles"_s, roles},
        {u"candidates"_s, candidates},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Failure> JsonExporter::exportFile(core::Store &store, const QString &fileName,
                                                std::optional<core::Id> roleId)
{
    auto dataset = store.exportDataset(roleId);
    if (!dataset)
        return Failure::of(tr("cannot export to %1").arg(fileName), dataset.error());
    return AtomicFile::write(fileName, toJson(*dataset));
}

} // namespace hindsight::interchange
