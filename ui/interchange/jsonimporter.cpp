#include "ui/interchange/jsonimporter.h"

#include "ui/interchange/jsonreader.h"

#include "core/stage.h"
#include "core/storage/store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <chrono>

namespace hindsight::interchange {

using namespace Qt::StringLiterals;
using Need = JsonReader::Need;

namespace {

constexpr int formatVersion = 1;

std::optional<core::TimePoint> parseIsoTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // Without an offset Qt reads local time; a file must not mean different instants on
    // machines in different zones, so such a time is taken as UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return core::TimePoint(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

JsonImporter::JsonImporter(core::Taxonomy taxonomy)
    : m_taxonomy(std::move(taxonomy))
{
}

std::optional<core::Dataset> JsonImporter::parse(const QByteArray &json, Failure *failure) const
{
    const auto refuse = [&](const QString &where, const QString &message) {
        if (failure)
            *failure = Failure{{}, where, message};
        return std::nullopt;
    };
    const QString document = documentPath;

    if (json.trimmed().isEmpty())
        return refuse(document, tr("the file is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return refuse(document,
                      tr("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject()) {
        return refuse(document, tr("expected an object at the top level, found %1")
                                    .arg(doc.isArray() ? tr("an array") : tr("a single value")));
    }
    const QJsonObject root = doc.object();

    JsonReader in;
    readHeader(in, root);
    // A file with a wrong format or version is not read any further: its fields may mean
    // something else.
    if (in.failed())
        return refuse(in.failure()->where, in.failure()->cause);

    core::Dataset dataset;
    RoleIndex roleIndex;
    dataset.roles = readRoles(in, in.array(root, {}, "roles"_L1), roleIndex);

    // One instant for every decision without a decidedAt keeps their file order when sorted.
    const core::TimePoint now = std::chrono::time_point_cast<std::chrono::milliseconds>(
        core::Clock::now());
    const QJsonArray candidates = in.array(root, {}, "candidates"_L1);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QString path = JsonReader::element(u"candidates"_s, i);
        const QJsonObject object = in.asObject(candidates.at(i), path);
        dataset.candidates.push_back(readCandidate(in, object, path, roleIndex, now));
    }

    if (in.failed())
        return refuse(in.failure()->where, in.failure()->cause);
    return dataset;
}

void JsonImporter::readHeader(JsonReader &in, const QJsonObject &root)
{
    const QString format = in.string(root, {}, "format"_L1, Need::Required);
    if (!in.failed() && format != "hindsight"_L1)
        in.fail(u"format"_s, tr("expected \"hindsight\", found \"%1\"; this is not a Hindsight "
                                "interchange file")
                                 .arg(format));
    const QJsonValue version = root.value("version"_L1);
    if (version.isUndefined()) {
        in.fail(u"version"_s, tr("this field is required but missing"));
    } else if (!version.isDouble()) {
        in.fail(u"version"_s,
                tr("expected the number %1, found %2")
                    .arg(QString::number(formatVersion), JsonReader::describe(version)));
    } else if (version.toDouble() != formatVersion) {
        in.fail(u"version"_s,
                tr("version %1 is not supported; this Hindsight reads version %2")
                    .arg(JsonReader::describe(version), QString::number(formatVersion)));
    }
}

std::vector<core::Role> JsonImporter::readRoles(JsonReader &in, const QJsonArray &roles,
                                                RoleIndex &index) const
{
    std::vector<core::Role> list;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QString path = JsonReader::element(u"roles"_s, i);
        const QJsonObject object = in.asObject(roles.at(i), path);
        const QString id = in.string(object, path, "id"_L1, Need::Required);
        // Candidates point at roles by id, so an id used twice would make them ambiguous.
        if (!in.failed() && index.contains(id))
            in.fail(JsonReader::child(path, u"id"),
                    tr("another role already has id \"%1\"").arg(id));
        index.insert(id, list.size());
        list.push_back(readRole(in, object, path));
    }
    return list;
}

core::Role JsonImporter::readRole(JsonReader &in, const QJsonObject &object,
                                  const QString &path) const
{
    core::Role role;
    role.title = utf8(in.string(object, path, "title"_L1, Need::Required, true));
    role.description = utf8(in.string(object, path, "description"_L1, Need::Optional));
    role.breadthDemand = in.number(object, path, "breadthDemand"_L1, 0.0, 10.0);
    const QString demandsPath = JsonReader::child(path, u"domainDemands");
    const QJsonObject demands = in.object(object, path, "domainDemands"_L1);
    for (auto it = demands.begin(); it != demands.end(); ++it) {
        const QString where = JsonReader::child(demandsPath, it.key());
        if (!m_taxonomy.hasDomain(utf8(it.key())))
            in.fail(where, tr("unknown domain \"%1\"").arg(it.key()));
        role.domainDemands[utf8(it.key())] = int(in.asInteger(it.value(), where, 1, 4));
    }
    return role;
}

core::Dataset::CandidateEntry JsonImporter::readCandidate(JsonReader &in, const QJsonObject &object,
                                                          const QString &path,
                                                          const RoleIndex &roles,
                                                          core::TimePoint now) const
{
    core::Dataset::CandidateEntry entry;
    // The file-local id only helps a reader of the file; the store assigns its own.
    in.string(object, path, "id"_L1, Need::Optional);
    entry.candidate.name = utf8(in.string(object, path, "name"_L1, Need::Required, true));
    entry.candidate.email = utf8(in.string(object, path, "email"_L1, Need::Optional));

    const QString roleId = in.string(object, path, "roleId"_L1, Need::Required);
    if (!in.failed() && !roles.contains(roleId))
        in.fail(JsonReader::child(path, u"roleId"), tr("no role has id \"%1\"").arg(roleId));
    entry.roleIndex = roles.value(roleId, 0);

    if (object.contains("status"_L1)) {
        const QString status = in.string(object, path, "status"_L1, Need::Optional);
        if (status == "withdrawn"_L1)
            entry.candidate.status = core::Candidate::Status::Withdrawn;
        else if (status != "active"_L1)
            in.fail(JsonReader::child(path, u"status"),
                    tr("unknown status \"%1\"; expected \"active\" or \"withdrawn\"").arg(status));
    }

    const QString interviewsPath = JsonReader::child(path, u"interviews");
    const QJsonArray interviews = in.array(object, path, "interviews"_L1);
    for (qsizetype i = 0; i < interviews.size(); ++i) {
        const QString where = JsonReader::element(interviewsPath, i);
        entry.interviews.push_back(readInterview(in, in.asObject(interviews.at(i), where), where));
    }
    entry.decisions = readDecisions(in, object, path, now);
    return entry;
}

std::vector<core::Decision> JsonImporter::readDecisions(JsonReader &in, const QJsonObject &candidate,
                                                        const QString &path, core::TimePoint now)
{
    // Both forms are validated even though only one is kept: a bad value is refused wherever it is.
    std::vector<core::Decision> latest;
    const QJsonValue single = candidate.value("decision"_L1);
    if (!single.isUndefined() && !single.isNull()) {
        const QString where = JsonReader::child(path, u"decision");
        latest.push_back(readDecision(in, in.asObject(single, where), where, now));
    }
    if (!candidate.contains("decisions"_L1))
        return latest;

    // The exporter writes the whole history here, so it is the better source when present.
    std::vector<core::Decision> history;
    const QString historyPath = JsonReader::child(path, u"decisions");
    const QJsonArray list = in.array(candidate, path, "decisions"_L1);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = JsonReader::element(historyPath, i);
        history.push_back(readDecision(in, in.asObject(list.at(i), where), where, now));
    }
    // The store orders a candidate's decisions by time; keep the file's order among equal times.
    std::stable_sort(history.begin(), history.end(),
                     [](const core::Decision &a, const core::Decision &b) {
        return a.decidedAt < b.decidedAt;
    });
    return history;
}

core::Decision JsonImporter::readDecision(JsonReader &in, const QJsonObject &object,
                                          const QString &path, core::TimePoint now)
{
    core::Decision decision;
    const QString outcome = in.string(object, path, "outcome"_L1, Need::Required);
    if (auto known = core::Decision::outcomeFromId(utf8(outcome)))
        decision.outcome = *known;
    else
        in.fail(JsonReader::child(path, u"outcome"),
                tr("unknown outcome \"%1\"; expected advance, hire, no-hire or hold").arg(outcome));
    decision.rationale = utf8(in.string(object, path, "rationale"_L1, Need::Optional));
    decision.recordedBy = utf8(in.string(object, path, "recordedBy"_L1, Need::Optional));
    decision.decidedAt = readTime(in, object, path, "decidedAt"_L1, false).value_or(now);
    return decision;
}

core::Interview JsonImporter::readInterview(JsonReader &in, const QJsonObject &object,
                                            const QString &path) const
{
    core::Interview interview;
    in.string(object, path, "id"_L1, Need::Optional);
    interview.interviewer = utf8(in.string(object, path, "interviewer"_L1, Need::Required));
    interview.startedAt = readTime(in, object, path, "startedAt"_L1, true).value_or(core::TimePoint{});
    interview.submitted = in.boolean(object, path, "submitted"_L1, false);

    const QString regretsPath = JsonReader::child(path, u"regrets");
    const QJsonArray regrets = in.array(object, path, "regrets"_L1);
    for (qsizetype i = 0; i < regrets.size(); ++i) {
        const QString where = JsonReader::element(regretsPath, i);
        core::Regret regret = readRegret(in, in.asObject(regrets.at(i), where), where);
        regret.position = int(i);
        regret.id = core::Id(i + 1); // local to the interview, for the notes' links
        interview.regrets.push_back(std::move(regret));
    }

    const QString notesPath = JsonReader::child(path, u"notes");
    const QJsonArray notes = in.array(object, path, "notes"_L1);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString where = JsonReader::element(notesPath, i);
        interview.notes.push_back(readNote(in, in.asObject(notes.at(i), where), where,
                                           interview.regrets.size()));
    }
    // core::Interview keeps notes in time order; paths above still count in file order.
    std::stable_sort(interview.notes.begin(), interview.notes.end(),
                     [](const core::Note &a, const core::Note &b) { return a.atMs < b.atMs; });

    // Probe ids are not checked against the interview guide: a file from a version that had a
    // probe this one dropped still means that the probe was asked, and the id is kept as it is.
    const QString probesPath = JsonReader::child(path, u"probes");
    const QJsonArray probes = in.array(object, path, "probes"_L1);
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const QString where = JsonReader::element(probesPath, i);
        core::ProbeTick tick = readProbeTick(in, probes.at(i), where, interview);
        // A probe is asked once per regret, as the store keeps it: a repeat counts once.
        const bool repeated = std::any_of(interview.probeTicks.begin(), interview.probeTicks.end(),
                                          [&](const core::ProbeTick &t) {
            return t.probe == tick.probe && t.regretId == tick.regretId;
        });
        if (!repeated)
            interview.probeTicks.push_back(std::move(tick));
    }
    return interview;
}

core::ProbeTick JsonImporter::readProbeTick(JsonReader &in, const QJsonValue &value,
                                            const QString &path, const core::Interview &interview)
{
    core::ProbeTick tick;
    // Files written before ticks belonged to a regret list probe ids only: such a tick goes to
    // the first regret, as the schema migration does with ticks of that time.
    if (value.isString()) {
        tick.probe = utf8(in.asString(value, path));
        if (!interview.regrets.empty())
            tick.regretId = interview.regrets.front().id;
    } else if (!value.isObject()) {
        in.fail(path,
                tr("expected a probe id or an object, found %1").arg(JsonReader::describe(value)));
    } else {
        const QJsonObject object = in.asObject(value, path);
        tick.probe = utf8(in.string(object, path, "probe"_L1, Need::Required));
        const QJsonValue link = object.value("regret"_L1);
        if (!link.isUndefined() && !link.isNull()) {
            const QString where = JsonReader::child(path, u"regret");
            const auto count = std::int64_t(interview.regrets.size());
            if (count == 0)
                in.fail(where, tr("the interview has no regret this probe was asked for"));
            else
                tick.regretId = core::Id(in.asInteger(link, where, 0, count - 1) + 1);
        }
        tick.tickedAt = readTime(in, object, path, "tickedAt"_L1, false).value_or(core::TimePoint{});
    }
    if (!in.failed() && tick.probe.empty())
        in.fail(path, tr("a probe id must not be empty"));
    return tick;
}

core::Regret JsonImporter::readRegret(JsonReader &in, const QJsonObject &object,
                                      const QString &path) const
{
    core::Regret regret;
    const QString level = in.string(object, path, "level"_L1, Need::Required);
    if (auto known = core::Regret::levelFromId(utf8(level)))
        regret.level = *known;
    else if (!in.failed())
        in.fail(JsonReader::child(path, u"level"),
                tr("unknown level \"%1\"; expected product, domain, mixed or unclear").arg(level));

    const QString domainPath = JsonReader::child(path, u"domain");
    const QJsonValue domain = object.value("domain"_L1);
    const bool noDomain = domain.isUndefined() || domain.isNull()
                          || (domain.isString() && domain.toString().isEmpty());
    if (noDomain) {
        // The level says whether this regret speaks to specialist depth, and then in which domain.
        if (core::Regret::needsDomain(regret.level))
            in.fail(domainPath, tr("a %1 regret needs a domain").arg(level));
    } else {
        regret.domain = readDomain(in, domain, domainPath);
    }

    regret.depth = int(in.integer(object, path, "depth"_L1, Need::Required, 0,
                                  core::Regret::MaxDepth));

    const QString layersPath = JsonReader::child(path, u"layers");
    const QJsonArray layers = in.array(object, path, "layers"_L1);
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QString where = JsonReader::element(layersPath, i);
        const QString layer = in.asString(layers.at(i), where);
        if (!in.failed() && !m_taxonomy.hasLayer(utf8(layer)))
            in.fail(where, tr("unknown layer \"%1\"").arg(layer));
        regret.layers.insert(utf8(layer));
    }

    regret.system = utf8(in.string(object, path, "system"_L1, Need::Optional));
    regret.decision = utf8(in.string(object, path, "decision"_L1, Need::Optional));
    regret.why = utf8(in.string(object, path, "why"_L1, Need::Optional));
    regret.instead = utf8(in.string(object, path, "instead"_L1, Need::Optional));
    regret.impact = utf8(in.string(object, path, "impact"_L1, Need::Optional));
    return regret;
}

core::Note JsonImporter::readNote(JsonReader &in, const QJsonObject &object, const QString &path,
                                  std::size_t regretCount)
{
    core::Note note;
    note.atMs = in.integer(object, path, "atMs"_L1, Need::Required, 0);
    note.stage = "system";
    if (object.contains("stage"_L1)) {
        const QString stage = in.string(object, path, "stage"_L1, Need::Optional);
        if (!in.failed() && !core::Stage::isValid(utf8(stage)))
            in.fail(JsonReader::child(path, u"stage"), tr("unknown stage \"%1\"").arg(stage));
        note.stage = utf8(stage);
    }
    note.text = utf8(in.string(object, path, "text"_L1, Need::Required));
    note.quote = in.boolean(object, path, "quote"_L1, false);

    const QJsonValue link = object.value("regret"_L1);
    if (!link.isUndefined() && !link.isNull()) {
        const QString where = JsonReader::child(path, u"regret");
        if (regretCount == 0)
            in.fail(where, tr("the interview has no regret to link this note to"));
        else
            note.regretId = core::Id(in.asInteger(link, where, 0, std::int64_t(regretCount) - 1) + 1);
    }
    return note;
}

std::string JsonImporter::readDomain(JsonReader &in, const QJsonValue &value,
                                     const QString &where) const
{
    const QString domain = in.asString(value, where);
    if (in.failed())
        return {};
    if (!m_taxonomy.hasDomain(utf8(domain))) {
        in.fail(where, tr("unknown domain \"%1\"").arg(domain));
        return {};
    }
    return utf8(domain);
}

std::optional<core::TimePoint> JsonImporter::readTime(JsonReader &in, const QJsonObject &object,
                                                      const QString &path, QLatin1StringView key,
                                                      bool required)
{
    if (!required && !object.contains(key))
        return std::nullopt;
    const QString text = in.string(object, path, key, required ? Need::Required : Need::Optional);
    if (in.failed())
        return std::nullopt;
    auto time = parseIsoTime(text);
    if (!time) {
        in.fail(JsonReader::child(path, key),
                tr("expected a date and time in ISO 8601 form such as 2026-11-20T10:00:00Z, "
                   "found \"%1\"")
                    .arg(text));
    }
    return time;
}

std::optional<Failure> JsonImporter::importFile(core::Store &store, const QString &fileName,
                                                qint64 maxBytes)
{
    const QString what = tr("cannot import %1").arg(fileName);
    const QFileInfo info(fileName);
    if (!info.exists())
        return Failure{what, fileName, tr("%1 does not exist").arg(fileName)};
    if (info.isDir())
        return Failure{what, fileName, tr("%1 is a folder, not a file").arg(fileName)};
    if (!info.isFile())
        return Failure{what, fileName,
                       tr("%1 is not a regular file (a device, a pipe or a socket); save the data "
                          "to a file and import that")
                           .arg(fileName)};
    const auto tooLarge = [&] {
        return Failure{what, fileName,
                       tr("%1 is larger than the import limit of %2 MB; if it really is an "
                          "interchange file, raise the limit (hindsight import --max-size MB)")
                           .arg(fileName)
                           .arg(maxBytes / (1024 * 1024))};
    };
    if (info.size() > maxBytes)
        return tooLarge();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{what, fileName, tr("cannot read %1: %2").arg(fileName, file.errorString())};
    // Read one byte past the limit: a file that grew since it was measured is refused too.
    const QByteArray json = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Failure{what, fileName, tr("cannot read %1: %2").arg(fileName, file.errorString())};
    if (json.size() > maxBytes)
        return tooLarge();

    // The store's taxonomy, so that layers and domains users added are accepted too.
    auto taxonomy = store.taxonomy();
    if (!taxonomy)
        return Failure::of(what, taxonomy.error());

    Failure failure;
    const auto dataset = JsonImporter(*taxonomy).parse(json, &failure);
    if (!dataset) {
        failure.what = what;
        if (failure.where == documentPath)
            failure.where = fileName;
        return failure;
    }
    // One transaction in the store: all of the file or none of it.
    if (core::Status status = store.importDataset(*dataset))
        return Failure::of(what, status);
    return std::nullopt;
}

} // namespace hindsight::interchange
