// JsonImporter reading valid files: the acceptance scenario parsed and imported, every optional
// field defaulted, decisions, times in UTC, notes in time order and linked to their regrets,
// probes, unknown fields ignored, the user's own taxonomy.

#include "ui/interchange/jsonimporter.h"

#include "core/interviewseal.h"
#include "core/storage/sqlite/sqlitestore.h"

#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/interchange/documents.h"

#include <QTest>

#include <chrono>
#include <optional>
#include <set>
#include <string>

using namespace hindsight;
using interchange::Failure;
using interchange::JsonImporter;
using namespace hindsight::test;

namespace {

// `json`, holding one candidate with one interview, imported into a new database and read back.
std::optional<core::Interview> importedInterview(const QByteArray &json)
{
    test::TemporaryDatabase db;
    const QString file = db.filePath(QStringLiteral("in.json"));
    if (!db || !writeFile(file, json) || JsonImporter::importFile(db.store(), file))
        return std::nullopt;
    const auto candidates = db.store().candidates();
    if (!candidates || candidates->size() != 1)
        return std::nullopt;
    auto stored = db.store().interviews(candidates->front().id);
    if (!stored || stored->size() != 1)
        return std::nullopt;
    return stored->front();
}

} // namespace

class TestJsonImporterValid : public QObject
{
    Q_OBJECT

private slots:
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
    void probeTicksNameTheirRegretAndTime();
    void productRegretKeepsValidDomain();
    void userTaxonomyIsAccepted();
};

void TestJsonImporterValid::scenarioParses()
{
    const QByteArray json = readAll(test::scenarioFile());
    QVERIFY2(!json.isEmpty(), qPrintable(test::scenarioFile()));
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
    QCOMPARE(first.layers, (std::set<std::string>{"queuing", "databases"}));
    QCOMPARE(kai.interviews[0].regrets[1].position, 1);
    QCOMPARE(kai.interviews[0].startedAt, utc("2026-11-20T10:00:00Z"));
}

void TestJsonImporterValid::scenarioImports()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    const auto failure = JsonImporter::importFile(store, test::scenarioFile());
    QVERIFY2(!failure, failure ? qPrintable(failure->sentence()) : "");
    QCOMPARE(store.roles()->size(), std::size_t(4));
    const auto candidates = store.candidates();
    QCOMPARE(candidates->size(), std::size_t(28));

    // Unicode and hostile text reach the database unchanged.
    bool sawUnicode = false;
    for (const core::Candidate &c : *candidates) {
        const auto interviews = store.interviews(c.id);
        QVERIFY(interviews);
        for (const core::Interview &i : *interviews) {
            for (const core::Note &n : i.notes)
                sawUnicode = sawUnicode || n.text == "Rebuilt the ledger twice; æøå in København";
        }
    }
    QVERIFY(sawUnicode);
}

// A version 1 file names nothing beyond itself, yet importing it again finds everything the first
// import added (DESIGN.md, Identity) and changes nothing.
void TestJsonImporterValid::importTwiceReusesRoles()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    core::ImportReport first;
    QVERIFY(!JsonImporter::importFile(store, test::scenarioFile(), &first));
    QCOMPARE(first[core::ImportReport::Entity::Candidate].added, 28);
    core::ImportReport second;
    QVERIFY(!JsonImporter::importFile(store, test::scenarioFile(), &second));
    QVERIFY(second.changesNothing());
    QCOMPARE(second[core::ImportReport::Entity::Candidate].skipped, 28);
    QCOMPARE(second[core::ImportReport::Entity::Interview].skipped,
             first[core::ImportReport::Entity::Interview].added);
    QCOMPARE(store.roles()->size(), std::size_t(4));
    QCOMPARE(store.candidates()->size(), std::size_t(28));
}

void TestJsonImporterValid::unknownFieldsAreIgnored()
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

void TestJsonImporterValid::optionalFieldsDefault()
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

void TestJsonImporterValid::decisionFromSingleObject()
{
    const auto before = std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
    const auto dataset = JsonImporter(core::Taxonomy::builtIn())
                             .parse(withCandidate(R"({"name": "Ada", "roleId": "r1",
                                  "decision": {"outcome": "no-hire", "rationale": "over-builds"}})"),
                                    nullptr);
    QVERIFY(dataset);
    const auto &decisions = dataset->candidates.at(0).decisions;
    QCOMPARE(decisions.size(), std::size_t(1));
    QCOMPARE(decisions[0].outcome, core::Decision::Outcome::NoHire);
    QCOMPARE(decisions[0].rationale, std::string("over-builds"));
    QCOMPARE(decisions[0].recordedBy, std::string());
    // No time in the file: unknown until the import stamps it (and a decision held with the same
    // outcome and rationale is this one, so importing again adds none).
    QCOMPARE(decisions[0].decidedAt, core::TimePoint{});
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(db.store().importDataset(*dataset));
    QVERIFY(db.store().importDataset(*dataset)->changesNothing());
    const auto stored = *db.store().decisions(db.store().candidates()->front().id);
    QCOMPARE(stored.size(), std::size_t(1));
    const auto after = std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
    QVERIFY(stored[0].decidedAt >= before && stored[0].decidedAt <= after);
}

void TestJsonImporterValid::decisionsHistoryWins()
{
    const auto dataset = JsonImporter(core::Taxonomy::builtIn())
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

void TestJsonImporterValid::timesAreUtc()
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

void TestJsonImporterValid::notesInTimeOrder()
{
    const auto dataset =
        JsonImporter(core::Taxonomy::builtIn())
            .parse(withNote(R"({"atMs": 900, "text": "late"}, {"atMs": 5, "text": "early"})"),
                   nullptr);
    QVERIFY(dataset);
    const auto &notes = dataset->candidates[0].interviews[0].notes;
    QCOMPARE(notes.size(), std::size_t(2));
    QCOMPARE(notes[0].text, std::string("early"));
    QCOMPARE(notes[1].text, std::string("late"));
}

void TestJsonImporterValid::notesLinkToRegrets()
{
    const QByteArray json = document(
        goodRole,
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

void TestJsonImporterValid::probesAreRead()
{
    // An id this version's interview guide does not know is kept: a later version may have
    // dropped the probe, and it was still asked. A repeated id counts once. Ids alone (files
    // written before ticks belonged to regrets) go to the first regret.
    const QByteArray json = withProbes(R"(["wrapup.questions", "probe.domain.load", )"
                                       R"("probe.retired-in-a-later-version", "probe.domain.load"])");
    const std::set<std::string> expected{"probe.domain.load", "probe.retired-in-a-later-version",
                                         "wrapup.questions"};
    const auto idsOf = [](const core::Interview &interview) {
        std::set<std::string> ids;
        for (const core::ProbeTick &t : interview.probeTicks)
            ids.insert(t.probe);
        return ids;
    };
    const JsonImporter importer(core::Taxonomy::builtIn());
    Failure failure;
    const auto dataset = importer.parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    const core::Interview &parsed = dataset->candidates[0].interviews[0];
    QCOMPARE(idsOf(parsed), expected);
    QCOMPARE(parsed.probeTicks.size(), expected.size());
    for (const core::ProbeTick &t : parsed.probeTicks)
        QCOMPARE(t.regretId, parsed.regrets.front().id);

    // Absent or empty: nothing ticked.
    const auto absent = importer.parse(withRegret(goodRegret), &failure);
    QVERIFY(absent);
    QVERIFY(absent->candidates[0].interviews[0].probeTicks.empty());
    const auto empty = importer.parse(withProbes("[]"), &failure);
    QVERIFY(empty);
    QVERIFY(empty->candidates[0].interviews[0].probeTicks.empty());

    // Through a store: the ticks are stored and sealed with the submitted interview.
    const std::optional<core::Interview> stored = importedInterview(json);
    QVERIFY(stored);
    const core::Interview &back = *stored;
    QCOMPARE(idsOf(back), expected);
    QVERIFY(back.submitted && !back.digest.empty());
    QCOMPARE(back.digest, core::InterviewSeal::digest(back));
    core::Interview unticked = back;
    unticked.probeTicks.clear();
    QVERIFY(core::InterviewSeal::digest(unticked) != back.digest);
}

void TestJsonImporterValid::probeTicksNameTheirRegretAndTime()
{
    const QByteArray json = withProbes(
        R"([{"probe": "probe.domain.load", "regret": 0, "tickedAt": "2026-11-20T10:05:00Z"},)"
        R"( {"probe": "wrapup.questions"}])");
    const JsonImporter importer(core::Taxonomy::builtIn());
    Failure failure;
    const auto dataset = importer.parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    const core::Interview &parsed = dataset->candidates[0].interviews[0];
    QCOMPARE(parsed.probeTicks.size(), std::size_t(2));
    QCOMPARE(parsed.probeTicks[0].regretId, parsed.regrets[0].id);
    QCOMPARE(parsed.probeTicks[0].tickedAt,
             core::TimePoint(std::chrono::milliseconds(1795169100000)));
    QCOMPARE(parsed.probeTicks[1].regretId, core::Id(0));
    QCOMPARE(parsed.probeTicks[1].tickedAt, core::TimePoint{});

    // A regret index out of range, or an object without a probe, is refused with its path.
    QVERIFY(!importer.parse(withProbes(R"([{"probe": "probe.domain.load", "regret": 5}])"),
                            &failure));
    QVERIFY2(failure.where.endsWith(QStringLiteral("probes[0].regret")), qPrintable(failure.where));
    QVERIFY(!importer.parse(withProbes(R"([{"regret": 0}])"), &failure));
    QVERIFY2(failure.where.contains(QStringLiteral("probes[0]")), qPrintable(failure.where));
}

void TestJsonImporterValid::productRegretKeepsValidDomain()
{
    const auto dataset = JsonImporter(core::Taxonomy::builtIn())
                             .parse(withRegret(
                                        R"({"level": "product", "domain": "payments", "depth": 2})"),
                                    nullptr);
    QVERIFY(dataset);
    QCOMPARE(dataset->candidates[0].interviews[0].regrets[0].domain, std::string("payments"));
}

void TestJsonImporterValid::userTaxonomyIsAccepted()
{
    const QByteArray json = withRegret(
        R"({"level": "domain", "domain": "search", "depth": 3, "layers": ["grpc"]})");
    Failure failure;
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure));
    QCOMPARE(failure.where, QString::fromLatin1(regretPath) + QStringLiteral(".domain"));

    const core::Taxonomy custom({{core::Taxonomy::Kind::Layer, "grpc", "gRPC", false},
                                 {core::Taxonomy::Kind::Domain, "search", "Search", false}});
    const auto dataset = JsonImporter(custom).parse(json, &failure);
    QVERIFY(dataset);
    QCOMPARE(dataset->candidates[0].interviews[0].regrets[0].layers, std::set<std::string>{"grpc"});
}

QTEST_GUILESS_MAIN(TestJsonImporterValid)
#include "tst_jsonimporter_valid.moc"
