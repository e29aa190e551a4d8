// hindsight import and scores: the worked examples' figures, scores as a table, JSON and CSV
// (strict RFC 4180, formula payloads made inert), a malformed import that writes nothing, an
// unknown role answered with the roles there are.

#include "tests/cli/clifixture.h"
#include "tests/common/generateddataset.h"
#include "tests/common/strictcsv.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace hindsight;
using namespace Qt::StringLiterals;
using test::Run;

namespace {

const QString scenario = test::scenarioFile();

} // namespace

class TestCliScores : public QObject, protected test::CliFixture
{
    Q_OBJECT

private slots:
    void init();
    void importAndScoreTheWorkedExamples();
    void scoresAsTableAndCsv();
    void malformedImportWritesNothing();
    void unknownRoleListsTheRoles();
    void scoresCsvIsStrictAndInert();
};

void TestCliScores::init()
{
    freshFolder();
}

void TestCliScores::importAndScoreTheWorkedExamples()
{
    Run r = run({u"import"_s, scenario, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("28"));

    r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"json"_s,
             u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!rows.isEmpty());
    QJsonObject kai, gita;
    for (const auto &v : rows) {
        const QJsonObject o = v.toObject();
        if (o[u"candidate"_s].toString() == u"Kai Streamwright")
            kai = o;
        if (o[u"candidate"_s].toString() == u"Gita Fullstack")
            gita = o;
    }
    QCOMPARE(kai[u"fit"_s].toInt(), 45);
    QCOMPARE(kai[u"breadth"_s].toDouble(), 2.5);
    QCOMPARE(kai[u"depth"_s].toDouble(), 10.0);
    QCOMPARE(kai[u"archetype"_s].toString(), u"specialist"_s);
    QCOMPARE(kai[u"risks"_s].toArray().size(), 3);
    QCOMPARE(gita[u"fit"_s].toInt(), 100);
    QCOMPARE(gita[u"breadth"_s].toDouble(), 8.75);
    QCOMPARE(gita[u"risks"_s].toArray().first().toString(), u"good-match"_s);
}

void TestCliScores::scoresAsTableAndCsv()
{
    const QString file = writeFile(u"hostile.json"_s, R"json({"format":"hindsight","version":1,
      "roles":[{"id":"r","title":"Payment backend","breadthDemand":7.5,"domainDemands":{"payments":1}}],
      "candidates":[{"id":"c","name":"=HYPERLINK(\"http://x\",\"y\")","roleId":"r"},
                    {"id":"d","name":"Ada, \"the\" Lovelace","roleId":"r"}]})json");
    QCOMPARE(run({u"import"_s, file, u"--database"_s, db()}).exitCode, 0);

    Run r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Candidate"));
    QVERIFY(r.out.contains("Ada, \"the\" Lovelace"));

    r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"csv"_s,
             u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF"
                             "candidate,breadth,depth,archetype,fit,risks"));
    QVERIFY(r.out.contains("\r\n"));
    QVERIFY(r.out.contains("\"Ada, \"\"the\"\" Lovelace\""));
    QVERIFY(r.out.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    QVERIFY(!r.out.contains(",=HYPERLINK"));
}

void TestCliScores::malformedImportWritesNothing()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const QByteArray before = fileBytes(db());
    const QString bad = writeFile(u"bad.json"_s, R"json({"format":"hindsight","version":1,
      "roles":[{"id":"r","title":"New role","breadthDemand":5}],
      "candidates":[{"id":"c","name":"Fine","roleId":"r","interviews":[{"interviewer":"S",
        "startedAt":"2026-11-20T10:00:00Z","submitted":true,
        "regrets":[{"level":"domain","domain":"streaming","depth":5}]}]}]})json");
    const Run r = run({u"import"_s, bad, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("candidates[0].interviews[0].regrets[0].depth"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(fileBytes(db()), before);
    QCOMPARE(run({u"scores"_s, u"--role"_s, u"New role"_s, u"--database"_s, db()}).exitCode, 1);

    const Run missing = run({u"import"_s, m_dir->filePath(u"nope.json"_s), u"--database"_s, db()});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("nope.json"));
}

void TestCliScores::unknownRoleListsTheRoles()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const Run r = run({u"scores"_s, u"--role"_s, u"Astronaut"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Astronaut"));
    QVERIFY(r.err.contains("Fraud scoring pipeline"));
    QVERIFY(r.out.isEmpty());
}

// Candidates named with OWASP's CSV injection payloads and text that needs quoting: the CSV
// reads back under a strict RFC 4180 reader and no cell would run as a formula.
void TestCliScores::scoresCsvIsStrictAndInert()
{
    QStringList names;
    {
        auto store = test::openStore(db());
        QVERIFY(store);
        const auto roleId = store->saveRole({0, "Payment backend", "", 7.5, {{"payments", 2}}});
        QVERIFY(roleId);
        int n = 0;
        for (const std::string &text : test::awkwardTexts()) {
            const auto id = store->saveCandidate({0, text, "", *roleId});
            QVERIFY(id);
            names << QString::fromStdString(text);
            // Every other one is scored, so both kinds of row are read back.
            if (n++ % 2 == 0) {
                core::Interview interview;
                interview.candidateId = *id;
                interview.interviewer = text;
                interview.submitted = true;
                core::Regret regret;
                regret.level = core::Regret::Level::Domain;
                regret.domain = "payments";
                regret.depth = 1 + n % 4;
                regret.layers = {"apis", "databases"};
                interview.regrets = {regret};
                QVERIFY(store->addInterview(interview));
            }
        }
    }

    const Run r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"csv"_s,
                       u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QString error;
    const auto csv = test::parseStrictCsv(r.out, &error);
    QVERIFY2(csv, qPrintable(error));
    QVERIFY(csv->hadBom);
    QCOMPARE(csv->records.size(), names.size() + 1);
    QCOMPARE(csv->records[0].first(), u"candidate"_s);
    for (const QStringList &record : csv->records) {
        for (const QString &cell : record)
            QVERIFY2(!test::looksLikeFormula(cell), qPrintable(cell));
    }
    // Each payload is there once, inert but recognisable.
    for (const QString &name : names) {
        const auto matches = std::count_if(csv->records.begin() + 1, csv->records.end(),
                                           [&](const QStringList &record) {
            return test::isInertFormOf(record[0], name);
        });
        QVERIFY2(matches == 1, qPrintable(name));
    }
    // The figures are plain numbers, not text with a prefix.
    for (qsizetype i = 1; i < csv->records.size(); ++i) {
        bool ok = false;
        csv->records[i][1].toDouble(&ok);
        QVERIFY2(ok, qPrintable(csv->records[i][1]));
        csv->records[i][4].toInt(&ok);
        QVERIFY2(ok, qPrintable(csv->records[i][4]));
    }
}

QTEST_GUILESS_MAIN(TestCliScores)
#include "tst_cli_scores.moc"
