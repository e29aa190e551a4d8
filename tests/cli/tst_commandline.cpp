#include "app/commandline.h"
#include "ui/interchange/csvwriter.h"

#include <QTest>

using namespace hindsight::app;
using hindsight::interchange::CsvWriter;
using namespace Qt::StringLiterals;

namespace {

// A strict RFC 4180 reader: fields separated by commas, records by CRLF, quoted fields with
// doubled quotes; anything else (a bare quote, a lone LF) fails the parse.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool fieldStarted = false;
    while (i < n) {
        const QChar c = text[i];
        if (!fieldStarted && c == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt;
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            fieldStarted = true;
            if (i < n && text[i] != u',' && text[i] != u'\r')
                return std::nullopt;
            continue;
        }
        if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= n || text[i + 1] != u'\n')
                return std::nullopt;
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
        } else if (c == u'"' || c == u'\n') {
            return std::nullopt;
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (fieldStarted || !record.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return records;
}

} // namespace

// The app library's pure parts: argument parsing and the CSV writer.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void headlessOrWindow_data();
    void headlessOrWindow();
    void parsesCommands();
    void parsesErasureCommands();
    void csvIsStrictRfc4180AndInert_data();
    void csvIsStrictRfc4180AndInert();
    void csvHasBomAndCrlf();
};

void TestCommandLine::headlessOrWindow_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("headless");
    QTest::newRow("plain") << QStringList{u"hindsight"_s} << false;
    QTest::newRow("database") << QStringList{u"hindsight"_s, u"--database"_s, u"x"_s} << false;
    QTest::newRow("demo") << QStringList{u"hindsight"_s, u"--demo"_s} << false;
    QTest::newRow("interview") << QStringList{u"hindsight"_s, u"--interview"_s, u"Ada"_s} << false;
    QTest::newRow("scores") << QStringList{u"hindsight"_s, u"scores"_s, u"--role"_s, u"r"_s} << true;
    QTest::newRow("database named like a command")
        << QStringList{u"hindsight"_s, u"--database"_s, u"scores"_s} << false;
    QTest::newRow("help") << QStringList{u"hindsight"_s, u"--help"_s} << true;
    QTest::newRow("unknown option") << QStringList{u"hindsight"_s, u"--frob"_s} << true;
}

void TestCommandLine::headlessOrWindow()
{
    QFETCH(QStringList, args);
    QTEST(CommandLine::isHeadless(args), "headless");
}

void TestCommandLine::parsesCommands()
{
    CommandLine cl;
    auto inv = cl.parse({u"hindsight"_s, u"scores"_s, u"--role"_s, u"Payment backend"_s,
                         u"--format"_s, u"csv"_s, u"--database"_s, u"/tmp/x.sqlite3"_s});
    QVERIFY(inv);
    QCOMPARE(inv->command, Invocation::Command::Scores);
    QCOMPARE(inv->role, u"Payment backend"_s);
    QCOMPARE(inv->format, Invocation::Format::Csv);
    QCOMPARE(inv->database, u"/tmp/x.sqlite3"_s);

    inv = cl.parse({u"hindsight"_s, u"export"_s, u"out.json"_s, u"--role"_s, u"3"_s});
    QVERIFY(inv);
    QCOMPARE(inv->command, Invocation::Command::Export);
    QCOMPARE(inv->file, u"out.json"_s);

    inv = cl.parse({u"hindsight"_s, u"--demo"_s, u"--interview"_s, u"Kai Lindqvist"_s});
    QVERIFY(inv);
    QCOMPARE(inv->command, Invocation::Command::Gui);
    QVERIFY(inv->demo);
    QCOMPARE(inv->interview, u"Kai Lindqvist"_s);

    QVERIFY(!cl.parse({u"hindsight"_s, u"import"_s, u"a.json"_s, u"--interview"_s, u"x"_s}));
    QVERIFY(cl.errorText().contains(u"--interview"_s));
    QVERIFY(!cl.parse({u"hindsight"_s, u"--role"_s, u"x"_s}));
    QVERIFY(cl.errorText().contains(u"--role"_s));

    // --paper for a report alone: a4 or letter, in any case; the settings' choice without it.
    inv = cl.parse({u"hindsight"_s, u"report"_s, u"--role"_s, u"r"_s, u"--pdf"_s, u"o.pdf"_s});
    QVERIFY(inv);
    QCOMPARE(inv->paper, Invocation::Paper::Settings);
    inv = cl.parse({u"hindsight"_s, u"report"_s, u"--candidate"_s, u"c"_s, u"--pdf"_s, u"o.pdf"_s,
                    u"--paper"_s, u"Letter"_s});
    QVERIFY(inv);
    QCOMPARE(inv->paper, Invocation::Paper::Letter);
    inv = cl.parse({u"hindsight"_s, u"report"_s, u"--role"_s, u"r"_s, u"--kit"_s, u"--pdf"_s,
                    u"o.pdf"_s, u"--paper=a4"_s});
    QVERIFY(inv);
    QCOMPARE(inv->paper, Invocation::Paper::A4);
    QVERIFY(!cl.parse({u"hindsight"_s, u"report"_s, u"--role"_s, u"r"_s, u"--pdf"_s, u"o.pdf"_s,
                       u"--paper"_s, u"legal"_s}));
    QVERIFY2(cl.errorText().contains(u"\"legal\""_s), qPrintable(cl.errorText()));
    QVERIFY(!cl.parse({u"hindsight"_s, u"scores"_s, u"--role"_s, u"r"_s, u"--paper"_s, u"a4"_s}));
    QVERIFY2(cl.errorText().contains(u"--paper"_s), qPrintable(cl.errorText()));
}

void TestCommandLine::parsesErasureCommands()
{
    CommandLine cl;
    auto inv = cl.parse({u"hindsight"_s, u"delete"_s, u"--candidate"_s, u"Ana Lima"_s});
    QVERIFY(inv);
    QCOMPARE(inv->command, Invocation::Command::Delete);
    QCOMPARE(inv->candidate, u"Ana Lima"_s);
    QCOMPARE(inv->backups, Invocation::Backups::Rewrite);
    QVERIFY(!inv->yes);

    inv = cl.parse({u"hindsight"_s, u"delete"_s, u"--candidate"_s, u"7"_s, u"--backups"_s,
                    u"delete"_s, u"--yes"_s});
    QVERIFY(inv);
    QCOMPARE(inv->backups, Invocation::Backups::Delete);
    QVERIFY(inv->yes);

    inv = cl.parse({u"hindsight"_s, u"purge"_s, u"--inactive-months"_s, u"18"_s, u"--dry-run"_s});
    QVERIFY(inv);
    QCOMPARE(inv->command, Invocation::Command::Purge);
    QCOMPARE(inv->inactiveMonths, 18);
    QVERIFY(inv->dryRun);
    inv = cl.parse({u"hindsight"_s, u"purge"_s});
    QVERIFY(inv);
    QCOMPARE(inv->inactiveMonths, -1); // the retention setting

    inv = cl.parse({u"hindsight"_s, u"export-person"_s, u"--candidate"_s, u"3"_s, u"p.json"_s});
    QVERIFY(inv);
    QCOMPARE(inv->command, Invocation::Command::ExportPerson);
    QCOMPARE(inv->file, u"p.json"_s);

    const QList<std::pair<QStringList, QString>> refused = {
        {{u"delete"_s}, u"--candidate"_s},
        {{u"delete"_s, u"--candidate"_s, u"x"_s, u"--backups"_s, u"keep"_s}, u"keep"_s},
        {{u"delete"_s, u"--candidate"_s, u"x"_s, u"--dry-run"_s}, u"--dry-run"_s},
        {{u"purge"_s, u"--inactive-months"_s, u"0"_s}, u"--inactive-months"_s},
        {{u"purge"_s, u"--inactive-months"_s, u"many"_s}, u"many"_s},
        {{u"purge"_s, u"--candidate"_s, u"x"_s}, u"delete"_s},
        {{u"export"_s, u"a.json"_s, u"--yes"_s}, u"--yes"_s},
        {{u"export-person"_s, u"--candidate"_s, u"x"_s}, u"FILE.json"_s},
        {{u"export-person"_s, u"p.json"_s}, u"--candidate"_s},
        {{u"--yes"_s}, u"--yes"_s},
    };
    for (const auto &[args, mention] : refused) {
        QVERIFY2(!cl.parse(QStringList{u"hindsight"_s} + args), qPrintable(args.join(u' ')));
        QVERIFY2(cl.errorText().contains(mention), qPrintable(cl.errorText()));
    }
}

void TestCommandLine::csvIsStrictRfc4180AndInert_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("readBack");
    // OWASP CSV injection payloads come back with a leading apostrophe; plain text unchanged.
    QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("dde") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("plus") << u"+1+1"_s << u"'+1+1"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s << u"'@SUM(1+1)*cmd|' /C calc'!A0"_s;
    QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("carriage return") << u"\r=1+1"_s << u"'\r=1+1"_s;
    QTest::newRow("line feed") << u"\n=1+1"_s << u"'\n=1+1"_s;
    QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"click\")"_s
                               << u"'=HYPERLINK(\"http://x\",\"click\")"_s;
    QTest::newRow("comma and quotes") << u"Ada, \"the\" Lovelace"_s << u"Ada, \"the\" Lovelace"_s;
    QTest::newRow("unicode") << u"Ærø O’Brien 🚀"_s << u"Ærø O’Brien 🚀"_s;
    QTest::newRow("inner equals is fine") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCommandLine::csvIsStrictRfc4180AndInert()
{
    QFETCH(QString, cell);
    QFETCH(QString, readBack);
    CsvWriter w;
    w.addRow({u"name"_s, u"fit"_s});
    w.addRow({cell, u"-5"_s}, {1});
    const QByteArray data = w.data();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const auto records = parseCsv(QString::fromUtf8(data.mid(3)));
    QVERIFY2(records, data.constData());
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(1).at(0), readBack);
    QCOMPARE(records->at(1).at(1), u"-5"_s); // a number we wrote ourselves stays a number
}

void TestCommandLine::csvHasBomAndCrlf()
{
    CsvWriter w;
    w.addRow({u"a"_s, u"b"_s});
    QCOMPARE(w.data(), QByteArray("\xEF\xBB\xBF"
                                  "a,b\r\n"));
    QVERIFY(!parseCsv(u"a,\"b\nc"_s)); // the strict reader itself rejects broken input
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
