// ErrorText: every core::Error code gets its own sentence that names what it concerns. Failure:
// what failed, where and why, said as one sentence without saying a place twice.

#include "ui/interchange/errortext.h"
#include "ui/interchange/failure.h"

#include <QSet>
#include <QTest>

using namespace hindsight;
using interchange::ErrorText;
using interchange::Failure;
using Code = core::Error::Code;
using namespace Qt::StringLiterals;

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void namesWhere_data();
    void namesWhere();
    void everyCodeHasItsOwnSentence();
    void emptyWhereStillReads();
    void offlineNamesWhatWasBeingDone();
    void failureSentence_data();
    void failureSentence();
    void failureOfAStoreError();
};

void TestErrorText::namesWhere_data()
{
    QTest::addColumn<Code>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("CannotOpen") << Code::CannotOpen
                                << QStringLiteral("Cannot open the database /x/db.sqlite3: disk I/O");
    QTest::newRow("NotADatabase")
        << Code::NotADatabase
        << QStringLiteral("/x/db.sqlite3 is not a Hindsight database, or it is damaged: disk I/O. "
                          "Nothing was written to it.");
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
    QTest::newRow("Internal")
        << Code::Internal << QStringLiteral("Unexpected database error in /x/db.sqlite3: disk I/O");
}

void TestErrorText::namesWhere()
{
    QFETCH(Code, code);
    QFETCH(QString, expected);
    const QString text = ErrorText::describe(core::Error{code, "/x/db.sqlite3", "disk I/O"});
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/x/db.sqlite3")), qPrintable(text));
}

void TestErrorText::everyCodeHasItsOwnSentence()
{
    QSet<QString> texts;
    for (int c = int(Code::None); c <= int(Code::Internal); ++c)
        texts.insert(ErrorText::describe(core::Error{Code(c), "w", "d"}));
    QCOMPARE(texts.size(), int(Code::Internal) + 1);
}

void TestErrorText::emptyWhereStillReads()
{
    const QString text = ErrorText::describe(core::Error{Code::Busy, "", ""});
    QVERIFY2(text.contains(QStringLiteral("the database")), qPrintable(text));
}

void TestErrorText::offlineNamesWhatWasBeingDone()
{
    // A team server's error names the operation, not the server: it must not read as the
    // server's name ("The team server connecting to the team server cannot be reached").
    const QString text = ErrorText::describe(
        core::Error{Code::Offline, "connecting to the team server", "Connection refused"});
    QCOMPARE(text, QStringLiteral("The team server cannot be reached (connecting to the team "
                                  "server: Connection refused)."));
}

void TestErrorText::failureSentence_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("reason");

    QTest::newRow("file named by what")
        << u"cannot write /x/a.pdf"_s << u"/x/a.pdf"_s << u"No space left on device"_s
        << u"cannot write /x/a.pdf: No space left on device"_s << u"No space left on device"_s;
    QTest::newRow("JSON path") << u"cannot import a.json"_s << u"roles[1].title"_s
                               << u"expected a string"_s
                               << u"cannot import a.json: roles[1].title: expected a string"_s
                               << u"roles[1].title: expected a string"_s;
    QTest::newRow("what is a sentence")
        << u"A note could not be saved."_s << QString() << u"The disk is full."_s
        << u"A note could not be saved. The disk is full."_s << u"The disk is full."_s;
    QTest::newRow("where named by the cause")
        << QString() << u"/x/f.json"_s << u"/x/f.json does not exist"_s
        << u"/x/f.json does not exist"_s << u"/x/f.json does not exist"_s;
    QTest::newRow("no cause") << u"Kit could not be sent to the printer P."_s << u"P"_s << QString()
                              << u"Kit could not be sent to the printer P."_s << QString();
}

void TestErrorText::failureSentence()
{
    QFETCH(QString, what);
    QFETCH(QString, where);
    QFETCH(QString, cause);
    const Failure failure{what, where, cause};
    QTEST(failure.sentence(), "sentence");
    QTEST(failure.reason(), "reason");
}

void TestErrorText::failureOfAStoreError()
{
    const core::Error error{Code::NotADatabase, "/x/db.sqlite3", ""};
    const Failure failure = Failure::of(u"Could not read the roles."_s, error);
    QCOMPARE(failure.where, u"/x/db.sqlite3"_s);
    QCOMPARE(failure.cause, ErrorText::describe(error));
    // ErrorText names the database already: it is not said twice.
    QCOMPARE(failure.sentence(), u"Could not read the roles. "_s + ErrorText::describe(error));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
