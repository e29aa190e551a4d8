// User text is text on a terminal: a name or title holding ESC, BEL, CSI (U+009B) or U+202E is
// printed escaped by the table of `scores` and in messages, so it cannot move the cursor, retitle
// the window or reverse the words after it; CSV and JSON, data for other programs, keep it exactly
// (issue 13, item 5).

#include "app/terminaltext.h"

#include "core/storage/sqlite/sqlitestore.h"

#include "tests/cli/clifixture.h"
#include "tests/common/temporarydatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hindsight;
using hindsight::test::Run;
using namespace Qt::StringLiterals;

namespace {

// What a terminal would obey: C0 controls other than the line break, DEL, C1 controls (UTF-8
// C2 80 to C2 9F) and the bidi controls U+202A to U+202E and U+2066 to U+2069.
QStringList terminalControls(const QByteArray &bytes)
{
    QStringList found;
    const QString text = QString::fromUtf8(bytes);
    for (const char32_t c : text.toUcs4()) {
        if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069))
            found << u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return found;
}

} // namespace

class TestHostileTextCli : public QObject, public test::CliFixture
{
    Q_OBJECT

private slots:
    void init() { freshFolder(); }
    void escapesEveryControl();
    void scoresTableShowsControlsEscaped();
    void dataFormatsKeepTheTextExactly();
    void messagesShowControlsEscaped();

private:
    void importHostile();
    static QString role() { return u"Pay\u202Ements"_s; }
};

// Names with C1 CSI and U+202E come in through import (JSON allows them); ESC and BEL, which the
// importer refuses, through the store, as a damaged or older database could hold them.
void TestHostileTextCli::importHostile()
{
    const QString file = writeFile(u"hostile.json"_s, R"json({"format":"hindsight","version":1,
      "roles":[{"id":"r","title":"Pay\u202Ements","breadthDemand":7.5,"domainDemands":{"payments":1}}],
      "candidates":[{"id":"c","name":"Csi\u009B2J","roleId":"r"},
                    {"id":"d","name":"Back\\slash","roleId":"r"},
                    {"id":"e","name":"Stand-in","roleId":"r"}]})json");
    QCOMPARE(run({u"import"_s, file, u"--database"_s, db()}).exitCode, 0);
    auto store = core::SqliteStore::open(db().toStdString());
    QVERIFY(store);
    const core::Id id = test::candidateIdByName(**store, "Stand-in");
    auto candidate = (*store)->candidate(id);
    QVERIFY(candidate);
    core::Candidate c = *candidate;
    c.name = "Esc\x1b]0;pwned\x07";
    QVERIFY((*store)->saveCandidate(c));
}

void TestHostileTextCli::escapesEveryControl()
{
    using app::TerminalText::field;
    using app::TerminalText::message;
    QCOMPARE(field(u"a\x1b[2Jb"_s), u"a\\x1b[2Jb"_s);
    QCOMPARE(field(u"\t\n\r\x7f"_s), u"\\t\\n\\r\\x7f"_s);
    QCOMPARE(field(u"x\u009By\u202Ez\u2066"_s), u"x\\u{009b}y\\u{202e}z\\u{2066}"_s);
    // A typed backslash doubled: "\x1b" typed is not an escape.
    QCOMPARE(field(u"C:\\x1b"_s), u"C:\\\\x1b"_s);
    QCOMPARE(field(u"Ana Lima, café 😀"_s), u"Ana Lima, café 😀"_s);
    QCOMPARE(message(u"line\n\tnext\x1b \\"_s), u"line\n\tnext\\x1b \\"_s);
}

void TestHostileTextCli::scoresTableShowsControlsEscaped()
{
    importHostile();
    const Run r = run({u"scores"_s, u"--role"_s, role(), u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(terminalControls(r.out).isEmpty(), qPrintable(terminalControls(r.out).join(u' ')));
    QVERIFY2(r.out.contains("Esc\\x1b]0;pwned\\x07"), r.out.constData());
    QVERIFY2(r.out.contains("Csi\\u{009b}2J"), r.out.constData());
    QVERIFY2(r.out.contains("Back\\\\slash"), r.out.constData());
    QVERIFY2(r.out.contains("Pay\\u{202e}ments"), r.out.constData());
    // The columns still line up: every row has its breadth figure ending at the same place.
    const QList<QByteArray> lines = r.out.split('\n');
    qsizetype end = -1;
    for (const QByteArray &line : lines) {
        const QString row = QString::fromUtf8(line);
        if (!row.contains(u"Esc"_s) && !row.contains(u"Csi"_s) && !row.contains(u"Back"_s))
            continue;
        const qsizetype figure = row.indexOf(u'.') + 3;
        QVERIFY(end < 0 || figure == end);
        end = figure;
    }
    QVERIFY(end > 0);
}

void TestHostileTextCli::dataFormatsKeepTheTextExactly()
{
    importHostile();
    Run r = run({u"scores"_s, u"--role"_s, role(), u"--format"_s, u"json"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        names << v.toObject().value(u"candidate"_s).toString();
    QVERIFY2(names.contains(u"Esc\x1b]0;pwned\x07"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"Csi\u009B2J"_s));
    r = run({u"scores"_s, u"--role"_s, role(), u"--format"_s, u"csv"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Csi\xC2\x9B"
                           "2J"));
}

void TestHostileTextCli::messagesShowControlsEscaped()
{
    importHostile();
    // An unknown role lists the roles there are, the hostile title among them.
    const Run r = run({u"scores"_s, u"--role"_s, u"No such\x1b[31m"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(terminalControls(r.err).isEmpty(), qPrintable(terminalControls(r.err).join(u' ')));
    QVERIFY2(r.err.contains("Pay\\u{202e}ments"), r.err.constData());
    QVERIFY2(r.err.contains("No such\\x1b[31m"), r.err.constData());
}

QTEST_MAIN(TestHostileTextCli)
#include "tst_hostiletext_cli.moc"
