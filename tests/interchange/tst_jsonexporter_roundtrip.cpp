// JsonExporter's documents: what it writes reads back as the same data (a rich dataset, the
// acceptance scenario, the demo, a store's export), in the documented shape, with UTF-8 and
// hostile text kept, and a submitted interview's seal the same after the round trip.

#include "ui/interchange/jsonexporter.h"
#include "ui/interchange/jsonimporter.h"

#include "core/interviewseal.h"
#include "core/storage/sqlite/sqlitestore.h"
#include "core/uuid.h"

#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/interchange/richdataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace hindsight;
using interchange::Failure;
using interchange::JsonExporter;
using interchange::JsonImporter;
using namespace hindsight::test;

namespace {

// Ids and the submission seal (the digest, recomputed on import) are the store's business and do
// not travel through the interchange format. A note's link to a regret does: it becomes the
// regret's position + 1, so that a link lost or moved on the way makes the datasets differ.
core::Dataset withoutIds(core::Dataset dataset)
{
    for (core::Role &role : dataset.roles)
        role.id = 0;
    for (auto &entry : dataset.candidates) {
        entry.candidate.id = 0;
        entry.candidate.roleId = 0;
        for (core::Interview &interview : entry.interviews) {
            interview.id = interview.candidateId = 0;
            interview.digest.clear();
            std::map<core::Id, core::Id> linkOf;
            for (core::Regret &regret : interview.regrets) {
                if (regret.id != 0)
                    linkOf[regret.id] = regret.position + 1;
                regret.id = regret.interviewId = 0;
            }
            for (core::Note &note : interview.notes) {
                if (note.regretId != 0)
                    note.regretId = linkOf.contains(note.regretId) ? linkOf[note.regretId] : -1;
                note.id = note.interviewId = 0;
            }
            for (core::ProbeTick &tick : interview.probeTicks) {
                if (tick.regretId != 0)
                    tick.regretId = linkOf.contains(tick.regretId) ? linkOf[tick.regretId] : -1;
            }
        }
        for (core::Decision &decision : entry.decisions)
            decision.id = decision.candidateId = 0;
    }
    return dataset;
}

// Compares part by part, ids aside, so that a failure says which part differs.
void compareDatasets(const core::Dataset &actualWithIds, const core::Dataset &expectedWithIds)
{
    const core::Dataset actual = withoutIds(actualWithIds);
    const core::Dataset expected = withoutIds(expectedWithIds);
    QCOMPARE(actual.roles.size(), expected.roles.size());
    for (std::size_t i = 0; i < expected.roles.size(); ++i) {
        QVERIFY2(actual.roles[i] == expected.roles[i], expected.roles[i].title.c_str());
    }
    QCOMPARE(actual.candidates.size(), expected.candidates.size());
    for (std::size_t i = 0; i < expected.candidates.size(); ++i) {
        const auto &a = actual.candidates[i];
        const auto &e = expected.candidates[i];
        const char *name = e.candidate.name.c_str();
        QVERIFY2(a.candidate == e.candidate, name);
        QVERIFY2(a.roleIndex == e.roleIndex, name);
        QVERIFY2(a.interviews == e.interviews, name);
        QVERIFY2(a.decisions == e.decisions, name);
    }
}

} // namespace

class TestJsonExporterRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void roundTripRich();
    void roundTripScenario();
    void roundTripDemo();
    void roundTripThroughStore();
    void writesTheDocumentedShape();
    void identitiesTravel();
    void sealedDigestSurvivesRoundTrip();
    void keepsUtf8AndHostileText();
};

void TestJsonExporterRoundTrip::roundTripRich()
{
    const core::Dataset original = richDataset();
    Failure failure;
    const auto back = parse(JsonExporter::toJson(original), &failure);
    QVERIFY2(back, qPrintable(failure.sentence()));
    compareDatasets(*back, original);
}

void TestJsonExporterRoundTrip::roundTripScenario()
{
    const auto original = parse(readAll(test::scenarioFile()));
    QVERIFY(original);
    const auto back = parse(JsonExporter::toJson(*original));
    QVERIFY(back);
    compareDatasets(*back, *original);
}

// The demo ticks probes in most submitted interviews; they come back as they went out.
void TestJsonExporterRoundTrip::roundTripDemo()
{
    Failure failure;
    const auto original = parse(readAll(test::demoFile()), &failure);
    QVERIFY2(original, qPrintable(failure.sentence()));
    int submitted = 0, ticked = 0;
    for (const auto &entry : original->candidates) {
        for (const core::Interview &interview : entry.interviews) {
            submitted += interview.submitted ? 1 : 0;
            ticked += interview.submitted && !interview.probeTicks.empty() ? 1 : 0;
        }
    }
    // Most of them: three in four at least.
    QVERIFY2(ticked * 4 >= submitted * 3,
             qPrintable(QStringLiteral("%1 of %2").arg(ticked).arg(submitted)));
    const auto back = parse(JsonExporter::toJson(*original));
    QVERIFY(back);
    compareDatasets(*back, *original);
}

void TestJsonExporterRoundTrip::roundTripThroughStore()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    QVERIFY(!JsonImporter::importFile(store, test::scenarioFile()));
    const core::Dataset rich = richDataset();
    QVERIFY(store.importDataset(rich));

    const auto exported = store.exportDataset();
    QVERIFY(exported);
    QCOMPARE(exported->candidates.size(), std::size_t(30));
    const auto back = parse(JsonExporter::toJson(*exported));
    QVERIFY(back);
    compareDatasets(*back, *exported);
}

// Version 2: what a store exports names every entity by its UUID, links notes to regrets by the
// regret's id, and another database that imports it holds the same identities, so its own export
// is the same file.
void TestJsonExporterRoundTrip::identitiesTravel()
{
    test::TemporaryDatabase first;
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first.store().importDataset(richDataset()));
    const auto exported = first.store().exportDataset();
    QVERIFY(exported);
    const QByteArray json = JsonExporter::toJson(*exported);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 2);
    const QJsonObject role = root.value(QLatin1String("roles")).toArray().at(0).toObject();
    QVERIFY(core::uuid::isValid(role.value(QLatin1String("id")).toString().toStdString()));
    const QJsonObject candidate = root.value(QLatin1String("candidates")).toArray().at(0).toObject();
    QVERIFY(core::uuid::isValid(candidate.value(QLatin1String("id")).toString().toStdString()));
    QVERIFY(candidate.contains(QLatin1String("updatedAt")));
    bool sawLink = false;
    for (const QJsonValue &c : root.value(QLatin1String("candidates")).toArray()) {
        for (const QJsonValue &i : c.toObject().value(QLatin1String("interviews")).toArray()) {
            const QJsonObject interview = i.toObject();
            QVERIFY(
                core::uuid::isValid(interview.value(QLatin1String("id")).toString().toStdString()));
            QVERIFY(interview.contains(QLatin1String("interviewerEmail")));
            QStringList regretIds;
            for (const QJsonValue &r : interview.value(QLatin1String("regrets")).toArray())
                regretIds << r.toObject().value(QLatin1String("id")).toString();
            for (const QJsonValue &n : interview.value(QLatin1String("notes")).toArray()) {
                const QJsonValue link = n.toObject().value(QLatin1String("regret"));
                if (link.isUndefined())
                    continue;
                QVERIFY(regretIds.contains(link.toString()));
                sawLink = true;
            }
        }
    }
    QVERIFY(sawLink);

    test::TemporaryDatabase second;
    QVERIFY2(second, qPrintable(second.error()));
    const QString file = second.filePath(QStringLiteral("first.json"));
    QVERIFY(test::writeFile(file, json));
    QVERIFY(!JsonImporter::importFile(second.store(), file));
    const auto again = second.store().exportDataset();
    QVERIFY(again);
    QCOMPARE(JsonExporter::toJson(*again), json);
}

void TestJsonExporterRoundTrip::writesTheDocumentedShape()
{
    const QJsonObject root = QJsonDocument::fromJson(JsonExporter::toJson(richDataset())).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("hindsight"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 2);
    // A dataset built in memory has no identities yet: its ids are local to the file.
    const QJsonArray roles = root.value(QLatin1String("roles")).toArray();
    QCOMPARE(roles.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("r2"));
    QCOMPARE(roles.at(0)
                 .toObject()
                 .value(QLatin1String("domainDemands"))
                 .toObject()
                 .value(QLatin1String("streaming"))
                 .toInt(),
             4);

    const QJsonObject candidate = root.value(QLatin1String("candidates")).toArray().at(0).toObject();
    QCOMPARE(candidate.value(QLatin1String("id")).toString(), QStringLiteral("c1"));
    QCOMPARE(candidate.value(QLatin1String("roleId")).toString(), QStringLiteral("r2"));
    QCOMPARE(candidate.value(QLatin1String("status")).toString(), QStringLiteral("withdrawn"));
    // `decision` is the latest one; `decisions` is the history.
    const QJsonObject decision = candidate.value(QLatin1String("decision")).toObject();
    QCOMPARE(decision.value(QLatin1String("outcome")).toString(), QStringLiteral("no-hire"));
    const QJsonArray decisions = candidate.value(QLatin1String("decisions")).toArray();
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.at(1).toObject().value(QLatin1String("decidedAt")).toString(),
             QStringLiteral("2026-11-23T09:00:00.007Z"));

    const QJsonArray interviews = candidate.value(QLatin1String("interviews")).toArray();
    QCOMPARE(interviews.at(0).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("i1"));
    QCOMPARE(interviews.at(1).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("i2"));
    QCOMPARE(interviews.at(0).toObject().value(QLatin1String("startedAt")).toString(),
             QStringLiteral("2026-11-20T10:00:00.250Z"));
    QCOMPARE(interviews.at(1).toObject().value(QLatin1String("startedAt")).toString(),
             QStringLiteral("2026-11-21T08:30:00Z"));
    const QJsonArray regrets = interviews.at(0).toObject().value(QLatin1String("regrets")).toArray();
    QCOMPARE(regrets.at(0).toObject().value(QLatin1String("domain")).toString(),
             QStringLiteral("streaming"));
    QCOMPARE(regrets.at(1).toObject().value(QLatin1String("domain")).toString(),
             QStringLiteral("payments"));
    QVERIFY(!regrets.at(2).toObject().contains(QLatin1String("domain")));
    QCOMPARE(regrets.at(0).toObject().value(QLatin1String("layers")).toArray().size(), 2);
    // A note that is evidence for a regret names it by its index in `regrets`.
    const QJsonArray notes = interviews.at(0).toObject().value(QLatin1String("notes")).toArray();
    QVERIFY(!notes.at(0).toObject().contains(QLatin1String("regret")));
    QCOMPARE(notes.at(1).toObject().value(QLatin1String("regret")).toInt(-1), 0);
    // The probes ticked as asked, each with its regret's index and its time when known, in the
    // store's order; an interview without any has no `probes` at all.
    const QJsonValue probesValue = interviews.at(0).toObject().value(QLatin1String("probes"));
    QVERIFY(probesValue.isArray());
    QStringList probes;
    for (const QJsonValue &probe : probesValue.toArray()) {
        const QJsonObject tick = probe.toObject();
        probes << QStringLiteral("%1 %2 %3")
                      .arg(tick.value(QLatin1String("probe")).toString(),
                           tick.contains(QLatin1String("regret"))
                               ? QString::number(tick.value(QLatin1String("regret")).toInt())
                               : QStringLiteral("-"),
                           tick.value(QLatin1String("tickedAt")).toString(QStringLiteral("-")));
    }
    QCOMPARE(probes,
             QStringList({QStringLiteral("probe.retired-in-a-later-version - -"),
                          QStringLiteral("wrapup.questions - 2026-11-20T10:41:00.250Z"),
                          QStringLiteral("probe.domain.failure-modes 0 2026-11-20T10:20:00Z"),
                          QStringLiteral("system.scale 0 -")}));
    QVERIFY(!interviews.at(1).toObject().contains(QLatin1String("probes")));

    // The second candidate has no decision at all.
    const QJsonObject ada = root.value(QLatin1String("candidates")).toArray().at(1).toObject();
    QVERIFY(!ada.contains(QLatin1String("decision")));
    QCOMPARE(ada.value(QLatin1String("roleId")).toString(), QStringLiteral("r1"));
}

// A submitted interview is sealed again on import from what the file carries; the probes ticked
// are part of the seal, so the copy's digest matches the original's only if they came along.
void TestJsonExporterRoundTrip::sealedDigestSurvivesRoundTrip()
{
    test::TemporaryDatabase first, second;
    QVERIFY2(first && second, qPrintable(first.error() + second.error()));
    QVERIFY(first.store().importDataset(richDataset()));
    const auto exported = first.store().exportDataset();
    QVERIFY(exported);
    Failure failure;
    const auto back = parse(JsonExporter::toJson(*exported), &failure);
    QVERIFY2(back, qPrintable(failure.sentence()));
    QVERIFY(second.store().importDataset(*back));

    const auto copied = second.store().exportDataset();
    QVERIFY(copied);
    // The store lists candidates in its own order; the one with the submitted interview is Zoë.
    const auto interviewsOfZoe = [](const core::Dataset &dataset) {
        for (const auto &entry : dataset.candidates) {
            if (entry.candidate.name.starts_with("Zo"))
                return entry.interviews;
        }
        return std::vector<core::Interview>{};
    };
    const auto original = interviewsOfZoe(*exported);
    const auto again = interviewsOfZoe(*copied);
    // Zoë's draft stays behind: an export carries the submitted interview alone.
    QCOMPARE(original.size(), std::size_t(1));
    QCOMPARE(again.size(), original.size());
    const core::Interview &sealed = original[0];
    const core::Interview &resealed = again[0];
    QVERIFY(sealed.submitted);
    QCOMPARE(sealed.probeTicks.size(), std::size_t(4));
    QCOMPARE(resealed.probeTicks.size(), sealed.probeTicks.size());
    for (std::size_t t = 0; t < sealed.probeTicks.size(); ++t) {
        QCOMPARE(resealed.probeTicks[t].probe, sealed.probeTicks[t].probe);
        QCOMPARE(resealed.probeTicks[t].tickedAt, sealed.probeTicks[t].tickedAt);
        QCOMPARE(resealed.probeTicks[t].regretId != 0, sealed.probeTicks[t].regretId != 0);
    }
    QVERIFY(!sealed.digest.empty());
    QCOMPARE(resealed.digest, sealed.digest);
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(resealed));

    // The comparison can fail: the same interview without its ticks seals to another digest.
    core::Interview unticked = sealed;
    unticked.probeTicks.clear();
    QVERIFY(core::InterviewSeal::digest(unticked) != sealed.digest);
    // And so does a tick moved to another regret.
    core::Interview moved = sealed;
    moved.probeTicks.back().regretId = sealed.regrets.back().id;
    QVERIFY(core::InterviewSeal::digest(moved) != sealed.digest);
}

void TestJsonExporterRoundTrip::keepsUtf8AndHostileText()
{
    const QByteArray json = JsonExporter::toJson(richDataset());
    // Raw UTF-8 in the file, not \u escapes, so people can read it.
    QVERIFY(json.contains("\xF0\x9F\x9A\x80"));
    QVERIFY(json.contains("Zo\xC3\xAB"));
    QVERIFY(json.contains("<b>bold</b>"));
    // Quotes, newlines and tabs are escaped and the document stays valid.
    QVERIFY(json.contains("\\\"no\\\""));
    QVERIFY(json.contains("\\n"));
    QVERIFY(json.contains("\\t"));
    const auto back = parse(json);
    QVERIFY(back);
    QCOMPARE(back->candidates[0].interviews[0].notes[1].text, hostile);
    QCOMPARE(back->roles[0].description, hostile);
}

QTEST_GUILESS_MAIN(TestJsonExporterRoundTrip)
#include "tst_jsonexporter_roundtrip.moc"
