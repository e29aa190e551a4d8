// CsvWriter against a strict RFC 4180 reader, and that reader against broken CSV: the checks of
// the command line's and the board's CSV rely on both.

#include "ui/interchange/csvwriter.h"

#include "tests/common/generateddataset.h"
#include "tests/common/strictcsv.h"

#include <QTest>

using namespace hindsight;
using interchange::CsvWriter;
using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void strictReaderRefuses_data();
    void strictReaderRefuses();
    void strictReaderAccepts();
    void payloadsComeBackInert();
    void numbersAreLeftAlone();
};

void TestCsvWriter::strictReaderRefuses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bare quote") << QByteArray("a,b\"c\r\n") << u"quote inside"_s;
    QTest::newRow("unterminated") << QByteArray("a,\"b\r\n") << u"unterminated"_s;
    QTest::newRow("stray after quote") << QByteArray("\"a\"b,c\r\n") << u"stray"_s;
    QTest::newRow("space after quote") << QByteArray("\"a\" ,c\r\n") << u"stray"_s;
    QTest::newRow("LF record end") << QByteArray("a,b\nc,d\n") << u"line feed"_s;
    QTest::newRow("CR record end") << QByteArray("a,b\rc,d\r") << u"carriage return"_s;
    QTest::newRow("ragged") << QByteArray("a,b\r\nc\r\n") << u"record 2 has 1"_s;
    QTest::newRow("not UTF-8") << QByteArray("a,\xC3\x28\r\n") << u"UTF-8"_s;
}

void TestCsvWriter::strictReaderRefuses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!test::parseStrictCsv(csv, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestCsvWriter::strictReaderAccepts()
{
    QString error;
    const auto csv = test::parseStrictCsv("\xEF\xBB\xBF"
                                          "a,\"b,\"\"c\"\"\r\nd\",\r\n,\"\",S\xC3\xB8ren",
                                          &error);
    QVERIFY2(csv, qPrintable(error));
    QVERIFY(csv->hadBom);
    QCOMPARE(csv->records.size(), 2);
    QCOMPARE(csv->records[0], (QStringList{u"a"_s, u"b,\"c\"\r\nd"_s, QString()}));
    QCOMPARE(csv->records[1], (QStringList{QString(), QString(), u"Søren"_s}));
}

void TestCsvWriter::payloadsComeBackInert()
{
    CsvWriter writer;
    writer.addRow({u"name"_s, u"note"_s});
    QStringList payloads;
    for (const std::string &text : test::awkwardTexts())
        payloads << QString::fromStdString(text);
    for (const QString &payload : payloads)
        writer.addRow({payload, u"note: "_s + payload});

    const QByteArray bytes = writer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QString error;
    const auto csv = test::parseStrictCsv(bytes, &error);
    QVERIFY2(csv, qPrintable(error));
    QCOMPARE(csv->records.size(), payloads.size() + 1);
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        const QStringList &record = csv->records[i + 1];
        QVERIFY2(test::isInertFormOf(record[0], payloads[i]), qPrintable(record[0]));
        // Text that does not start with a trigger is left exactly as it was.
        QCOMPARE(record[1], u"note: "_s + payloads[i]);
    }
}

void TestCsvWriter::numbersAreLeftAlone()
{
    // Numbers the application computed are not formulas; an apostrophe would turn them into text
    // a spreadsheet cannot sum.
    CsvWriter writer;
    writer.addRow({u"-1.5"_s, u"-1.5"_s}, {0});
    const auto csv = test::parseStrictCsv(writer.data(), nullptr);
    QVERIFY(csv);
    QCOMPARE(csv->records[0][0], u"-1.5"_s);
    QVERIFY(!test::looksLikeFormula(csv->records[0][1]));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
