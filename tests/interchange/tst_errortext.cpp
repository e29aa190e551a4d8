// ErrorText: every core::Error code gets its own sentence that names what it concerns.

#include "ui/interchange/errortext.h"

#include <QSet>
#include <QTest>

using namespace hindsight;
using interchange::ErrorText;
using Code = core::Error::Code;

class TestErrorText : public QObject {
    Q_OBJECT

private slots:
    void namesWhere_data();
    void namesWhere();
    void everyCodeHasItsOwnSentence();
    void emptyWhereStillReads();
};

void TestErrorText::namesWhere_data()
{
    QTest::addColumn<Code>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("CannotOpen") << Code::CannotOpen
                                << QStringLiteral(
                                       "Cannot open the database /x/db.sqlite3: disk I/O");
    QTest::newRow("NotADatabase")
        << Code::NotADatabase
        << QStringLiteral("/x/db.sqlite3 is not a Hindsight database, or it is damaged.");
    QTest::newRow("TooNew") << Code::TooNew
                            << QStringLiteral(
                                   "/x/db.sqlite3 was written by a newer version of Hindsight");
    QTest::newRow("Busy")
        << Code::Busy
        << QStringLiteral("The database is busy: another Hindsight holds it (/x/db.sqlite3)");
    QTest::newRow("DiskFull") << Code::DiskFull << QStringLiteral("The disk is full");
    QTest::newRow("ReadOnly") << Code::ReadOnly << QStringLiteral("read-only");
    QTest::newRow("Constraint") << Code::Constraint << QStringLiteral("conflicts");
    QTest::newRow("NotFound") << Code::NotFound << QStringLiteral("does not exist");
    QTest::newRow("InUse") << Code::InUse << QStringLiteral("still in use");
    QTest::newRow("Sealed") << Code::Sealed << QStringLiteral("submitted");
    QTest::newRow("Invalid") << Code::Invalid << QStringLiteral("not allowed: disk I/O");
    QTest::newRow("Internal") << Code::Internal
                              << QStringLiteral(
                                     "Unexpected database error in /x/db.sqlite3: disk I/O");
}

void TestErrorText::namesWhere()
{
    QFETCH(Code, code);
    QFETCH(QString, expected);
    const QString text = ErrorText::describe(core::Error { code, "/x/db.sqlite3", "disk I/O" });
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/x/db.sqlite3")), qPrintable(text));
}

void TestErrorText::everyCodeHasItsOwnSentence()
{
    QSet<QString> texts;
    for (int c = int(Code::None); c <= int(Code::Internal); ++c)
        texts.insert(ErrorText::describe(core::Error { Code(c), "w", "d" }));
    QCOMPARE(texts.size(), int(Code::Internal) + 1);
}

void TestErrorText::emptyWhereStillReads()
{
    const QString text = ErrorText::describe(core::Error { Code::Busy, "", "" });
    QVERIFY2(text.contains(QStringLiteral("the database")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
