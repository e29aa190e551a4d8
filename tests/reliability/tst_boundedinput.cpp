// Bounded, strict input (issue 13): an import refuses duplicate keys, control characters, text
// beyond the length limits (core/limits.h), integers a JSON number cannot carry exactly, and
// anything that is not a regular file of bounded size; each refusal names the JSON path (or the
// file) and the limit, and leaves the database byte for byte as it was, even when the bad value
// comes after hundreds of good candidates. Free text keeps its tabs and newlines.

#include "ui/interchange/jsonimporter.h"

#include "core/limits.h"

#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/interchange/documents.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace hindsight;
using interchange::Failure;
using interchange::JsonImporter;
using namespace hindsight::test;
using namespace Qt::StringLiterals;
namespace limits = core::limits;

namespace {

// Bytes as written, NUL included.
template<std::size_t N>
QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

QByteArray named(const QByteArray &name)
{
    return withCandidate(R"({"name": )" + quoted(name) + R"(, "roleId": "r1"})");
}

QByteArray noteText(const QByteArray &text)
{
    return withNote(R"({"atMs": 1, "text": )" + quoted(text) + "}");
}

QByteArray candidateWith(const QByteArray &members)
{
    return withCandidate(R"({"name": "Ada", "roleId": "r1", )" + members + "}");
}

QByteArray roleWith(const QByteArray &members)
{
    return withRole(R"({"id": "r1", "title": "T", "breadthDemand": 1, )" + members + "}");
}

QByteArray repeated(const char *text, int times)
{
    return QByteArray(text).repeated(times);
}

const QString name = u"candidates[0].name"_s;
const QString note = u"candidates[0].interviews[0].notes[0]"_s;

} // namespace

class TestBoundedInput : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void freeTextKeepsTabsAndNewlines();
    void textAtTheLimitsIsAccepted();
    void fileRefusedHalfWayChangesNothing();
    void devicesAndPipesAreRefused();
    void oversizeIsRefusedBeforeReading();
};

void TestBoundedInput::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    // Duplicate keys, wherever they are and however they are written: QJsonDocument would keep
    // the last one silently.
    QTest::newRow("duplicate key at the top")
        << QByteArray(R"({"format": "hindsight", "version": 1, "version": 1, "candidates": []})")
        << u"version"_s << u"duplicate key \"version\""_s;
    QTest::newRow("duplicate name")
        << candidateWith(R"("name": "Eve")") << name << u"duplicate key \"name\""_s;
    QTest::newRow("duplicate written as an escape")
        << candidateWith(R"("n\u0061me": "Eve")") << name << u"duplicate key \"name\""_s;
    QTest::newRow("duplicate note text") << withNote(R"({"atMs": 1, "text": "a", "text": "b"})")
                                         << note + u".text"_s << u"duplicate key \"text\""_s;
    QTest::newRow("duplicate domain demand")
        << roleWith(R"("domainDemands": {"payments": 1, "payments": 4})")
        << u"roles[0].domainDemands.payments"_s << u"duplicate key"_s;
    QTest::newRow("duplicate inside an unknown field")
        << candidateWith(R"("future": {"list": [{"b": 1, "b": 2}]})")
        << u"candidates[0].future.list[0].b"_s << u"duplicate key \"b\""_s;

    // Control characters, raw and escaped: none in one-line values, only tab and newline in text.
    QTest::newRow("NUL raw in a name") << named(raw("Ada\0Eve")) << name << u"U+0000"_s;
    QTest::newRow("NUL escaped in a name") << named(R"(Ada\u0000Eve)") << name << u"U+0000"_s;
    QTest::newRow("ESC raw in a note")
        << noteText(raw("red \x1b[31m")) << note + u".text"_s << u"U+001B at character 5"_s;
    QTest::newRow("ESC escaped in a note")
        << noteText(R"(red \u001b[31m)") << note + u".text"_s << u"U+001B"_s;
    QTest::newRow("BEL raw in a title")
        << withRole(raw("{\"id\": \"r1\", \"title\": \"T\a\", \"breadthDemand\": 1}"))
        << u"roles[0].title"_s << u"U+0007"_s;
    QTest::newRow("BEL escaped in a rationale")
        << candidateWith(R"("decision": {"outcome": "hold", "rationale": "ding \u0007"})")
        << u"candidates[0].decision.rationale"_s << u"U+0007"_s;
    QTest::newRow("carriage return in a note")
        << noteText(R"(one\r\ntwo)") << note + u".text"_s << u"U+000D"_s;
    QTest::newRow("tab in a name") << named(R"(Ada\tLovelace)") << name << u"U+0009"_s;
    QTest::newRow("raw newline in a name") << named("Ada\nLovelace") << name << u"U+000A"_s;
    QTest::newRow("newline in an e-mail")
        << candidateWith(R"("email": "a@b.c\nBcc: x")") << u"candidates[0].email"_s << u"U+000A"_s;
    QTest::newRow("tab in an interviewer")
        << withCandidate(candidate(R"({"interviewer": "Sam\t", "startedAt": "2026-11-20T10:00:00Z"})"))
        << u"candidates[0].interviews[0].interviewer"_s << u"U+0009"_s;
    QTest::newRow("newline in a role id")
        << withRole(R"({"id": "r1\n", "title": "T", "breadthDemand": 1})") << u"roles[0].id"_s
        << u"U+000A"_s;
    QTest::newRow("control character in a key")
        << candidateWith(R"("fu\u0001ture": 1)") << u"candidates[0]"_s
        << u"a key holds the control character U+0001"_s;
    QTest::newRow("control character in an unknown field")
        << candidateWith(R"("future": ["ok", "x\u0002"])") << u"candidates[0].future[1]"_s
        << u"U+0002"_s;

    // Lengths, in characters (code points), named with the limit.
    const auto over = [](int limit) {
        return u"is %1 characters long; the limit is %2"_s.arg(limit + 1).arg(limit);
    };
    QTest::newRow("name of 201 characters")
        << named(repeated("x", limits::lineLength + 1)) << name << over(limits::lineLength);
    QTest::newRow("name of 201 two-byte characters")
        << named(repeated("\xc3\xa9", limits::lineLength + 1)) << name << over(limits::lineLength);
    QTest::newRow("name of 10 MB") << named(repeated("x", 10 * 1024 * 1024)) << name
                                   << u"is 10485760 characters long; the limit is 200"_s;
    QTest::newRow("title of 201 characters")
        << withRole(R"({"id": "r1", "breadthDemand": 1, "title": )"
                    + quoted(repeated("T", limits::lineLength + 1)) + "}")
        << u"roles[0].title"_s << over(limits::lineLength);
    QTest::newRow("e-mail of 201 characters")
        << candidateWith(R"("email": )" + quoted(repeated("e", limits::lineLength + 1)))
        << u"candidates[0].email"_s << over(limits::lineLength);
    QTest::newRow("note of 20,001 characters") << noteText(repeated("n", limits::textLength + 1))
                                               << note + u".text"_s << over(limits::textLength);
    QTest::newRow("answer of 20,001 characters")
        << withRegret(R"({"level": "product", "depth": 1, "why": )"
                      + quoted(repeated("w", limits::textLength + 1)) + "}")
        << QString::fromLatin1(regretPath) + u".why"_s << over(limits::textLength);
    QTest::newRow("description of 20,001 characters")
        << roleWith(R"("description": )" + quoted(repeated("d", limits::textLength + 1)))
        << u"roles[0].description"_s << over(limits::textLength);
    QTest::newRow("unknown field of 20,001 characters")
        << candidateWith(R"("future": )" + quoted(repeated("f", limits::textLength + 1)))
        << u"candidates[0].future"_s << over(limits::textLength);
    QTest::newRow("key of 201 characters")
        << candidateWith(quoted(repeated("k", limits::lineLength + 1)) + ": 1")
        << u"candidates[0]"_s << u"a key is 201 characters long; the limit is 200"_s;

    // Integers a JSON number (a double) cannot carry exactly are refused, not rounded.
    QTest::newRow("atMs 2^53 + 1")
        << withNote(R"({"atMs": 9007199254740993, "text": ""})") << note + u".atMs"_s
        << u"found 9007199254740993, which is beyond 2^53"_s;
    QTest::newRow("atMs beyond 64 bits")
        << withNote(R"({"atMs": 123456789012345678901234567890, "text": ""})") << note + u".atMs"_s
        << u"beyond 2^53"_s;
    QTest::newRow("atMs 1e300") << withNote(R"({"atMs": 1e300, "text": ""})") << note + u".atMs"_s
                                << u"beyond 2^53"_s;

    // Text that is not Unicode.
    QTest::newRow("invalid UTF-8 in a name") << named("Ad\xc3\x28") << name << u"not UTF-8"_s;
    QTest::newRow("overlong UTF-8 in a note")
        << noteText("a\xc0\xaf") << note + u".text"_s << u"not UTF-8"_s;
    QTest::newRow("unpaired surrogate in a note")
        << noteText(R"(\ud800x)") << note + u".text"_s << u"surrogate"_s;

    const QString whole = JsonImporter::documentPath;
    QTest::newRow("text after the document")
        << withRegret(goodRegret) + " {}" << whole << u"more text follows"_s;
    QTest::newRow("nesting beyond the limit")
        << candidateWith(R"("future": )" + repeated("[", 1000) + repeated("]", 1000))
        << u"candidates[0].future[0]*"_s << u"the limit is 64"_s;
}

void TestBoundedInput::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);

    Failure failure;
    QVERIFY(!JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure));
    // A `where` ending in * is the start of a path too long to spell out.
    if (where.endsWith(u'*')) {
        where.chop(1);
        QVERIFY2(failure.where.startsWith(where), qPrintable(failure.where));
    } else {
        QCOMPARE(failure.where, where);
    }
    QVERIFY2(failure.cause.contains(messagePart), qPrintable(failure.cause));

    // The same through a file into a database that already holds a candidate: refused with the
    // same words, and not a byte written.
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const QString badFile = db.filePath(u"bad.json"_s);
    QVERIFY(writeFile(badFile, json));
    QVERIFY2(db.importFile(demoFile()), qPrintable(db.error()));
    db.close();
    const QByteArray before = databaseBytes(db.path());
    QVERIFY2(db.reopen(), qPrintable(db.error()));
    const auto refused = JsonImporter::importFile(db.store(), badFile);
    QVERIFY(refused);
    QCOMPARE(refused->where, failure.where == JsonImporter::documentPath ? badFile : failure.where);
    QCOMPARE(refused->cause, failure.cause);
    QVERIFY(refused->sentence().contains(badFile));
    db.close();
    QVERIFY(databaseBytes(db.path()) == before);
}

void TestBoundedInput::freeTextKeepsTabsAndNewlines()
{
    // Escaped and raw (as QJsonDocument read them): free text keeps its tabs and line breaks.
    const QByteArray json = document(
        R"({"id": "r1", "title": "T", "breadthDemand": 1, "description": "a\tb\nc"})",
        candidate(interview(R"({"level": "product", "depth": 1, "why": "one)"
                            "\n"
                            "two\tthree\"}",
                            R"({"atMs": 1, "text": "first line\nsecond\tcolumn"})"),
                  R"(, "decision": {"outcome": "hold", "rationale": "because\n\tindented"})"));
    Failure failure;
    const auto dataset = JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    QCOMPARE(dataset->roles.at(0).description, std::string("a\tb\nc"));
    const auto &entry = dataset->candidates.at(0);
    QCOMPARE(entry.interviews.at(0).regrets.at(0).why, std::string("one\ntwo\tthree"));
    QCOMPARE(entry.interviews.at(0).notes.at(0).text, std::string("first line\nsecond\tcolumn"));
    QCOMPARE(entry.decisions.at(0).rationale, std::string("because\n\tindented"));

    // And they survive the database.
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const QString file = db.filePath(u"tabs.json"_s);
    QVERIFY(writeFile(file, json));
    QVERIFY2(db.importFile(file), qPrintable(db.error()));
    const auto candidates = db.store().candidates();
    QVERIFY(candidates && candidates->size() == 1);
    const auto interviews = db.store().interviews(candidates->front().id);
    QVERIFY(interviews && interviews->size() == 1);
    QCOMPARE(interviews->front().notes.at(0).text, std::string("first line\nsecond\tcolumn"));
}

void TestBoundedInput::textAtTheLimitsIsAccepted()
{
    // 200 characters of four UTF-8 bytes each (two UTF-16 units): characters are counted, not
    // bytes or units.
    const QByteArray longName = repeated("\xf0\x9f\x98\x80", limits::lineLength);
    const QByteArray longNote = repeated("n", limits::textLength - 1) + "\\n";
    const QByteArray json = document(
        R"({"id": "r1", "breadthDemand": 1, "title": )" + quoted(repeated("T", limits::lineLength))
            + "}",
        R"({"name": )" + quoted(longName) + R"(, "roleId": "r1", "interviews": [)"
            + interview(goodRegret, R"({"atMs": 9007199254740992, "text": )" + quoted(longNote) + "}")
            + "]}");
    Failure failure;
    const auto dataset = JsonImporter(core::Taxonomy::builtIn()).parse(json, &failure);
    QVERIFY2(dataset, qPrintable(failure.sentence()));
    QCOMPARE(QString::fromStdString(dataset->candidates.at(0).candidate.name).size(),
             qsizetype(2 * limits::lineLength));
    const core::Note &kept = dataset->candidates.at(0).interviews.at(0).notes.at(0);
    QCOMPARE(kept.text.size(), std::size_t(limits::textLength));
    QCOMPARE(kept.atMs, std::int64_t(1) << 53);
}

void TestBoundedInput::fileRefusedHalfWayChangesNothing()
{
    // 300 good candidates, then one with a duplicate key: the file is refused whole.
    QByteArray candidates;
    for (int i = 0; i < 300; ++i)
        candidates += candidate(interview(goodRegret))
                          .replace("Ada Example", "Candidate " + QByteArray::number(i))
                      + ',';
    candidates += R"({"name": "Eve", "roleId": "r1", "roleId": "r1"})";
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const QString file = db.filePath(u"halfway.json"_s);
    QVERIFY(writeFile(file, document(goodRole, candidates)));
    const auto before = db.store().candidates();
    QVERIFY(before && !before->empty());
    db.close();
    const QByteArray bytes = databaseBytes(db.path());
    QVERIFY2(db.reopen(), qPrintable(db.error()));

    const auto failure = JsonImporter::importFile(db.store(), file);
    QVERIFY(failure);
    QCOMPARE(failure->where, u"candidates[300].roleId"_s);
    QCOMPARE(db.store().candidates()->size(), before->size());
    db.close();
    QVERIFY(databaseBytes(db.path()) == bytes);

    // Proves the comparison can see an import: the same file without the bad candidate goes in.
    QVERIFY2(db.reopen(), qPrintable(db.error()));
    candidates.chop(qsizetype(qstrlen(R"({"name": "Eve", "roleId": "r1", "roleId": "r1"})")) + 1);
    QVERIFY(writeFile(file, document(goodRole, candidates)));
    QVERIFY(!JsonImporter::importFile(db.store(), file));
    QCOMPARE(db.store().candidates()->size(), before->size() + 300);
}

void TestBoundedInput::devicesAndPipesAreRefused()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));

    // /dev/zero never ends; reading it would run until memory does.
    const auto zero = JsonImporter::importFile(db.store(), u"/dev/zero"_s);
    QVERIFY(zero);
    QCOMPARE(zero->where, u"/dev/zero"_s);
    QVERIFY2(zero->cause.contains(u"not a regular file"_s), qPrintable(zero->cause));

    // Opening a FIFO with no writer would block for ever: it is refused before it is opened.
    const QString fifo = db.filePath(u"pipe.json"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const auto pipe = JsonImporter::importFile(db.store(), fifo);
    QVERIFY(pipe);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(pipe->where, fifo);
    QVERIFY2(pipe->cause.contains(u"not a regular file"_s), qPrintable(pipe->cause));
    QCOMPARE(db.store().candidates()->size(), std::size_t(0));
}

void TestBoundedInput::oversizeIsRefusedBeforeReading()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));

    // A sparse file of 5 GB: reading it would take minutes and parsing it gigabytes; refusing it
    // by its size takes neither.
    const QString huge = db.filePath(u"huge.json"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(5) * 1024 * 1024 * 1024));
    }
    QElapsedTimer timer;
    timer.start();
    const auto failure = JsonImporter::importFile(db.store(), huge);
    QVERIFY(failure);
    QVERIFY2(timer.elapsed() < 2000, "refused by its size, not read");
    QCOMPARE(failure->where, huge);
    QVERIFY2(failure->cause.contains(
                 u"larger than the import limit of %1 MB"_s.arg(limits::importMegabytes)),
             qPrintable(failure->cause));

    // A valid file one byte over a small limit is refused as too large, not parsed; at the
    // limit it is read.
    const QByteArray json = withRegret(goodRegret);
    const QString small = db.filePath(u"small.json"_s);
    QVERIFY(writeFile(small, json));
    const auto over = JsonImporter::importFile(db.store(), small, nullptr,
                                               core::Store::ImportMode::Write, json.size() - 1);
    QVERIFY(over);
    QVERIFY2(over->cause.contains(u"larger than the import limit"_s), qPrintable(over->cause));
    QCOMPARE(db.store().candidates()->size(), std::size_t(0));
    QVERIFY(!JsonImporter::importFile(db.store(), small, nullptr, core::Store::ImportMode::Write,
                                      json.size()));
    QCOMPARE(db.store().candidates()->size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestBoundedInput)
#include "tst_boundedinput.moc"
