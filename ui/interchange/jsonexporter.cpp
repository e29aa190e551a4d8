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

// Entities go with their identities (DESIGN.md, Identity). A time of edit that is unknown (a row
// written before schema 7) is left out rather than written as 1970.
void insertId(QJsonObject &object, const std::string &uuid)
{
    if (!uuid.empty())
        object.insert(u"id"_s, text(uuid));
}

void insertTime(QJsonObject &object, const QString &key, core::TimePoint time)
{
    if (time != core::TimePoint{})
        object.insert(key, isoTime(time));
}

QJsonObject roleObject(const core::Role &role, const std::vector<core::TeamMember> &team)
{
    QJsonObject demands;
    for (const auto &[domain, depth] : role.domainDemands)
        demands.insert(text(domain), depth);
    QJsonObject object{
        {u"id"_s, text(role.uuid)},
        {u"title"_s, text(role.title)},
        {u"description"_s, text(role.description)},
        {u"breadthDemand"_s, role.breadthDemand},
        {u"domainDemands"_s, demands},
    };
    insertTime(object, u"updatedAt"_s, role.updatedAt);
    if (!team.empty()) {
        QJsonArray members;
        for (const core::TeamMember &m : team) {
            QJsonObject member{{u"name"_s, text(m.name)},
                               {u"breadth"_s, m.breadth},
                               {u"depth"_s, m.depth}};
            insertId(member, m.uuid);
            members.append(member);
        }
        object.insert(u"team"_s, members);
    }
    return object;
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
    insertId(object, regret.uuid);
    return object;
}

// The regret with row id `regretId` among `regrets`, if any: by its identity, or by its index when
// it has none (a dataset built in memory).
std::optional<QJsonValue> regretLink(core::Id regretId, const std::vector<core::Regret> &regrets)
{
    if (regretId == 0)
        return std::nullopt;
    const auto linked = std::find_if(regrets.begin(), regrets.end(), [&](const core::Regret &regret) {
        return regret.id == regretId;
    });
    if (linked == regrets.end())
        return std::nullopt;
    if (linked->uuid.empty())
        return QJsonValue(qint64(linked - regrets.begin()));
    return QJsonValue(text(linked->uuid));
}

QJsonObject noteObject(const core::Note &note, const std::vector<core::Regret> &regrets)
{
    QJsonObject object{
        {u"atMs"_s, qint64(note.atMs)},
        {u"stage"_s, text(note.stage)},
        {u"text"_s, text(note.text)},
        {u"quote"_s, note.quote},
    };
    // The regret the note is evidence for, by the regret's id: without the link the note would
    // lose what it supports.
    if (auto link = regretLink(note.regretId, regrets))
        object.insert(u"regret"_s, *link);
    insertId(object, note.uuid);
    return object;
}

QJsonObject probeObject(const core::ProbeTick &tick, const std::vector<core::Regret> &regrets)
{
    QJsonObject object{{u"probe"_s, text(tick.probe)}};
    if (auto link = regretLink(tick.regretId, regrets))
        object.insert(u"regret"_s, *link);
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
        {u"id"_s, interview.uuid.empty() ? u"i%1"_s.arg(number) : text(interview.uuid)},
        {u"version"_s, interview.version},
        {u"interviewer"_s, text(interview.interviewer)},
        {u"interviewerEmail"_s, text(interview.interviewerEmail)},
        {u"startedAt"_s, isoTime(interview.startedAt)},
        {u"submitted"_s, interview.submitted},
        {u"regrets"_s, regrets},
        {u"notes"_s, notes},
    };
    // An amendment says why and when; the version it replaced stays where it was sealed.
    if (interview.isAmendment()) {
        object.insert(u"amendReason"_s, text(interview.amendReason));
        insertTime(object, u"amendedAt"_s, interview.amendedAt);
    }
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

// Entities of a dataset built in memory (a test's, a generator's) may have no identity yet: they
// get ids local to the file, as in version 1.
QJsonObject candidateObject(const core::Dataset::CandidateEntry &entry, const QString &roleId,
                            std::size_t index, int &interviewNumber)
{
    const core::Candidate &candidate = entry.candidate;
    QJsonArray interviews;
    for (const core::Interview &interview : entry.interviews)
        interviews.append(interviewObject(interview, ++interviewNumber));
    QJsonObject object{
        {u"id"_s, candidate.uuid.empty() ? u"c%1"_s.arg(index + 1) : text(candidate.uuid)},
        {u"name"_s, text(candidate.name)},
        {u"email"_s, text(candidate.email)},
        {u"roleId"_s, roleId},
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
            QJsonObject entry{{u"outcome"_s, outcomeText(d.outcome)},
                              {u"rationale"_s, text(d.rationale)},
                              {u"recordedBy"_s, text(d.recordedBy)},
                              {u"decidedAt"_s, isoTime(d.decidedAt)}};
            insertId(entry, d.uuid);
            history.append(entry);
        }
        object.insert(u"decisions"_s, history);
    }
    if (!candidate.profileLink.empty())
        object.insert(u"profileLink"_s, text(candidate.profileLink));
    insertTime(object, u"updatedAt"_s, candidate.updatedAt);
    if (!entry.overrides.empty()) {
        QJsonArray overrides;
        for (const core::PlacementOverride &o : entry.overrides) {
            QJsonObject entry{{u"breadth"_s, o.breadth},
                              {u"depth"_s, o.depth},
                              {u"reason"_s, text(o.reason)},
                              {u"recordedBy"_s, text(o.recordedBy)},
                              {u"recordedAt"_s, isoTime(o.recordedAt)}};
            insertId(entry, o.uuid);
            overrides.append(entry);
        }
        object.insert(u"overrides"_s, overrides);
    }
    return object;
}

} // namespace

QByteArray JsonExporter::toJson(const core::Dataset &dataset)
{
    std::vector<QString> roleIds;
    std::vector<std::vector<core::TeamMember>> teams(dataset.roles.size());
    for (const core::Dataset::TeamEntry &entry : dataset.team)
        teams.at(entry.roleIndex).push_back(entry.member);
    QJsonArray roles;
    for (std::size_t i = 0; i < dataset.roles.size(); ++i) {
        QJsonObject role = roleObject(dataset.roles[i], teams[i]);
        if (dataset.roles[i].uuid.empty())
            role.insert(u"id"_s, u"r%1"_s.arg(i + 1));
        roleIds.push_back(role.value(u"id"_s).toString());
        roles.append(role);
    }
    QJsonArray candidates;
    int interviewNumber = 0;
    for (std::size_t i = 0; i < dataset.candidates.size(); ++i) {
        const core::Dataset::CandidateEntry &entry = dataset.candidates[i];
        candidates.append(candidateObject(entry, roleIds.at(entry.roleIndex), i, interviewNumber));
    }
    const QJsonObject root{
        {u"format"_s, u"hindsight"_s},
        {u"version"_s, 2},
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
