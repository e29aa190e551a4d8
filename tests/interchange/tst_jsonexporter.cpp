// JsonExporter: what it writes reads back as the same data, and writing a file either succeeds
// whole or leaves the disk as it was.

#include "ui/interchange/jsonexporter.h"
#include "ui/interchange/jsonimporter.h"

#include "core/interviewseal.h"
#include "core/storage/sqlitestore.h"
#include "tests/common/testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <map>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>

#include <csignal>
#endif

using namespace hindsight;
using interchange::Failure;
using interchange::JsonExporter;
using interchange::JsonImporter;

namespace {

using test::openStore;
using test::readAll;
using test::writeFile;

const QString scenarioPath
    = QStringLiteral(HINDSIGHT_SOURCE_DIR "/../shared/acceptance/scenario.json");

const QString demoPath = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/demo/demo.json");

const std::string hostile = "He said \"no\",\nthen\tleft \xF0\x9F\x9A\x80 <b>bold</b> & \\ back "
                            "'x' \xC3\xA6\xC3\xB8\xC3\xA5";

core::TimePoint utc(const char *iso)
{
    return core::TimePoint(std::chrono::milliseconds(
        QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch()));
}

std::optional<core::Dataset> parse(const QByteArray &json, Failure *failure = nullptr)
{
    return JsonImporter(core::Taxonomy::builtIn()).parse(json, failure);
}

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
    for (std::size_t i = 0; i < expected.roles.size(); ++i)
        QVERIFY2(actual.roles[i] == expected.roles[i], expected.roles[i].title.c_str());
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

// A dataset that uses every field of the format with values that are easy to lose.
core::Dataset richDataset()
{
    core::Dataset dataset;
    dataset.roles.push_back({ 0, "Fraud \"scoring\" pipeline", hostile, 2.5,
        { { "streaming", 4 }, { "performance", 3 } } });
    dataset.roles.push_back({ 0, "Payment backend", "", 7.5, {} });

    core::Dataset::CandidateEntry entry;
    entry.candidate.name = "Zoë \xF0\x9F\x9A\x80 O'Brien";
    entry.candidate.email = "zoe@example.org";
    entry.candidate.status = core::Candidate::Status::Withdrawn;
    entry.roleIndex = 1;

    core::Interview interview;
    interview.interviewer = "Sam <script>";
    interview.startedAt = utc("2026-11-20T10:00:00.250Z");
    interview.submitted = true;
    core::Regret domain;
    domain.id = 7; // local to the interview: the quote below is evidence for this regret
    domain.level = core::Regret::Level::Domain;
    domain.domain = "streaming";
    domain.depth = 4;
    domain.layers = { "queuing", "databases" };
    domain.system = hostile;
    domain.decision = "hand-written state rebuild";
    domain.why = "tab\there";
    domain.instead = "log-compacted topic";
    domain.impact = "line one\nline two";
    core::Regret product;
    product.position = 1;
    product.level = core::Regret::Level::Product;
    product.domain = "payments";
    product.depth = 2;
    core::Regret unclear;
    unclear.position = 2;
    unclear.level = core::Regret::Level::Unclear;
    interview.regrets = { domain, product, unclear };
    interview.notes.push_back({ 0, 0, 0, "system", "", 0, false });
    interview.notes.push_back({ 0, 0, 61001, "probe", hostile, 7, true });
    // The last id is one a later version of the interview guide might have dropped.
    interview.probesTicked = { "system.scale", "probe.domain.failure-modes", "wrapup.questions",
        "probe.retired-in-a-later-version" };
    entry.interviews.push_back(interview);

    core::Interview draft;
    draft.interviewer = "Kim";
    draft.startedAt = utc("2026-11-21T08:30:00Z");
    entry.interviews.push_back(draft);

    entry.decisions.push_back(
        { 0, 0, core::Decision::Outcome::Advance, "strong", "Kim", utc("2026-11-22T09:00:00Z") });
    entry.decisions.push_back(
        { 0, 0, core::Decision::Outcome::NoHire, hostile, "Sam", utc("2026-11-23T09:00:00.007Z") });
    dataset.candidates.push_back(entry);

    core::Dataset::CandidateEntry second;
    second.candidate.name = "Ada";
    second.roleIndex = 0;
    dataset.candidates.push_back(second);
    return dataset;
}

} // namespace

class TestJsonExporter : public QObject {
    Q_OBJECT

private slots:
    void roundTripRich();
    void roundTripScenario();
    void roundTripDemo();
    void roundTripThroughStore();
    void writesTheDocumentedShape();
    void sealedDigestSurvivesRoundTrip();
    void keepsUtf8AndHostileText();
    void exportsWholeStoreAndOneRole();
    void failsInMissingFolder();
    void failsOnFolderInTheWay();
    void storeFailureKeepsGoodFile();
    void writeFailureKeepsGoodFile();
    void replacesGoodFileOnSuccess();
    void newFileIsPrivate();
};

void TestJsonExporter::roundTripRich()
{
    const core::Dataset original = richDataset();
    Failure failure;
    const auto back = parse(JsonExporter::toJson(original), &failure);
    QVERIFY2(back, qPrintable(failure.sentence()));
    compareDatasets(*back, original);
}

void TestJsonExporter::roundTripScenario()
{
    const auto original = parse(readAll(scenarioPath));
    QVERIFY(original);
    const auto back = parse(JsonExporter::toJson(*original));
    QVERIFY(back);
    compareDatasets(*back, *original);
}

// The demo ticks probes in most submitted interviews; they come back as they went out.
void TestJsonExporter::roundTripDemo()
{
    Failure failure;
    const auto original = parse(readAll(demoPath), &failure);
    QVERIFY2(original, qPrintable(failure.sentence()));
    int submitted = 0, ticked = 0;
    for (const auto &entry : original->candidates) {
        for (const core::Interview &interview : entry.interviews) {
            submitted += interview.submitted ? 1 : 0;
            ticked += interview.submitted && !interview.probesTicked.empty() ? 1 : 0;
        }
    }
    // Most of them: three in four at least.
    QVERIFY2(ticked * 4 >= submitted * 3,
        qPrintable(QStringLiteral("%1 of %2").arg(ticked).arg(submitted)));
    const auto back = parse(JsonExporter::toJson(*original));
    QVERIFY(back);
    compareDatasets(*back, *original);
}

void TestJsonExporter::roundTripThroughStore()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    QVERIFY(!JsonImporter::importFile(*store, scenarioPath));
    const core::Dataset rich = richDataset();
    QVERIFY(!store->importDataset(rich));

    const auto exported = store->exportDataset();
    QVERIFY(exported);
    QCOMPARE(exported->candidates.size(), std::size_t(30));
    const auto back = parse(JsonExporter::toJson(*exported));
    QVERIFY(back);
    compareDatasets(*back, *exported);
}

void TestJsonExporter::writesTheDocumentedShape()
{
    const QJsonObject root = QJsonDocument::fromJson(JsonExporter::toJson(richDataset())).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("hindsight"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    const QJsonArray roles = root.value(QLatin1String("roles")).toArray();
    QCOMPARE(roles.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("r2"));
    QCOMPARE(roles.at(0)
                 .toObject()
                 .value(QLatin1String("domainDemands"))
                 .toObject()
                 .value(QLatin1String("streaming"))
                 .toInt(),
        4);

    const QJsonObject candidate
        = root.value(QLatin1String("candidates")).toArray().at(0).toObject();
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
    QCOMPARE(
        interviews.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("i1"));
    QCOMPARE(
        interviews.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("i2"));
    QCOMPARE(interviews.at(0).toObject().value(QLatin1String("startedAt")).toString(),
        QStringLiteral("2026-11-20T10:00:00.250Z"));
    QCOMPARE(interviews.at(1).toObject().value(QLatin1String("startedAt")).toString(),
        QStringLiteral("2026-11-21T08:30:00Z"));
    const QJsonArray regrets
        = interviews.at(0).toObject().value(QLatin1String("regrets")).toArray();
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
    // The probes ticked as asked, sorted; an interview without any has no `probes` at all.
    const QJsonValue probesValue = interviews.at(0).toObject().value(QLatin1String("probes"));
    QVERIFY(probesValue.isArray());
    QStringList probes;
    for (const QJsonValue &probe : probesValue.toArray())
        probes << probe.toString();
    QCOMPARE(probes,
        QStringList({ QStringLiteral("probe.domain.failure-modes"),
            QStringLiteral("probe.retired-in-a-later-version"), QStringLiteral("system.scale"),
            QStringLiteral("wrapup.questions") }));
    QVERIFY(!interviews.at(1).toObject().contains(QLatin1String("probes")));

    // The second candidate has no decision at all.
    const QJsonObject ada = root.value(QLatin1String("candidates")).toArray().at(1).toObject();
    QVERIFY(!ada.contains(QLatin1String("decision")));
    QCOMPARE(ada.value(QLatin1String("roleId")).toString(), QStringLiteral("r1"));
}

// A submitted interview is sealed again on import from what the file carries; the probes ticked
// are part of the seal, so the copy's digest matches the original's only if they came along.
void TestJsonExporter::sealedDigestSurvivesRoundTrip()
{
    QTemporaryDir dir;
    auto first = openStore(dir.filePath(QStringLiteral("first.sqlite3")));
    auto second = openStore(dir.filePath(QStringLiteral("second.sqlite3")));
    QVERIFY(first && second);
    QVERIFY(!first->importDataset(richDataset()));
    const auto exported = first->exportDataset();
    QVERIFY(exported);
    Failure failure;
    const auto back = parse(JsonExporter::toJson(*exported), &failure);
    QVERIFY2(back, qPrintable(failure.sentence()));
    QVERIFY(!second->importDataset(*back));

    const auto copied = second->exportDataset();
    QVERIFY(copied);
    // The store lists candidates in its own order; the one with the submitted interview is Zoë.
    const auto interviewsOfZoe = [](const core::Dataset &dataset) {
        for (const auto &entry : dataset.candidates) {
            if (entry.candidate.name.starts_with("Zo"))
                return entry.interviews;
        }
        return std::vector<core::Interview> {};
    };
    const auto original = interviewsOfZoe(*exported);
    const auto again = interviewsOfZoe(*copied);
    QCOMPARE(original.size(), std::size_t(2));
    QCOMPARE(again.size(), original.size());
    const core::Interview &sealed = original[0];
    const core::Interview &resealed = again[0];
    QVERIFY(sealed.submitted);
    QCOMPARE(sealed.probesTicked.size(), std::size_t(4));
    QCOMPARE(resealed.probesTicked, sealed.probesTicked);
    QVERIFY(!sealed.digest.empty());
    QCOMPARE(resealed.digest, sealed.digest);
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(resealed));

    // The comparison can fail: the same interview without its ticks seals to another digest.
    core::Interview unticked = sealed;
    unticked.probesTicked.clear();
    QVERIFY(core::InterviewSeal::digest(unticked) != sealed.digest);
}

void TestJsonExporter::keepsUtf8AndHostileText()
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

void TestJsonExporter::exportsWholeStoreAndOneRole()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    QVERIFY(!JsonImporter::importFile(*store, scenarioPath));

    const QString all = dir.filePath(QStringLiteral("all.json"));
    QVERIFY(!JsonExporter::exportFile(*store, all));
    const auto everything = parse(readAll(all));
    QVERIFY(everything);
    QCOMPARE(everything->roles.size(), std::size_t(4));
    QCOMPARE(everything->candidates.size(), std::size_t(28));

    const auto roles = store->roles();
    QVERIFY(roles);
    const auto fraud = std::find_if(roles->begin(), roles->end(),
        [](const core::Role &r) { return r.title == "Fraud scoring pipeline"; });
    QVERIFY(fraud != roles->end());
    const QString one = dir.filePath(QStringLiteral("fraud.json"));
    QVERIFY(!JsonExporter::exportFile(*store, one, fraud->id));
    const auto subset = parse(readAll(one));
    QVERIFY(subset);
    QCOMPARE(subset->roles.size(), std::size_t(1));
    QCOMPARE(subset->roles[0].title, std::string("Fraud scoring pipeline"));
    QCOMPARE(subset->candidates.size(), store->candidates(fraud->id)->size());
    QVERIFY(!subset->candidates.empty());
}

void TestJsonExporter::failsInMissingFolder()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    const QString target = dir.filePath(QStringLiteral("no/such/folder/out.json"));
    const auto failure = JsonExporter::exportFile(*store, target);
    QVERIFY(failure);
    QCOMPARE(failure->where, target);
    QVERIFY2(failure->sentence().contains(target), qPrintable(failure->sentence()));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

void TestJsonExporter::failsOnFolderInTheWay()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    const QString target = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out.json")));
    const QStringList before
        = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const auto failure = JsonExporter::exportFile(*store, target);
    QVERIFY(failure);
    QCOMPARE(failure->where, target);
    QVERIFY(failure->sentence().contains(target));
    QVERIFY(QFileInfo(target).isDir());
    // No temporary file is left behind beside it.
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestJsonExporter::storeFailureKeepsGoodFile()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    QVERIFY(!JsonImporter::importFile(*store, scenarioPath));
    const QString target = dir.filePath(QStringLiteral("good.json"));
    QVERIFY(!JsonExporter::exportFile(*store, target));
    const QByteArray good = readAll(target);
    QVERIFY(good.size() > 1000);

    // A role that does not exist: the export fails before writing and the good file stays.
    const auto failure = JsonExporter::exportFile(*store, target, core::Id(987654));
    QVERIFY(failure);
    QVERIFY2(failure->where.contains(QStringLiteral("987654")), qPrintable(failure->where));
    QVERIFY(!failure->cause.isEmpty());
    QCOMPARE(readAll(target), good);
}

void TestJsonExporter::writeFailureKeepsGoodFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    QVERIFY(!JsonImporter::importFile(*store, scenarioPath));
    const QString target = dir.filePath(QStringLiteral("good.json"));
    const QByteArray good = "{\"format\": \"hindsight\", \"version\": 1}";
    QVERIFY(writeFile(target, good));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    // A file size limit makes the write fail part-way, as a full disk would; it binds root too,
    // unlike file permissions. SIGXFSZ would kill the process, so it is ignored meanwhile.
    rlimit saved {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto failure = JsonExporter::exportFile(*store, target);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(failure);
    QCOMPARE(failure->where, target);
    QVERIFY(failure->sentence().contains(target));
    // The system's reason, not a generic one (tests run with LANG=C.UTF-8).
    QVERIFY2(failure->sentence().contains(QStringLiteral("too large")),
             qPrintable(failure->sentence()));
    QCOMPARE(readAll(target), good);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
#else
    QSKIP("needs a POSIX file size limit");
#endif
}

void TestJsonExporter::replacesGoodFileOnSuccess()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    const QString target = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeFile(target, "old contents"));
    QVERIFY(!store->importDataset(richDataset()));
    QVERIFY(!JsonExporter::exportFile(*store, target));
    const auto back = parse(readAll(target));
    QVERIFY(back);
    QCOMPARE(back->candidates.size(), std::size_t(2));
}

void TestJsonExporter::newFileIsPrivate()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("db.sqlite3")));
    QVERIFY(store);
    const QString target = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(!JsonExporter::exportFile(*store, target));
    const QFileDevice::Permissions permissions = QFileInfo(target).permissions();
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

QTEST_GUILESS_MAIN(TestJsonExporter)
#include "tst_jsonexporter.moc"
