#include "ui/interview/drafts/draftjournalcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hindsight::ui::DraftJournalCodec {

namespace {

using namespace draft;

// Ids and times as strings: a JSON number carries 53 bits, a key 64.
QJsonValue number(std::int64_t value)
{
    return QString::number(value);
}

std::int64_t number(const QJsonValue &value)
{
    return value.toString().toLongLong();
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string text(const QJsonValue &value)
{
    return value.toString().toStdString();
}

QJsonObject noteObject(const core::Note &note)
{
    return {{QStringLiteral("atMs"), number(note.atMs)},
            {QStringLiteral("stage"), text(note.stage)},
            {QStringLiteral("text"), text(note.text)},
            {QStringLiteral("regretKey"), number(note.regretId)},
            {QStringLiteral("quote"), note.quote}};
}

core::Note noteFrom(const QJsonObject &o)
{
    core::Note note;
    note.atMs = number(o.value(QStringLiteral("atMs")));
    note.stage = text(o.value(QStringLiteral("stage")));
    note.text = text(o.value(QStringLiteral("text")));
    note.regretId = number(o.value(QStringLiteral("regretKey")));
    note.quote = o.value(QStringLiteral("quote")).toBool();
    return note;
}

QJsonObject regretObject(const core::Regret &r)
{
    QJsonArray layers;
    for (const std::string &layer : r.layers)
        layers.append(text(layer));
    return {{QStringLiteral("position"), r.position},
            {QStringLiteral("system"), text(r.system)},
            {QStringLiteral("decision"), text(r.decision)},
            {QStringLiteral("why"), text(r.why)},
            {QStringLiteral("instead"), text(r.instead)},
            {QStringLiteral("impact"), text(r.impact)},
            {QStringLiteral("level"), text(std::string(core::Regret::levelId(r.level)))},
            {QStringLiteral("domain"), text(r.domain)},
            {QStringLiteral("depth"), r.depth},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("levelChosen"), r.levelChosen},
            {QStringLiteral("depthChosen"), r.depthChosen}};
}

std::optional<core::Regret> regretFrom(const QJsonObject &o)
{
    core::Regret r;
    r.position = o.value(QStringLiteral("position")).toInt();
    r.system = text(o.value(QStringLiteral("system")));
    r.decision = text(o.value(QStringLiteral("decision")));
    r.why = text(o.value(QStringLiteral("why")));
    r.instead = text(o.value(QStringLiteral("instead")));
    r.impact = text(o.value(QStringLiteral("impact")));
    const auto level = core::Regret::levelFromId(text(o.value(QStringLiteral("level"))));
    if (!level)
        return std::nullopt;
    r.level = *level;
    r.domain = text(o.value(QStringLiteral("domain")));
    r.depth = o.value(QStringLiteral("depth")).toInt();
    for (const QJsonValue &layer : o.value(QStringLiteral("layers")).toArray())
        r.layers.insert(text(layer));
    r.levelChosen = o.value(QStringLiteral("levelChosen")).toBool();
    r.depthChosen = o.value(QStringLiteral("depthChosen")).toBool();
    return r;
}

QJsonObject body(const Operation &operation)
{
    QJsonObject o;
    const auto kind = [&o](const char *name) {
        o.insert(QStringLiteral("op"), QLatin1String(name));
    };
    if (const auto *op = std::get_if<SaveNote>(&operation)) {
        kind("saveNote");
        o.insert(QStringLiteral("key"), number(std::int64_t(op->key)));
        o.insert(QStringLiteral("note"), noteObject(op->note));
    } else if (const auto *op = std::get_if<DeleteNote>(&operation)) {
        kind("deleteNote");
        o.insert(QStringLiteral("key"), number(std::int64_t(op->key)));
    } else if (const auto *op = std::get_if<SaveRegret>(&operation)) {
        kind("saveRegret");
        o.insert(QStringLiteral("key"), number(std::int64_t(op->key)));
        o.insert(QStringLiteral("regret"), regretObject(op->regret));
    } else if (const auto *op = std::get_if<DeleteRegret>(&operation)) {
        kind("deleteRegret");
        o.insert(QStringLiteral("key"), number(std::int64_t(op->key)));
    } else if (const auto *op = std::get_if<SaveSession>(&operation)) {
        kind("saveSession");
        if (op->stage)
            o.insert(QStringLiteral("stage"), text(*op->stage));
        if (op->currentRegret)
            o.insert(QStringLiteral("currentRegret"), *op->currentRegret);
        if (op->pendingLine)
            o.insert(QStringLiteral("pendingLine"), text(*op->pendingLine));
    } else if (const auto *op = std::get_if<TickProbe>(&operation)) {
        kind("tickProbe");
        o.insert(QStringLiteral("regretKey"), number(std::int64_t(op->regret)));
        o.insert(QStringLiteral("probe"), text(op->probe));
        o.insert(QStringLiteral("ticked"), op->ticked);
        o.insert(QStringLiteral("at"), number(op->at.time_since_epoch().count()));
    } else if (const auto *op = std::get_if<SaveStageTimes>(&operation)) {
        kind("saveStageTimes");
        QJsonObject times;
        for (const auto &[stage, ms] : op->stageMs)
            times.insert(text(stage), number(ms));
        o.insert(QStringLiteral("stageMs"), times);
    } else {
        kind("submit");
    }
    return o;
}

std::optional<Operation> operationFrom(const QJsonObject &o)
{
    const QString op = o.value(QStringLiteral("op")).toString();
    const Key key = Key(number(o.value(QStringLiteral("key"))));
    if (op == QLatin1String("saveNote"))
        return SaveNote{key, noteFrom(o.value(QStringLiteral("note")).toObject())};
    if (op == QLatin1String("deleteNote"))
        return DeleteNote{key};
    if (op == QLatin1String("saveRegret")) {
        auto regret = regretFrom(o.value(QStringLiteral("regret")).toObject());
        if (!regret)
            return std::nullopt;
        return SaveRegret{key, std::move(*regret)};
    }
    if (op == QLatin1String("deleteRegret"))
        return DeleteRegret{key};
    if (op == QLatin1String("saveSession")) {
        SaveSession s;
        if (o.contains(QStringLiteral("stage")))
            s.stage = text(o.value(QStringLiteral("stage")));
        if (o.contains(QStringLiteral("currentRegret")))
            s.currentRegret = o.value(QStringLiteral("currentRegret")).toInt();
        if (o.contains(QStringLiteral("pendingLine")))
            s.pendingLine = text(o.value(QStringLiteral("pendingLine")));
        return s;
    }
    if (op == QLatin1String("tickProbe")) {
        return TickProbe{
            Key(number(o.value(QStringLiteral("regretKey")))),
            text(o.value(QStringLiteral("probe"))), o.value(QStringLiteral("ticked")).toBool(),
            core::TimePoint(std::chrono::milliseconds(number(o.value(QStringLiteral("at")))))};
    }
    if (op == QLatin1String("saveStageTimes")) {
        SaveStageTimes t;
        const QJsonObject times = o.value(QStringLiteral("stageMs")).toObject();
        for (auto it = times.begin(); it != times.end(); ++it)
            t.stageMs[it.key().toStdString()] = number(it.value());
        return t;
    }
    if (op == QLatin1String("submit"))
        return Submit{};
    return std::nullopt;
}

} // namespace

QByteArray encode(const DraftJournalEntry &entry)
{
    QJsonObject o = body(entry.operation);
    o.insert(QStringLiteral("row"), number(entry.rows.row));
    o.insert(QStringLiteral("regretRow"), number(entry.rows.regret));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<DraftJournalEntry> decode(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    auto operation = operationFrom(o);
    if (!operation)
        return std::nullopt;
    return DraftJournalEntry{std::move(*operation),
                             {number(o.value(QStringLiteral("row"))),
                              number(o.value(QStringLiteral("regretRow")))}};
}

} // namespace hindsight::ui::DraftJournalCodec
