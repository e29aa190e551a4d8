// JsonScanner, the strict streaming reader under the importer: a file read in chunks of any size
// gives what the whole document in memory gives (every string, escape and UTF-8 boundary falls
// somewhere), syntax errors name the byte, failures name the path, nesting and input are bounded.

#include "ui/interchange/jsonimporter.h"
#include "ui/interchange/jsonreader.h"
#include "ui/interchange/jsonscanner.h"

#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/interchange/documents.h"

#include <QBuffer>
#include <QTest>

using namespace hindsight;
using interchange::Failure;
using interchange::JsonImporter;
using interchange::JsonReader;
using interchange::JsonScanner;
using namespace Qt::StringLiterals;

namespace {

// `json` read through a device `chunk` bytes at a time.
std::optional<core::Dataset> parseChunked(const QByteArray &json, qint64 chunk, Failure *failure,
                                          qint64 maxBytes = qint64(1) << 30)
{
    QBuffer device;
    device.setData(json);
    device.open(QIODevice::ReadOnly);
    JsonScanner scanner(device, maxBytes, chunk);
    return JsonImporter(core::Taxonomy::builtIn()).parse(scanner, failure);
}

// Decisions without a decidedAt get the time of the parse; everything else must be equal.
bool sameDataset(const core::Dataset &a, const core::Dataset &b)
{
    if (a.roles != b.roles || a.candidates.size() != b.candidates.size())
        return false;
    for (std::size_t i = 0; i < a.candidates.size(); ++i) {
        const auto &x = a.candidates[i];
        const auto &y = b.candidates[i];
        if (!(x.candidate == y.candidate) || x.roleIndex != y.roleIndex
            || x.interviews != y.interviews || x.decisions.size() != y.decisions.size())
            return false;
        for (std::size_t d = 0; d < x.decisions.size(); ++d) {
            if (x.decisions[d].outcome != y.decisions[d].outcome
                || x.decisions[d].rationale != y.decisions[d].rationale)
                return false;
        }
    }
    return true;
}

} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT

private slots:
    void chunkedReadingMatchesMemory_data();
    void chunkedReadingMatchesMemory();
    void chunkedRefusalMatchesMemory_data();
    void chunkedRefusalMatchesMemory();
    void syntaxErrorNamesTheByte();
    void pathsFollowTheWalk();
    void deepNestingIsRefusedWithoutRecursion();
    void inputBeyondTheLimitStopsReading();
    void exportedLayoutIsRead();
};

void TestJsonScanner::chunkedReadingMatchesMemory_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("chunk");
    for (const QString &file : {test::scenarioFile(), test::demoFile()}) {
        for (qint64 chunk : {1, 2, 3, 7, 64, 4096, 65536})
            QTest::addRow("%s by %lld", qPrintable(file.section(u'/', -1)), chunk) << file << chunk;
    }
}

void TestJsonScanner::chunkedReadingMatchesMemory()
{
    QFETCH(QString, file);
    QFETCH(qint64, chunk);
    const QByteArray json = test::readAll(file);
    QVERIFY(!json.isEmpty());
    Failure failure;
    const auto whole = JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure);
    QVERIFY2(whole, qPrintable(failure.sentence()));
    QVERIFY(!whole->candidates.empty());
    const auto chunked = parseChunked(json, chunk, &failure);
    QVERIFY2(chunked, qPrintable(failure.sentence()));
    QVERIFY(sameDataset(*whole, *chunked));
}

void TestJsonScanner::chunkedRefusalMatchesMemory_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("escape across chunks") << test::withNote(R"({"atMs": 1, "text": "a\u0007b"})");
    QTest::addRow("surrogate pair split")
        << test::withNote(R"({"atMs": 1, "text": "\ud83d\ude00\ud800"})");
    QTest::addRow("UTF-8 split") << test::withNote(
        "{\"atMs\": 1, \"text\": \"\xe6\x97\xa5\xe6\x97\"}");
    QTest::addRow("duplicate key") << test::withNote(R"({"atMs": 1, "atMs": 2, "text": ""})");
    QTest::addRow("cut short") << test::withNote(R"({"atMs": 1, "text": ")").left(80);
    QTest::addRow("number cut short") << test::withNote(R"({"atMs": 1., "text": ""})");
}

void TestJsonScanner::chunkedRefusalMatchesMemory()
{
    QFETCH(QByteArray, json);
    Failure whole;
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(json, &whole));
    for (qint64 chunk : {1, 2, 3, 5, 8}) {
        Failure chunked;
        QVERIFY(!parseChunked(json, chunk, &chunked));
        QCOMPARE(chunked.where, whole.where);
        QCOMPARE(chunked.cause, whole.cause);
    }
}

void TestJsonScanner::syntaxErrorNamesTheByte()
{
    Failure failure;
    const QByteArray json = R"({"format": "hindsight", "version": 1, "roles": [x]})";
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure));
    QCOMPARE(failure.where, QString(JsonImporter::documentPath));
    QVERIFY2(failure.cause.contains(u"at byte %1, in roles[0]"_s.arg(json.indexOf('x'))),
             qPrintable(failure.cause));

    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(R"({"a": 1,})", &failure));
    QVERIFY2(failure.cause.contains(u"at byte 8"_s), qPrintable(failure.cause)); // bytes count from 0
}

void TestJsonScanner::pathsFollowTheWalk()
{
    const QByteArray json = R"({"a": [1, {"b": "x"}], "c": {"d": [[true]]}})";
    JsonScanner scanner(json);
    JsonReader in(scanner);
    QStringList seen;
    {
        JsonReader::Members top(in);
        while (top.next()) {
            seen << in.path();
            if (top.is("a")) {
                JsonReader::Elements list(in);
                while (list.next()) {
                    seen << in.path();
                    if (in.peek() == JsonReader::Kind::Object) {
                        JsonReader::Members inner(in);
                        while (inner.next()) {
                            seen << in.path();
                            in.skip();
                        }
                        seen << in.path(); // after the walk: the object itself
                    }
                }
            }
        }
    }
    scanner.finish();
    QVERIFY(!scanner.failed());
    QCOMPARE(seen, (QStringList{u"a"_s, u"a[0]"_s, u"a[1]"_s, u"a[1].b"_s, u"a[1]"_s, u"c"_s}));
}

void TestJsonScanner::deepNestingIsRefusedWithoutRecursion()
{
    // A million brackets: a recursive reader would run out of stack long before the end.
    const QByteArray json = R"({"format": "hindsight", "version": 1, "x": )"
                            + QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']') + "}";
    Failure failure;
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure));
    QVERIFY2(failure.where.startsWith(u"x[0][0]"_s), qPrintable(failure.where));
    QVERIFY2(failure.cause.contains(u"the limit is 64"_s), qPrintable(failure.cause));
}

void TestJsonScanner::inputBeyondTheLimitStopsReading()
{
    // A file that grew after its size was checked: reading stops one byte past the limit.
    const QByteArray json = test::withRegret(test::goodRegret);
    QBuffer device;
    device.setData(json);
    device.open(QIODevice::ReadOnly);
    JsonScanner scanner(device, json.size() - 10, 16);
    Failure failure;
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(scanner, &failure));
    QVERIFY(scanner.overflowed());
    QVERIFY(device.pos() <= json.size() - 9);
    QVERIFY(parseChunked(json, 16, &failure, json.size()));
}

void TestJsonScanner::exportedLayoutIsRead()
{
    // The exporter writes keys sorted: candidates before roles, notes before regrets, the header
    // last. Links forward are resolved, and a dangling one is still named.
    const QByteArray json = R"({"candidates": [{"interviews": [{"interviewer": "Sam",
        "notes": [{"atMs": 5, "regret": 1, "text": "b"}, {"atMs": 1, "regret": 0, "text": "a"}],
        "probes": ["system.scale", {"probe": "p", "regret": 1}],
        "regrets": [{"depth": 1, "level": "product"}, {"depth": 2, "level": "product"}],
        "startedAt": "2026-11-20T10:00:00Z"}], "name": "Ada", "roleId": "r2"}],
        "format": "hindsight",
        "roles": [{"breadthDemand": 1, "id": "r1", "title": "One"},
                  {"breadthDemand": 2, "id": "r2", "title": "Two"}],
        "version": 1})";
    Failure failure;
    const auto dataset = JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    QCOMPARE(dataset->candidates.at(0).roleIndex, std::size_t(1));
    const core::Interview &interview = dataset->candidates.at(0).interviews.at(0);
    QCOMPARE(interview.notes.at(0).text, std::string("a"));
    QCOMPARE(interview.notes.at(0).regretId, core::Id(1));
    QCOMPARE(interview.notes.at(1).regretId, core::Id(2));
    QCOMPARE(interview.probeTicks.size(), std::size_t(2));
    QCOMPARE(interview.probeTicks.at(0).regretId, core::Id(1));
    QCOMPARE(interview.probeTicks.at(1).regretId, core::Id(2));

    QByteArray dangling = json;
    dangling.replace(R"("roleId": "r2")", R"("roleId": "r3")");
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(dangling, &failure));
    QCOMPARE(failure.where, u"candidates[0].roleId"_s);
    QByteArray badLink = json;
    badLink.replace(R"("regret": 1, "text": "b")", R"("regret": 2, "text": "b")");
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(badLink, &failure));
    QCOMPARE(failure.where, u"candidates[0].interviews[0].notes[0].regret"_s);
    QVERIFY2(failure.cause.contains(u"from 0 to 1, found 2"_s), qPrintable(failure.cause));

    // Not a Hindsight file: said so, whatever else is wrong before the header.
    QByteArray other = badLink;
    other.replace(R"("format": "hindsight")", R"("format": "other")");
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(other, &failure));
    QCOMPARE(failure.where, u"format"_s);
}

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
