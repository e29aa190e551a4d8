#include "ui/interchange/personexporter.h"

#include "ui/interchange/atomicfile.h"

#include "core/storage/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace hindsight::interchange {

using namespace Qt::StringLiterals;

namespace {

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

QJsonValue isoTime(core::TimePoint time)
{
    if (time == core::TimePoint{})
        return QJsonValue::Null; // never recorded (a tick of an old schema, an unsealed version)
    const qint64 ms = time.time_since_epoch().count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue idOrNull(core::Id id)
{
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qint64(id));
}

QString stateOf(const core::Interview &interview)
{
    if (!interview.submitted)
        return u"draft"_s;
    return interview.isSuperseded() ? u"superseded"_s : u"submitted"_s;
}

QJsonObject regretObject(const core::Regret &r)
{
    QJsonArray layers;
    for (const std::string &layer : r.layers)
        layers.append(text(layer));
    return QJsonObject{
        {u"id"_s, qint64(r.id)},
        {u"position"_s, r.position},
        {u"system"_s, text(r.system)},
        {u"decision"_s, text(r.decision)},
        {u"why"_s, text(r.why)},
        {u"instead"_s, text(r.instead)},
        {u"impact"_s, text(r.impact)},
        {u"level"_s, text(std::string(core::Regret::levelId(r.level)))},
        {u"levelChosen"_s, r.levelChosen},
        {u"domain"_s, text(r.domain)},
        {u"depth"_s, r.depth},
        {u"depthChosen"_s, r.depthChosen},
        {u"layers"_s, layers},
    };
}

QJsonObject interviewObject(const core::Interview &i)
{
    QJsonArray regrets;
    for (const core::Regret &r : i.regrets)
        regrets.append(regretObject(r));
    QJsonArray notes;
    for (const core::Note &n : i.notes) {
        notes.append(QJsonObject{
            {u"id"_s, qint64(n.id)},
            {u"at"_s, isoTime(i.startedAt + std::chrono::milliseconds(n.atMs))},
            {u"atMs"_s, qint64(n.atMs)},
            {u"stage"_s, text(n.stage)},
            {u"text"_s, text(n.text)},
            {u"quote"_s, n.quote},
            {u"regretId"_s, idOrNull(n.regretId)},
        });
    }
    QJsonArray ticks;
    for (const core::ProbeTick &t : i.probeTicks) {
        ticks.append(QJsonObject{{u"probe"_s, text(t.probe)},
                                 {u"regretId"_s, idOrNull(t.regretId)},
                                 {u"tickedAt"_s, isoTime(t.tickedAt)}});
    }
    QJsonObject stageTimes;
    for (const auto &[stage, ms] : i.stageMs)
        stageTimes.insert(text(stage), qint64(ms));
    return QJsonObject{
        {u"id"_s, qint64(i.id)},
        {u"state"_s, stateOf(i)},
        {u"interviewer"_s, text(i.interviewer)},
        {u"startedAt"_s, isoTime(i.startedAt)},
        {u"version"_s, i.version},
        {u"amends"_s, idOrNull(i.amends)},
        {u"supersededBy"_s, idOrNull(i.supersededBy)},
        {u"amendReason"_s, text(i.amendReason)},
        {u"amendedAt"_s, isoTime(i.amendedAt)},
        {u"stage"_s, text(i.stage)},
        {u"currentRegret"_s, i.currentRegret},
        {u"pendingNote"_s, text(i.pendingNote)},
        {u"digest"_s, text(i.digest)},
        {u"stageTimesMs"_s, stageTimes},
        {u"regrets"_s, regrets},
        {u"notes"_s, notes},
        {u"probeTicks"_s, ticks},
    };
}

// Every version of every interview about the candidate, oldest first: the current versions lead
// to the rest of their chains.
core::Result<std::vector<core::Interview>> allVersions(core::Store &store, core::Id candidateId)
{
    auto current = store.interviews(candidateId);
    if (!current)
        return current.error();
    std::vector<core::Interview> all;
    std::set<core::Id> seen;
    for (const core::Interview &interview : *current) {
        if (seen.count(interview.id))
            continue;
        auto versions = store.interviewVersions(interview.id);
        if (!versions)
            return versions.error();
        for (core::Interview &v : *versions) {
            if (seen.insert(v.id).second)
                all.push_back(std::move(v));
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const core::Interview &a, const core::Interview &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    return all;
}

} // namespace

core::Result<QByteArray> PersonExporter::toJson(core::Store &store, core::Id candidateId)
{
    auto candidate = store.candidate(candidateId);
    if (!candidate)
        return candidate.error();
    auto role = store.role(candidate->roleId);
    if (!role)
        return role.error();
    auto activity = store.candidateActivity();
    if (!activity)
        return activity.error();
    QJsonValue lastActivity = QJsonValue::Null;
    for (const core::CandidateActivity &a : *activity) {
        if (a.candidate.id == candidateId && a.lastActivity)
            lastActivity = isoTime(*a.lastActivity);
    }
    auto interviews = allVersions(store, candidateId);
    if (!interviews)
        return interviews.error();
    auto decisions = store.decisions(candidateId);
    if (!decisions)
        return decisions.error();
    auto overrides = store.placementOverrides(candidateId);
    if (!overrides)
        return overrides.error();

    QJsonArray interviewList;
    for (const core::Interview &i : *interviews)
        interviewList.append(interviewObject(i));
    QJsonArray decisionList;
    for (const core::Decision &d : *decisions) {
        decisionList.append(QJsonObject{
            {u"id"_s, qint64(d.id)},
            {u"outcome"_s, text(std::string(core::Decision::outcomeId(d.outcome)))},
            {u"rationale"_s, text(d.rationale)},
            {u"recordedBy"_s, text(d.recordedBy)},
            {u"decidedAt"_s, isoTime(d.decidedAt)},
        });
    }
    QJsonArray overrideList;
    for (const core::PlacementOverride &o : *overrides) {
        overrideList.append(QJsonObject{
            {u"id"_s, qint64(o.id)},
            {u"breadth"_s, o.breadth},
            {u"depth"_s, o.depth},
            {u"reason"_s, text(o.reason)},
            {u"recordedBy"_s, text(o.recordedBy)},
            {u"recordedAt"_s, isoTime(o.recordedAt)},
        });
    }
    const QJsonObject person{
        {u"id"_s, qint64(candidate->id)},
        {u"name"_s, text(candidate->name)},
        {u"email"_s, text(candidate->email)},
        {u"status"_s,
         candidate->status == core::Candidate::Status::Withdrawn ? u"withdrawn"_s : u"active"_s},
        {u"role"_s, QJsonObject{{u"id"_s, qint64(role->id)}, {u"title"_s, text(role->title)}}},
        {u"lastActivity"_s, lastActivity},
    };
    const QJsonObject root{
        {u"format"_s, u"hindsight-person"_s},
        {u"version"_s, 1},
        {u"exportedAt"_s,
         isoTime(std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now()))},
        {u"about"_s,
         u"Everything this Hindsight database holds about one candidate (GDPR Article 15). "
         "Interviews in state \"draft\" were not submitted by their interviewer; they are "
         "included because they are about this person."_s},
        {u"candidate"_s, person},
        {u"interviews"_s, interviewList},
        {u"decisions"_s, decisionList},
        {u"placementOverrides"_s, overrideList},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Failure> PersonExporter::exportFile(core::Store &store, core::Id candidateId,
                                                  const QString &fileName)
{
    auto json = toJson(store, candidateId);
    if (!json)
        return Failure::of(tr("cannot export to %1").arg(fileName), json.error());
    return AtomicFile::write(fileName, *json, AtomicFile::Access::OwnerOnlyAlways);
}

} // namespace hindsight::interchange
