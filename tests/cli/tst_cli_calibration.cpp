// hindsight calibration: the role's interviewer pairs as JSON, a table and CSV, against figures
// computed by hand; kappa undefined as null; an unknown role answered with the roles there are.

#include "tests/cli/clifixture.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <chrono>
#include <cmath>
#include <set>
#include <string>

using namespace hindsight;
using namespace Qt::StringLiterals;
using test::Run;

namespace {

// Built-in taxonomy: |L| = 8 layers, so breadth_i = 10 x (layers at depth >= 2) / 8 = 1.25 each.
//
// Ana and Ben, candidates One, Two, Three (Ana saw One twice):
//   One   Ana #1: payments 2, {databases, apis}       -> (2.5, payments 2)
//         Ana #2: product 2, {caching, queuing}       -> (2.5, no domain)
//         Ana's view: B = (2.5 + 2.5) / 2 = 2.5; depth(payments) = 2 (only #1 has it > 0),
//         D = 2.5 x 2 = 5 -> specialist. (Averaging 2.5 x each interview's deepest domain would
//         give D = (5 + 0) / 2 = 2.5, developing.)
//         Ben: payments 4, {databases}                -> (1.25, 10)  specialist
//   Two   Ana: streaming 4, {databases, apis, caching, queuing}        -> (5, 10)    t-shaped
//         Ben: streaming 3, {databases, apis, caching, queuing, auth, deployment}
//                                                                        -> (7.5, 7.5) t-shaped
//   Three Ana: product 2, {databases, apis, caching, queuing, auth, deployment} -> (7.5, 0)
//                                                                                  generalist
//         Ben: payments 2, {databases, apis, caching, queuing}       -> (5, 5)     t-shaped
//   Agreement: S=S, T=T, G≠T -> 2 of 3 = 66.666…%
//   Kappa: p_o = 2/3; Ana S1 T1 G1, Ben S1 T2 G0: p_e = (1·1 + 1·2 + 1·0) / 9 = 1/3;
//          kappa = (2/3 − 1/3) / (1 − 1/3) = 0.5
//   Breadth Ana − Ben: 2.5 − 1.25 = 1.25, 5 − 7.5 = −2.5, 7.5 − 5 = 2.5 -> mean 1.25 / 3
//   Depth   Ana − Ben: 5 − 10 = −5,  10 − 7.5 = 2.5,  0 − 5 = −5       -> mean −7.5 / 3 = −2.5
//
// Cy and Dee, candidates Four, Five, Six, each seen once by both, the same way:
//   Cy:  payments 1, {databases, apis} (depth 1 counts for no layer) -> (0, 2.5)  developing
//   Dee: product 2, {databases}                                       -> (1.25, 0) developing
//   Agreement 100 %; both always "developing": p_e = 1, kappa undefined (null).
//   Breadth Cy − Dee = −1.25, depth 2.5 − 0 = 2.5, on each.
// Ana, Ben and Cy, Dee have no candidate in common: two pairs in all.
const char *const calibrationFile = R"json({"format":"hindsight","version":1,
  "roles":[{"id":"r","title":"Payment backend","breadthDemand":7.5,"domainDemands":{"payments":1}},
           {"id":"q","title":"Fraud scoring pipeline","breadthDemand":2.5,
            "domainDemands":{"streaming":4}}],
  "candidates":[
   {"id":"c1","name":"One","roleId":"r","interviews":[
     {"id":"a1","interviewer":"Ana","startedAt":"2026-11-20T10:00:00Z","submitted":true,
      "regrets":[{"level":"domain","domain":"payments","depth":2,"layers":["databases","apis"]}]},
     {"id":"a2","interviewer":"Ana","startedAt":"2026-11-21T10:00:00Z","submitted":true,
      "regrets":[{"level":"product","domain":"","depth":2,"layers":["caching","queuing"]}]},
     {"id":"b1","interviewer":"Ben","startedAt":"2026-11-20T12:00:00Z","submitted":true,
      "regrets":[{"level":"domain","domain":"payments","depth":4,"layers":["databases"]}]}]},
   {"id":"c2","name":"Two","roleId":"r","interviews":[
     {"id":"a3","interviewer":"Ana","startedAt":"2026-11-20T10:00:00Z","submitted":true,
      "regrets":[{"level":"domain","domain":"streaming","depth":4,
                  "layers":["databases","apis","caching","queuing"]}]},
     {"id":"b2","interviewer":"Ben","startedAt":"2026-11-20T12:00:00Z","submitted":true,
      "regrets":[{"level":"domain","domain":"streaming","depth":3,
                  "layers":["databases","apis","caching","queuing","auth","deployment"]}]}]},
   {"id":"c3","name":"Three","roleId":"r","interviews":[
     {"id":"a4","interviewer":"Ana","startedAt":"2026-11-20T10:00:00Z","submitted":true,
      "regrets":[{"level":"product","domain":"","depth":2,
                  "layers":["databases","apis","caching","queuing","auth","deployment"]}]},
     {"id":"b3","interviewer":"Ben","startedAt":"2026-11-20T12:00:00Z","submitted":true,
      "regrets":[{"level":"domain","domain":"payments","depth":2,
                  "layers":["databases","apis","caching","queuing"]}]}]},
   {"id":"c4","name":"Four","roleId":"r","interviews":[
     {"id":"y4","interviewer":"Cy","startedAt":"2026-11-20T10:00:00Z","submitted":true,
      "regrets":[{"level":"domain","domain":"payments","depth":1,"layers":["databases","apis"]}]},
     {"id":"d4","interviewer":"Dee","startedAt":"2026-11-20T12:00:00Z","submitted":true,
      "regrets":[{"level":"product","domain":"","depth":2,"layers":["databases"]}]}]},
   {"id":"c5","name":"Five","roleId":"r","interviews":[
     {"id":"y5","interviewer":"Cy","startedAt":"2026-11-20T10:00:00Z","submitted":true,
      "regrets":[{"level":"domain","domain":"payments","depth":1,"layers":["databases","apis"]}]},
     {"id":"d5","interviewer":"Dee","startedAt":"2026-11-20T12:00:00Z","submitted":true,
      "regrets":[{"level":"product","domain":"","depth":2,"layers":["databases"]}]}]},
   {"id":"c6","name":"Six","roleId":"r","interviews":[
     {"id":"y6","interviewer":"Cy","startedAt":"2026-11-20T10:00:00Z","submitted":true,
      "regrets":[{"level":"domain","domain":"payments","depth":1,"layers":["databases","apis"]}]},
     {"id":"d6","interviewer":"Dee","startedAt":"2026-11-20T12:00:00Z","submitted":true,
      "regrets":[{"level":"product","domain":"","depth":2,"layers":["databases"]}]}]}]})json";

bool near(double a, double b)
{
    return std::fabs(a - b) < 1e-9;
}

} // namespace

class TestCliCalibration : public QObject, protected test::CliFixture
{
    Q_OBJECT

private slots:
    void init();
    void pairsAsJsonByHand();
    void pairsAsTableAndCsv();
    void aRoleWithoutPairsIsAnEmptyArray();
    void unknownRoleListsTheRoles();
    void calibrationNeedsARole();
    void interviewersAreGroupedByIdentity();

private:
    void importFile();
};

void TestCliCalibration::init()
{
    freshFolder();
}

void TestCliCalibration::importFile()
{
    const QString file = writeFile(u"calibration.json"_s, calibrationFile);
    const Run r = run({u"import"_s, file, u"--database"_s, db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliCalibration::pairsAsJsonByHand()
{
    importFile();
    const Run r = run({u"calibration"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s,
                       u"json"_s, u"--database"_s, db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray pairs = doc.array();
    QCOMPARE(pairs.size(), 2);

    const QJsonObject ab = pairs[0].toObject();
    QCOMPARE(ab.keys(),
             QStringList({u"candidatesInCommon"_s, u"first"_s, u"firstEmail"_s, u"kappa"_s,
                          u"meanBreadthDifference"_s, u"meanDepthDifference"_s,
                          u"percentAgreement"_s, u"second"_s, u"secondEmail"_s}));
    // Interchange v1 names no e-mail: every interviewer is grouped by name.
    QVERIFY(ab[u"firstEmail"_s].isNull() && ab[u"secondEmail"_s].isNull());
    QCOMPARE(ab[u"first"_s].toString(), u"Ana"_s);
    QCOMPARE(ab[u"second"_s].toString(), u"Ben"_s);
    QCOMPARE(ab[u"candidatesInCommon"_s].toInt(), 3);
    QVERIFY2(near(ab[u"percentAgreement"_s].toDouble(), 200.0 / 3.0), r.out.constData());
    QVERIFY(ab[u"kappa"_s].isDouble());
    QVERIFY2(near(ab[u"kappa"_s].toDouble(), 0.5), r.out.constData());
    QVERIFY2(near(ab[u"meanBreadthDifference"_s].toDouble(), 1.25 / 3.0), r.out.constData());
    QVERIFY2(near(ab[u"meanDepthDifference"_s].toDouble(), -2.5), r.out.constData());

    const QJsonObject cd = pairs[1].toObject();
    QCOMPARE(cd[u"first"_s].toString(), u"Cy"_s);
    QCOMPARE(cd[u"second"_s].toString(), u"Dee"_s);
    QCOMPARE(cd[u"candidatesInCommon"_s].toInt(), 3);
    QCOMPARE(cd[u"percentAgreement"_s].toDouble(), 100.0);
    QVERIFY(cd.contains(u"kappa"_s));
    QVERIFY(cd[u"kappa"_s].isNull());
    QVERIFY(near(cd[u"meanBreadthDifference"_s].toDouble(), -1.25));
    QVERIFY(near(cd[u"meanDepthDifference"_s].toDouble(), 2.5));
}

void TestCliCalibration::pairsAsTableAndCsv()
{
    importFile();
    Run r = run({u"calibration"_s, u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY2(lines.size() >= 5, r.out.constData());
    QVERIFY2(lines[0].startsWith("Payment backend"), r.out.constData());
    QVERIFY(lines[2].contains("Kappa"));
    // Ana · Ben: 3 in common, 67 %, kappa 0.50, breadth +0.42, depth −2.50.
    QVERIFY2(lines[3].simplified() == "Ana Ben 3 67% 0.50 0.42 -2.50", lines[3].constData());
    QVERIFY2(lines[4].simplified() == "Cy Dee 3 100% undefined -1.25 2.50", lines[4].constData());

    r = run({u"calibration"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"csv"_s,
             u"--database"_s, db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("\xEF\xBB\xBF"
                               "first,second,candidates_in_common,percent_agreement,kappa,"
                               "mean_breadth_difference,mean_depth_difference,first_email,"
                               "second_email\r\n"
                               "Ana,Ben,3,66.6667,0.5000,0.4167,-2.5000,,\r\n"
                               "Cy,Dee,3,100.0000,,-1.2500,2.5000,,\r\n"));
}

// The fraud pipeline has no candidate: no pair, an empty array, and a table that says so.
void TestCliCalibration::aRoleWithoutPairsIsAnEmptyArray()
{
    importFile();
    Run r = run({u"calibration"_s, u"--role"_s, u"Fraud scoring pipeline"_s, u"--format"_s,
                 u"json"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    r = run({u"calibration"_s, u"--role"_s, u"Fraud scoring pipeline"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.out.contains("0 interviewer pair"), r.out.constData());
}

void TestCliCalibration::unknownRoleListsTheRoles()
{
    importFile();
    const Run r = run({u"calibration"_s, u"--role"_s, u"Astronaut"_s, u"--format"_s, u"json"_s,
                       u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Astronaut"));
    QVERIFY(r.err.contains("Payment backend"));
    QVERIFY(r.out.isEmpty());
}

void TestCliCalibration::calibrationNeedsARole()
{
    const Run r = run({u"calibration"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("calibration needs a role"), r.err.constData());
}

// Cy renamed himself Cy Young and kept his e-mail (in other capitals); Dee never gave one and
// typed her name three ways. Both are one interviewer each: one pair, under the names they used
// last, where grouping by spelling would find no pair with three candidates in common.
void TestCliCalibration::interviewersAreGroupedByIdentity()
{
    {
        auto store = core::SqliteStore::open(db().toStdString());
        QVERIFY(store);
        core::Role payment;
        payment.title = "Payment backend";
        payment.breadthDemand = 7.5;
        payment.domainDemands = {{"payments", 1}};
        const core::Id role = *(*store)->saveRole(payment);
        // Cy's view: (0, 2.5) developing; Dee's: (1.25, 0) developing, on every candidate.
        const struct
        {
            const char *candidate;
            const char *cy;
            const char *cyEmail;
            const char *dee;
        } rows[] = {{"Four", "Cy", "Cy@Example.ORG", "dee"},
                    {"Five", "Cy", "cy@example.org", " DEE"},
                    {"Six", "Cy Young", "cy@example.org", "Dee"}}; // the latest, by start
        int day = 0;
        for (const auto &row : rows) {
            const core::Id candidate = *(*store)->saveCandidate(
                {0, row.candidate, "", role, {}, {}, {}});
            for (const bool isCy : {true, false}) {
                core::Interview i;
                i.candidateId = candidate;
                i.interviewer = isCy ? row.cy : row.dee;
                i.interviewerEmail = isCy ? row.cyEmail : "";
                i.startedAt = core::TimePoint(std::chrono::hours(24 * 20000 + 24 * day++));
                i.submitted = true; // added sealed, as an import adds it
                core::Regret r;
                r.level = isCy ? core::Regret::Level::Domain : core::Regret::Level::Product;
                r.domain = isCy ? "payments" : "";
                r.depth = isCy ? 1 : 2;
                r.layers = isCy ? std::set<std::string>{"databases", "apis"}
                                : std::set<std::string>{"databases"};
                i.regrets = {r};
                QVERIFY((*store)->addInterview(i));
            }
        }
    } // closed before the binary opens the file

    Run r = run({u"calibration"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"json"_s,
                 u"--database"_s, db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray pairs = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(pairs.size(), 1);
    const QJsonObject pair = pairs[0].toObject();
    QCOMPARE(pair[u"first"_s].toString(), u"Cy Young"_s);
    QCOMPARE(pair[u"firstEmail"_s].toString(), u"cy@example.org"_s);
    QCOMPARE(pair[u"second"_s].toString(), u"Dee"_s);
    QVERIFY(pair[u"secondEmail"_s].isNull());
    QCOMPARE(pair[u"candidatesInCommon"_s].toInt(), 3);
    QCOMPARE(pair[u"percentAgreement"_s].toDouble(), 100.0);

    r = run({u"calibration"_s, u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY2(lines.size() >= 4, r.out.constData());
    QVERIFY2(lines[3].simplified() == "Cy Young Dee 3 100% undefined -1.25 2.50",
             lines[3].constData());
}

QTEST_GUILESS_MAIN(TestCliCalibration)
#include "tst_cli_calibration.moc"
