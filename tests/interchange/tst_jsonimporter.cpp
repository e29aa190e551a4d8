// JsonImporter: every way a file can be malformed is refused with the JSON path of the first bad
// value and leaves the database byte-for-byte as it was; valid files come in whole.

#include "ui/interchange/jsonimporter.h"

#include "core/interviewseal.h"
#include "core/storage/sqlitestore.h"
#include "tests/common/testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <chrono>
#include <memory>
#include <set>
#include <string>

using namespace hindsight;
using interchange::Failure;
using interchange::JsonImporter;

namespace {

using test::openStore;
using test::readAll;
using test::writeFile;

const QByteArray scenarioPath = HINDSIGHT_SOURCE_DIR "/../shared/acceptance/scenario.json";

// Building blocks of a small valid document; each malformed case changes one thing in it.
const QByteArray goodRole
    = R"({"id": "r1", "title": "Payment backend", "breadthDemand": 7.5, "domainDemands": {"payments": 1}})";
const QByteArray goodRegret
    = R"({"level": "domain", "domain": "streaming", "depth": 4, "layers": ["queuing", "databases"]})";
const QByteArray goodNote
    = R"({"atMs": 12000, "stage": "decision", "text": "said so", "quote": true})";

QByteArray document(const QByteArray &roles, const QByteArray &candidates)
{
    return R"({"format": "hindsight", "version": 1, "roles": [)" + roles + R"(], "candidates": [)"
        + candidates + "]}";
}

QByteArray interview(const QByteArray &regrets, const QByteArray &notes = goodNote,
    const QByteArray &startedAt = R"("2026-11-20T10:00:00Z")")
{
    return R"({"id": "i1", "interviewer": "Sam", "startedAt": )" + startedAt
        + R"(, "submitted": true, "regrets": [)" + regrets + R"(], "notes": [)" + notes + "]}";
}

QByteArray candidate(const QByteArray &interviews, const QByteArray &extra = {})
{
    return R"({"id": "c1", "name": "Ada Example", "roleId": "r1", "interviews": [)" + interviews
        + "]" + extra + "}";
}

QByteArray withRegret(const QByteArray &regret)
{
    return document(goodRole, candidate(interview(regret)));
}

QByteArray withNote(const QByteArray &note)
{
    return document(goodRole, candidate(interview(goodRegret, note)));
}

QByteArray withCandidate(const QByteArray &candidateJson)
{
    return document(goodRole, candidateJson);
}

// A submitted interview with one good regret and `probes` set to the given JSON value.
QByteArray withProbes(const QByteArray &probes)
{
    return withCandidate(
        candidate(R"({"id": "i1", "interviewer": "Sam", "startedAt": "2026-11-20T10:00:00Z", )"
                  R"("submitted": true, "regrets": [)"
            + goodRegret + R"(], "probes": )" + probes + "}"));
}

QByteArray withRole(const QByteArray &role)
{
    return document(role, candidate(interview(goodRegret)));
}

const char *regretPath = "candidates[0].interviews[0].regrets[0]";

// The database as it is on disk: the main file and, should one be left, its write-ahead log.
QByteArray databaseBytes(const QString &path)
{
    return readAll(path) + "|wal|" + readAll(path + QStringLiteral("-wal"));
}

core::TimePoint utc(const char *iso)
{
    return core::TimePoint(std::chrono::milliseconds(
        QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch()));
}

// `json`, holding one candidate with one interview, imported into a new database and read back.
std::optional<core::Interview> importedInterview(const QByteArray &json)
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    if (!store || !writeFile(dir.filePath(QStringLiteral("in.json")), json)
        || JsonImporter::importFile(*store, dir.filePath(QStringLiteral("in.json"))))
        return std::nullopt;
    const auto candidates = store->candidates();
    if (!candidates || candidates->size() != 1)
        return std::nullopt;
    auto stored = store->interviews(candidates->front().id);
    if (!stored || stored->size() != 1)
        return std::nullopt;
    return stored->front();
}

} // namespace

class TestJsonImporter : public QObject {
    Q_OBJECT

private slots:
    void malformed_data();
    void malformed();
    void validImportChangesTheDatabase();
    void missingFileIsNamed();
    void folderIsRefused();
    void scenarioParses();
    void scenarioImports();
    void importTwiceReusesRoles();
    void unknownFieldsAreIgnored();
    void optionalFieldsDefault();
    void decisionFromSingleObject();
    void decisionsHistoryWins();
    void timesAreUtc();
    void notesInTimeOrder();
    void notesLinkToRegrets();
    void probesAreRead();
    void productRegretKeepsValidDomain();
    void userTaxonomyIsAccepted();
};

void TestJsonImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    const QString whole = JsonImporter::documentPath;
    const QString regret = QString::fromLatin1(regretPath);
    const QString note = QStringLiteral("candidates[0].interviews[0].notes[0]");

    QTest::newRow("not JSON") << QByteArray(R"({"format": "hindsight", "version": 1,)") << whole
                              << QStringLiteral("at byte");
    QTest::newRow("empty file") << QByteArray() << whole << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QByteArray(" \n\t ") << whole << QStringLiteral("empty");
    QTest::newRow("top level array") << QByteArray("[]") << whole << QStringLiteral("an array");
    QTest::newRow("wrong format") << QByteArray(
        R"({"format": "csv", "version": 1, "roles": [], "candidates": []})")
                                  << QStringLiteral("format") << QStringLiteral("\"hindsight\"");
    QTest::newRow("format missing") << QByteArray(R"({"version": 1})") << QStringLiteral("format")
                                    << QStringLiteral("required");
    QTest::newRow("version 2") << QByteArray(
        R"({"format": "hindsight", "version": 2, "roles": [], "candidates": []})")
                               << QStringLiteral("version") << QStringLiteral("version 2");
    QTest::newRow("version a string")
        << QByteArray(R"({"format": "hindsight", "version": "1", "roles": [], "candidates": []})")
        << QStringLiteral("version") << QStringLiteral("the string \"1\"");
    QTest::newRow("version missing") << QByteArray(R"({"format": "hindsight"})")
                                     << QStringLiteral("version") << QStringLiteral("required");
    QTest::newRow("roles not an array")
        << QByteArray(R"({"format": "hindsight", "version": 1, "roles": {}, "candidates": []})")
        << QStringLiteral("roles") << QStringLiteral("expected an array");
    QTest::newRow("candidate not an object")
        << withCandidate("42") << QStringLiteral("candidates[0]")
        << QStringLiteral("expected an object, found 42");

    QTest::newRow("depth a string")
        << withRegret(R"({"level": "domain", "domain": "streaming", "depth": "4"})")
        << regret + QStringLiteral(".depth") << QStringLiteral("found the string \"4\"");
    QTest::newRow("depth 5") << withRegret(
        R"({"level": "domain", "domain": "streaming", "depth": 5})")
                             << regret + QStringLiteral(".depth")
                             << QStringLiteral("expected an integer from 0 to 4, found 5");
    QTest::newRow("depth -1") << withRegret(R"({"level": "product", "depth": -1})")
                              << regret + QStringLiteral(".depth") << QStringLiteral("found -1");
    QTest::newRow("depth 2.5") << withRegret(R"({"level": "product", "depth": 2.5})")
                               << regret + QStringLiteral(".depth") << QStringLiteral("found 2.5");
    QTest::newRow("depth missing")
        << withRegret(R"({"level": "product"})") << regret + QStringLiteral(".depth")
        << QStringLiteral("required");
    QTest::newRow("layers not an array")
        << withRegret(R"({"level": "product", "depth": 2, "layers": "queuing"})")
        << regret + QStringLiteral(".layers") << QStringLiteral("expected an array");
    QTest::newRow("layer not a string")
        << withRegret(R"({"level": "product", "depth": 2, "layers": ["apis", 3]})")
        << regret + QStringLiteral(".layers[1]") << QStringLiteral("expected a string");
    QTest::newRow("unknown layer")
        << withRegret(R"({"level": "product", "depth": 2, "layers": ["apis", "foo"]})")
        << regret + QStringLiteral(".layers[1]") << QStringLiteral("unknown layer \"foo\"");
    QTest::newRow("unknown level")
        << withRegret(R"({"level": "cosmic", "depth": 2})") << regret + QStringLiteral(".level")
        << QStringLiteral("unknown level \"cosmic\"");
    QTest::newRow("level missing")
        << withRegret(R"({"depth": 2})") << regret + QStringLiteral(".level")
        << QStringLiteral("required");
    QTest::newRow("unknown domain")
        << withRegret(R"({"level": "domain", "domain": "alchemy", "depth": 2})")
        << regret + QStringLiteral(".domain") << QStringLiteral("unknown domain \"alchemy\"");
    QTest::newRow("domain missing for domain regret")
        << withRegret(R"({"level": "domain", "depth": 2})") << regret + QStringLiteral(".domain")
        << QStringLiteral("needs a domain");
    QTest::newRow("domain empty for mixed regret")
        << withRegret(R"({"level": "mixed", "domain": "", "depth": 2})")
        << regret + QStringLiteral(".domain") << QStringLiteral("needs a domain");
    QTest::newRow("unknown domain on product regret")
        << withRegret(R"({"level": "product", "domain": "alchemy", "depth": 2})")
        << regret + QStringLiteral(".domain") << QStringLiteral("unknown domain");
    QTest::newRow("text field wrong type")
        << withRegret(R"({"level": "product", "depth": 2, "why": ["because"]})")
        << regret + QStringLiteral(".why") << QStringLiteral("expected a string, found an array");

    QTest::newRow("bad startedAt")
        << document(goodRole, candidate(interview(goodRegret, goodNote, R"("next tuesday")")))
        << QStringLiteral("candidates[0].interviews[0].startedAt") << QStringLiteral("ISO 8601");
    QTest::newRow("startedAt missing")
        << withCandidate(candidate(R"({"interviewer": "Sam"})"))
        << QStringLiteral("candidates[0].interviews[0].startedAt") << QStringLiteral("required");
    QTest::newRow("submitted not a boolean")
        << withCandidate(candidate(
               R"({"interviewer": "Sam", "startedAt": "2026-11-20T10:00:00Z", "submitted": 1})"))
        << QStringLiteral("candidates[0].interviews[0].submitted")
        << QStringLiteral("true or false");

    QTest::newRow("negative atMs")
        << withNote(R"({"atMs": -5, "text": ""})") << note + QStringLiteral(".atMs")
        << QStringLiteral("at least 0");
    QTest::newRow("atMs not an integer")
        << withNote(R"({"atMs": 1.5, "text": ""})") << note + QStringLiteral(".atMs")
        << QStringLiteral("found 1.5");
    QTest::newRow("note text missing")
        << withNote(R"({"atMs": 5})") << note + QStringLiteral(".text")
        << QStringLiteral("required");
    QTest::newRow("unknown stage")
        << withNote(R"({"atMs": 5, "stage": "lunch", "text": ""})")
        << note + QStringLiteral(".stage") << QStringLiteral("unknown stage \"lunch\"");

    QTest::newRow("note links a regret that is not there")
        << withNote(R"({"atMs": 5, "text": "", "regret": 1})") << note + QStringLiteral(".regret")
        << QStringLiteral("an integer from 0 to 0, found 1");
    QTest::newRow("note links a regret by name")
        << withNote(R"({"atMs": 5, "text": "", "regret": "first"})")
        << note + QStringLiteral(".regret") << QStringLiteral("found the string \"first\"");
    QTest::newRow("note links a regret in an interview without any")
        << document(goodRole, candidate(interview({}, R"({"atMs": 5, "text": "", "regret": 0})")))
        << note + QStringLiteral(".regret") << QStringLiteral("no regret");

    const QString probes = QStringLiteral("candidates[0].interviews[0].probes");
    QTest::newRow("probes not an array")
        << withProbes(R"("system.scale")") << probes
        << QStringLiteral("expected an array, found the string \"system.scale\"");
    QTest::newRow("probes an object") << withProbes(R"({"system.scale": true})") << probes
                                      << QStringLiteral("expected an array, found an object");
    QTest::newRow("probe not a string")
        << withProbes(R"(["system.scale", 3])") << probes + QStringLiteral("[1]")
        << QStringLiteral("expected a string, found 3");
    QTest::newRow("probe null") << withProbes(R"([null])") << probes + QStringLiteral("[0]")
                                << QStringLiteral("expected a string, found null");
    QTest::newRow("probe empty") << withProbes(R"(["system.scale", "wrapup.questions", ""])")
                                 << probes + QStringLiteral("[2]")
                                 << QStringLiteral("must not be empty");

    QTest::newRow("dangling roleId")
        << withCandidate(R"({"name": "Ada", "roleId": "r9"})")
        << QStringLiteral("candidates[0].roleId") << QStringLiteral("no role has id \"r9\"");
    QTest::newRow("name missing") << withCandidate(R"({"roleId": "r1"})")
                                  << QStringLiteral("candidates[0].name")
                                  << QStringLiteral("required");
    QTest::newRow("name empty") << withCandidate(R"({"name": "", "roleId": "r1"})")
                                << QStringLiteral("candidates[0].name") << QStringLiteral("empty");
    QTest::newRow("roleId a number")
        << withCandidate(R"({"name": "Ada", "roleId": 1})")
        << QStringLiteral("candidates[0].roleId") << QStringLiteral("expected a string, found 1");
    QTest::newRow("unknown status")
        << withCandidate(R"({"name": "Ada", "roleId": "r1", "status": "asleep"})")
        << QStringLiteral("candidates[0].status") << QStringLiteral("unknown status");
    QTest::newRow("unknown outcome")
        << withCandidate(R"({"name": "Ada", "roleId": "r1", "decision": {"outcome": "maybe"}})")
        << QStringLiteral("candidates[0].decision.outcome")
        << QStringLiteral("unknown outcome \"maybe\"");
    QTest::newRow("bad decidedAt") << withCandidate(
        R"({"name": "Ada", "roleId": "r1", "decisions": [{"outcome": "hire", "decidedAt": "2026-02-30"}]})")
                                   << QStringLiteral("candidates[0].decisions[0].decidedAt")
                                   << QStringLiteral("ISO 8601");

    QTest::newRow("duplicate role ids")
        << document(QByteArray(goodRole) + ',' + goodRole, candidate(interview(goodRegret)))
        << QStringLiteral("roles[1].id") << QStringLiteral("another role already has id \"r1\"");
    QTest::newRow("role id missing") << withRole(R"({"title": "T", "breadthDemand": 1})")
                                     << QStringLiteral("roles[0].id") << QStringLiteral("required");
    QTest::newRow("role title missing")
        << withRole(R"({"id": "r1", "breadthDemand": 1})") << QStringLiteral("roles[0].title")
        << QStringLiteral("required");
    QTest::newRow("breadthDemand missing")
        << withRole(R"({"id": "r1", "title": "T"})") << QStringLiteral("roles[0].breadthDemand")
        << QStringLiteral("required");
    QTest::newRow("breadthDemand 11")
        << withRole(R"({"id": "r1", "title": "T", "breadthDemand": 11})")
        << QStringLiteral("roles[0].breadthDemand")
        << QStringLiteral("expected a number from 0 to 10, found 11");
    QTest::newRow("demand 5") << withRole(
        R"({"id": "r1", "title": "T", "breadthDemand": 1, "domainDemands": {"streaming": 5}})")
                              << QStringLiteral("roles[0].domainDemands.streaming")
                              << QStringLiteral("from 1 to 4, found 5");
    QTest::newRow("demand 0") << withRole(
        R"({"id": "r1", "title": "T", "breadthDemand": 1, "domainDemands": {"streaming": 0}})")
                              << QStringLiteral("roles[0].domainDemands.streaming")
                              << QStringLiteral("found 0");
    QTest::newRow("demand in unknown domain") << withRole(
        R"({"id": "r1", "title": "T", "breadthDemand": 1, "domainDemands": {"alchemy": 2}})")
                                              << QStringLiteral("roles[0].domainDemands.alchemy")
                                              << QStringLiteral("unknown domain \"alchemy\"");

    // Indices count in every array on the way down, not only the first element.
    const QByteArray laterRegretBad
        = interview(QByteArray(goodRegret) + R"(, {"level": "product", "depth": 9})");
    QTest::newRow("deep path") << document(goodRole,
        candidate(interview(goodRegret)) + ','
            + candidate(interview(goodRegret) + ',' + laterRegretBad))
                               << QStringLiteral("candidates[1].interviews[1].regrets[1].depth")
                               << QStringLiteral("found 9");
}

void TestJsonImporter::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);

    Failure failure;
    const auto dataset = JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure);
    QVERIFY(!dataset);
    QCOMPARE(failure.where, where);
    QVERIFY2(failure.cause.contains(messagePart), qPrintable(failure.cause));

    // The same file through a real store: refused with the same path, and nothing written.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("hindsight.sqlite3"));
    const QString seedFile = dir.filePath(QStringLiteral("seed.json"));
    const QString badFile = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(seedFile, withRegret(goodRegret)));
    QVERIFY(writeFile(badFile, json));
    {
        auto store = openStore(dbPath);
        QVERIFY(store);
        QVERIFY(!JsonImporter::importFile(*store, seedFile));
    }
    const QByteArray before = databaseBytes(dbPath);
    QVERIFY(before.size() > 1000);
    {
        auto store = openStore(dbPath);
        QVERIFY(store);
        const auto refused = JsonImporter::importFile(*store, badFile);
        QVERIFY(refused);
        QCOMPARE(refused->where, where == JsonImporter::documentPath ? badFile : where);
        QCOMPARE(refused->cause, failure.cause);
        QCOMPARE(store->candidates()->size(), std::size_t(1));
    }
    QVERIFY(databaseBytes(dbPath) == before);
}

void TestJsonImporter::validImportChangesTheDatabase()
{
    // Proves the byte comparison in malformed() can notice a write at all.
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("hindsight.sqlite3"));
    const QString file = dir.filePath(QStringLiteral("good.json"));
    QVERIFY(writeFile(file, withRegret(goodRegret)));
    {
        QVERIFY(openStore(dbPath));
    }
    const QByteArray before = databaseBytes(dbPath);
    {
        auto store = openStore(dbPath);
        QVERIFY(store);
        QVERIFY(!JsonImporter::importFile(*store, file));
    }
    QVERIFY(databaseBytes(dbPath) != before);
}

void TestJsonImporter::missingFileIsNamed()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    const QString missing = dir.filePath(QStringLiteral("nowhere/missing.json"));
    const auto failure = JsonImporter::importFile(*store, missing);
    QVERIFY(failure);
    QCOMPARE(failure->where, missing);
    QVERIFY(failure->sentence().contains(missing));
}

void TestJsonImporter::folderIsRefused()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    const auto failure = JsonImporter::importFile(*store, dir.path());
    QVERIFY(failure);
    QCOMPARE(failure->where, dir.path());
    QVERIFY(failure->sentence().contains(dir.path()));
}

void TestJsonImporter::scenarioParses()
{
    const QByteArray json = readAll(QString::fromUtf8(scenarioPath));
    QVERIFY2(!json.isEmpty(), scenarioPath.constData());
    Failure failure;
    const auto dataset = JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    QCOMPARE(dataset->roles.size(), std::size_t(4));
    QCOMPARE(dataset->candidates.size(), std::size_t(28));
    QCOMPARE(dataset->roles[1].title, std::string("Fraud scoring pipeline"));
    QCOMPARE(dataset->roles[1].domainDemands.at("streaming"), 4);

    const auto &kai = dataset->candidates[0];
    QCOMPARE(kai.candidate.name, std::string("Kai Streamwright"));
    QCOMPARE(kai.roleIndex, std::size_t(0));
    QCOMPARE(kai.interviews.size(), std::size_t(1));
    const core::Regret &first = kai.interviews[0].regrets[0];
    QCOMPARE(first.level, core::Regret::Level::Domain);
    QCOMPARE(first.domain, std::string("streaming"));
    QCOMPARE(first.depth, 4);
    QCOMPARE(first.layers, (std::set<std::string> { "queuing", "databases" }));
    QCOMPARE(kai.interviews[0].regrets[1].position, 1);
    QCOMPARE(kai.interviews[0].startedAt, utc("2026-11-20T10:00:00Z"));
}

void TestJsonImporter::scenarioImports()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    const auto failure = JsonImporter::importFile(*store, QString::fromUtf8(scenarioPath));
    QVERIFY2(!failure, failure ? qPrintable(failure->sentence()) : "");
    QCOMPARE(store->roles()->size(), std::size_t(4));
    const auto candidates = store->candidates();
    QCOMPARE(candidates->size(), std::size_t(28));

    // Unicode and hostile text reach the database unchanged.
    bool sawUnicode = false;
    for (const core::Candidate &c : *candidates) {
        const auto interviews = store->interviews(c.id);
        QVERIFY(interviews);
        for (const core::Interview &i : *interviews) {
            for (const core::Note &n : i.notes)
                sawUnicode = sawUnicode || n.text == "Rebuilt the ledger twice; æøå in København";
        }
    }
    QVERIFY(sawUnicode);
}

void TestJsonImporter::importTwiceReusesRoles()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    QVERIFY(!JsonImporter::importFile(*store, QString::fromUtf8(scenarioPath)));
    QVERIFY(!JsonImporter::importFile(*store, QString::fromUtf8(scenarioPath)));
    QCOMPARE(store->roles()->size(), std::size_t(4));
    QCOMPARE(store->candidates()->size(), std::size_t(56));
}

void TestJsonImporter::unknownFieldsAreIgnored()
{
    const QByteArray plain = withRegret(goodRegret);
    const QByteArray extra = R"({"format": "hindsight", "version": 1, "generator": {"name": "x"},
        "roles": [{"id": "r1", "title": "Payment backend", "breadthDemand": 7.5, "colour": "red",
                   "domainDemands": {"payments": 1}}],
        "candidates": [{"id": "c1", "name": "Ada Example", "roleId": "r1", "shoeSize": 44,
            "interviews": [{"id": "i1", "interviewer": "Sam", "startedAt": "2026-11-20T10:00:00Z",
                "submitted": true, "room": 3,
                "regrets": [{"level": "domain", "domain": "streaming", "depth": 4,
                             "layers": ["queuing", "databases"], "confidence": 0.5}],
                "notes": [{"atMs": 12000, "stage": "decision", "text": "said so", "quote": true,
                           "mood": null}]}]}]})";
    const JsonImporter importer(core::Taxonomy::builtIn());
    Failure failure;
    const auto a = importer.parse(plain, &failure);
    const auto b = importer.parse(extra, &failure);
    QVERIFY2(a && b, qPrintable(failure.sentence()));
    QCOMPARE(b->roles, a->roles);
    QCOMPARE(b->candidates.size(), std::size_t(1));
    QCOMPARE(b->candidates[0].candidate, a->candidates[0].candidate);
    QCOMPARE(b->candidates[0].interviews, a->candidates[0].interviews);
}

void TestJsonImporter::optionalFieldsDefault()
{
    const QByteArray json = R"({"format": "hindsight", "version": 1.0,
        "roles": [{"id": "r1", "title": "T", "breadthDemand": 0}],
        "candidates": [{"name": "Ada", "roleId": "r1",
            "interviews": [{"interviewer": "", "startedAt": "2026-11-20T10:00:00Z",
                "regrets": [{"level": "product", "depth": 0, "domain": null}],
                "notes": [{"atMs": 0, "text": ""}]}]}]})";
    Failure failure;
    const auto dataset = JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    const core::Role &role = dataset->roles.at(0);
    QCOMPARE(role.description, std::string());
    QVERIFY(role.domainDemands.empty());
    const auto &entry = dataset->candidates.at(0);
    QCOMPARE(entry.candidate.email, std::string());
    QCOMPARE(entry.candidate.status, core::Candidate::Status::Active);
    QVERIFY(entry.decisions.empty());
    const core::Interview &interview = entry.interviews.at(0);
    QCOMPARE(interview.submitted, false);
    const core::Regret &regret = interview.regrets.at(0);
    QCOMPARE(regret.domain, std::string());
    QVERIFY(regret.layers.empty());
    QCOMPARE(regret.system + regret.decision + regret.why + regret.instead + regret.impact,
        std::string());
    const core::Note &note = interview.notes.at(0);
    QCOMPARE(note.stage, std::string("system"));
    QCOMPARE(note.quote, false);
    QCOMPARE(note.regretId, core::Id(0));

    // A file with neither roles nor candidates is an empty dataset, not an error.
    const auto empty = JsonImporter(core::Taxonomy::builtIn())
                           .parse(R"({"format": "hindsight", "version": 1})", &failure);
    QVERIFY(empty);
    QVERIFY(empty->roles.empty() && empty->candidates.empty());
}

void TestJsonImporter::decisionFromSingleObject()
{
    const auto before = std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
    const auto dataset = JsonImporter(core::Taxonomy::builtIn())
                             .parse(withCandidate(R"({"name": "Ada", "roleId": "r1",
                                  "decision": {"outcome": "no-hire", "rationale": "over-builds"}})"),
                                 nullptr);
    const auto after = std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
    QVERIFY(dataset);
    const auto &decisions = dataset->candidates.at(0).decisions;
    QCOMPARE(decisions.size(), std::size_t(1));
    QCOMPARE(decisions[0].outcome, core::Decision::Outcome::NoHire);
    QCOMPARE(decisions[0].rationale, std::string("over-builds"));
    QCOMPARE(decisions[0].recordedBy, std::string());
    QVERIFY(decisions[0].decidedAt >= before && decisions[0].decidedAt <= after);
}

void TestJsonImporter::decisionsHistoryWins()
{
    const auto dataset
        = JsonImporter(core::Taxonomy::builtIn())
              .parse(withCandidate(R"({"name": "Ada", "roleId": "r1", "status": "withdrawn",
                                  "decision": {"outcome": "hire"},
                                  "decisions": [
                                    {"outcome": "hold", "decidedAt": "2026-11-22T09:00:00Z", "recordedBy": "Kim"},
                                    {"outcome": "advance", "rationale": "r", "decidedAt": "2026-11-21T09:00:00.125Z"}]})"),
                  nullptr);
    QVERIFY(dataset);
    const auto &entry = dataset->candidates.at(0);
    QCOMPARE(entry.candidate.status, core::Candidate::Status::Withdrawn);
    QCOMPARE(entry.decisions.size(), std::size_t(2));
    // Oldest first, as the store keeps them.
    QCOMPARE(entry.decisions[0].outcome, core::Decision::Outcome::Advance);
    QCOMPARE(entry.decisions[0].decidedAt, utc("2026-11-21T09:00:00.125Z"));
    QCOMPARE(entry.decisions[1].outcome, core::Decision::Outcome::Hold);
    QCOMPARE(entry.decisions[1].recordedBy, std::string("Kim"));
}

void TestJsonImporter::timesAreUtc()
{
    const JsonImporter importer(core::Taxonomy::builtIn());
    const auto withOffset = importer.parse(
        document(goodRole,
            candidate(interview(goodRegret, goodNote, R"("2026-11-20T11:00:00.250+01:00")"))),
        nullptr);
    QVERIFY(withOffset);
    QCOMPARE(withOffset->candidates[0].interviews[0].startedAt, utc("2026-11-20T10:00:00.250Z"));
    // Without an offset the time is UTC whatever the machine's zone.
    const auto bare = importer.parse(
        document(goodRole, candidate(interview(goodRegret, goodNote, R"("2026-11-20T10:00:00")"))),
        nullptr);
    QVERIFY(bare);
    QCOMPARE(bare->candidates[0].interviews[0].startedAt, utc("2026-11-20T10:00:00Z"));
}

void TestJsonImporter::notesInTimeOrder()
{
    const auto dataset
        = JsonImporter(core::Taxonomy::builtIn())
              .parse(withNote(R"({"atMs": 900, "text": "late"}, {"atMs": 5, "text": "early"})"),
                  nullptr);
    QVERIFY(dataset);
    const auto &notes = dataset->candidates[0].interviews[0].notes;
    QCOMPARE(notes.size(), std::size_t(2));
    QCOMPARE(notes[0].text, std::string("early"));
    QCOMPARE(notes[1].text, std::string("late"));
}

void TestJsonImporter::notesLinkToRegrets()
{
    const QByteArray json = document(goodRole,
        candidate(interview(goodRegret + "," + goodRegret,
            R"({"atMs": 1, "text": "second", "regret": 1}, {"atMs": 2, "text": "none"},)"
            R"({"atMs": 3, "text": "null", "regret": null},)"
            R"({"atMs": 4, "text": "first", "regret": 0})")));
    Failure failure;
    const auto dataset = JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    const core::Interview &interview = dataset->candidates[0].interviews[0];
    // Regret ids are local to the interview, as core::Store::addInterview expects.
    QCOMPARE(interview.regrets[0].id, core::Id(1));
    QCOMPARE(interview.regrets[1].id, core::Id(2));
    QCOMPARE(interview.notes[0].regretId, core::Id(2));
    QCOMPARE(interview.notes[1].regretId, core::Id(0));
    QCOMPARE(interview.notes[2].regretId, core::Id(0));
    QCOMPARE(interview.notes[3].regretId, core::Id(1));

    // And through a store: the note is linked to the stored row of the regret it names.
    const std::optional<core::Interview> stored = importedInterview(json);
    QVERIFY(stored);
    const core::Interview &back = *stored;
    QCOMPARE(back.notes[0].regretId, back.regrets[1].id);
    QCOMPARE(back.notes[1].regretId, core::Id(0));
    QCOMPARE(back.notes[3].regretId, back.regrets[0].id);
}

void TestJsonImporter::probesAreRead()
{
    // An id this version's interview guide does not know is kept: a later version may have
    // dropped the probe, and it was still asked. A repeated id counts once.
    const QByteArray json
        = withProbes(R"(["wrapup.questions", "probe.domain.load", )"
                     R"("probe.retired-in-a-later-version", "probe.domain.load"])");
    const std::set<std::string> expected { "probe.domain.load", "probe.retired-in-a-later-version",
        "wrapup.questions" };
    const JsonImporter importer(core::Taxonomy::builtIn());
    Failure failure;
    const auto dataset = importer.parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    QCOMPARE(dataset->candidates[0].interviews[0].probesTicked, expected);

    // Absent or empty: nothing ticked.
    const auto absent = importer.parse(withRegret(goodRegret), &failure);
    QVERIFY(absent);
    QVERIFY(absent->candidates[0].interviews[0].probesTicked.empty());
    const auto empty = importer.parse(withProbes("[]"), &failure);
    QVERIFY(empty);
    QVERIFY(empty->candidates[0].interviews[0].probesTicked.empty());

    // Through a store: the ticks are stored and sealed with the submitted interview.
    const std::optional<core::Interview> stored = importedInterview(json);
    QVERIFY(stored);
    const core::Interview &back = *stored;
    QCOMPARE(back.probesTicked, expected);
    QVERIFY(back.submitted && !back.digest.empty());
    QCOMPARE(back.digest, core::InterviewSeal::digest(back));
    core::Interview unticked = back;
    unticked.probesTicked.clear();
    QVERIFY(core::InterviewSeal::digest(unticked) != back.digest);
}

void TestJsonImporter::productRegretKeepsValidDomain()
{
    const auto dataset
        = JsonImporter(core::Taxonomy::builtIn())
              .parse(
                  withRegret(R"({"level": "product", "domain": "payments", "depth": 2})"), nullptr);
    QVERIFY(dataset);
    QCOMPARE(dataset->candidates[0].interviews[0].regrets[0].domain, std::string("payments"));
}

void TestJsonImporter::userTaxonomyIsAccepted()
{
    const QByteArray json
        = withRegret(R"({"level": "domain", "domain": "search", "depth": 3, "layers": ["grpc"]})");
    Failure failure;
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure));
    QCOMPARE(failure.where, QString::fromLatin1(regretPath) + QStringLiteral(".domain"));

    const core::Taxonomy custom({ { core::Taxonomy::Kind::Layer, "grpc", "gRPC", false },
        { core::Taxonomy::Kind::Domain, "search", "Search", false } });
    const auto dataset = JsonImporter(custom).parse(json, &failure);
    QVERIFY(dataset);
    QCOMPARE(
        dataset->candidates[0].interviews[0].regrets[0].layers, std::set<std::string> { "grpc" });
}

QTEST_GUILESS_MAIN(TestJsonImporter)
#include "tst_jsonimporter.moc"
