// JsonImporter refusing a file: every way a file can be malformed is refused with the JSON path
// of the first bad value and leaves the database byte-for-byte as it was; a file that is missing
// or a folder is named.

#include "ui/interchange/jsonimporter.h"

#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/interchange/documents.h"

#include <QTest>

using namespace hindsight;
using interchange::Failure;
using interchange::JsonImporter;
using namespace hindsight::test;

class TestJsonImporterErrors : public QObject
{
    Q_OBJECT

private slots:
    void malformed_data();
    void malformed();
    void validImportChangesTheDatabase();
    void missingFileIsNamed();
    void folderIsRefused();
};

void TestJsonImporterErrors::malformed_data()
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
    QTest::newRow("version 3") << QByteArray(
        R"({"format": "hindsight", "version": 3, "roles": [], "candidates": []})")
                               << QStringLiteral("version") << QStringLiteral("version 3");
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
    QTest::newRow("depth 5") << withRegret(R"({"level": "domain", "domain": "streaming", "depth": 5})")
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

    QTest::newRow("negative atMs") << withNote(R"({"atMs": -5, "text": ""})")
                                   << note + QStringLiteral(".atMs") << QStringLiteral("at least 0");
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
        << note + QStringLiteral(".regret")
        << QStringLiteral("no regret of this interview has id \"first\"");
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
        << QStringLiteral("expected a probe id or an object, found 3");
    QTest::newRow("probe null") << withProbes(R"([null])") << probes + QStringLiteral("[0]")
                                << QStringLiteral("expected a probe id or an object, found null");
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
    const QByteArray laterRegretBad = interview(QByteArray(goodRegret)
                                                + R"(, {"level": "product", "depth": 9})");
    QTest::newRow("deep path") << document(goodRole, candidate(interview(goodRegret)) + ','
                                                         + candidate(interview(goodRegret) + ','
                                                                     + laterRegretBad))
                               << QStringLiteral("candidates[1].interviews[1].regrets[1].depth")
                               << QStringLiteral("found 9");
}

void TestJsonImporterErrors::malformed()
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
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const QString seedFile = db.filePath(QStringLiteral("seed.json"));
    const QString badFile = db.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(seedFile, withRegret(goodRegret)));
    QVERIFY(writeFile(badFile, json));
    QVERIFY(!JsonImporter::importFile(db.store(), seedFile));
    db.close();
    const QByteArray before = databaseBytes(db.path());
    QVERIFY(before.size() > 1000);
    QVERIFY2(db.reopen(), qPrintable(db.error()));
    const auto refused = JsonImporter::importFile(db.store(), badFile);
    QVERIFY(refused);
    QCOMPARE(refused->where, where == JsonImporter::documentPath ? badFile : where);
    QCOMPARE(refused->cause, failure.cause);
    QCOMPARE(db.store().candidates()->size(), std::size_t(1));
    db.close();
    QVERIFY(databaseBytes(db.path()) == before);
}

void TestJsonImporterErrors::validImportChangesTheDatabase()
{
    // Proves the byte comparison in malformed() can notice a write at all.
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const QString file = db.filePath(QStringLiteral("good.json"));
    QVERIFY(writeFile(file, withRegret(goodRegret)));
    db.close();
    const QByteArray before = databaseBytes(db.path());
    QVERIFY2(db.reopen(), qPrintable(db.error()));
    QVERIFY(!JsonImporter::importFile(db.store(), file));
    db.close();
    QVERIFY(databaseBytes(db.path()) != before);
}

void TestJsonImporterErrors::missingFileIsNamed()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    const QString missing = db.filePath(QStringLiteral("nowhere/missing.json"));
    const auto failure = JsonImporter::importFile(store, missing);
    QVERIFY(failure);
    QCOMPARE(failure->where, missing);
    QVERIFY(failure->sentence().contains(missing));
}

void TestJsonImporterErrors::folderIsRefused()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    const auto failure = JsonImporter::importFile(store, db.folder());
    QVERIFY(failure);
    QCOMPARE(failure->where, db.folder());
    QVERIFY(failure->sentence().contains(db.folder()));
}

QTEST_GUILESS_MAIN(TestJsonImporterErrors)
#include "tst_jsonimporter_errors.moc"
