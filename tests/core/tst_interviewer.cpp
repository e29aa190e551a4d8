// Who an interviewer is (core::Interviewer) and how a set of interviews groups into people
// (core::InterviewerDirectory): by e-mail when there is one, case-insensitively; by name,
// case-insensitively and trimmed (core::foldCase), otherwise.

#include "core/interviewer.h"
#include "core/interviewerdirectory.h"

#include <QTest>

using namespace hindsight;

namespace {

core::TimePoint day(int n)
{
    return core::TimePoint(std::chrono::milliseconds(1795000000000 + n * 86400000LL));
}

} // namespace

class TestInterviewer : public QObject
{
    Q_OBJECT

private slots:
    void namesCompareAsFoldedKeys_data();
    void namesCompareAsFoldedKeys();
    void keyIsTheEmailElseTheName();
    void isSameAs_data();
    void isSameAs();
    void directoryGroupsByEmail();
    void directoryGroupsNamesCaseInsensitively();
    void nameWithoutEmailJoinsItsOnlyEmail();
    void ambiguousNamesStayApartAndShowTheirEmail();
};

void TestInterviewer::namesCompareAsFoldedKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("folded");
    QTest::newRow("ascii") << QByteArray("Alice") << QByteArray("alice");
    QTest::newRow("white space around") << QByteArray("  Ana Lima\t\n") << QByteArray("ana lima");
    QTest::newRow("danish") << QByteArray("S\xC3\x98REN \xC3\x85S \xC3\x86")
                            << QByteArray("s\xC3\xB8ren \xC3\xA5s \xC3\xA6");
    QTest::newRow("latin extended-a") << QByteArray("\xC5\x81UKASZ \xC4\xBD \xC5\xB8")
                                      << QByteArray("\xC5\x82ukasz \xC4\xBE \xC3\xBF");
    QTest::newRow("greek") << QByteArray("\xCE\xA3\xCE\x9F\xCE\xA6\xCE\x99\xCE\x91")
                           << QByteArray("\xCF\x83\xCE\xBF\xCF\x86\xCE\xB9\xCE\xB1");
    QTest::newRow("cyrillic") << QByteArray("\xD0\x94\xD0\x98\xD0\x9C\xD0\x90 \xD0\x81")
                              << QByteArray("\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB0 \xD1\x91");
    QTest::newRow("cjk as written")
        << QByteArray("\xE7\x94\xB0\xE4\xB8\xAD") << QByteArray("\xE7\x94\xB0\xE4\xB8\xAD");
}

// Names are compared as core::foldCase keys: trimmed, capitals folded in the scripts it knows.
void TestInterviewer::namesCompareAsFoldedKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, folded);
    const core::Interviewer who(text.toStdString());
    QCOMPARE(QByteArray::fromStdString(who.nameKey()), folded);
    QVERIFY(who.isSameAs(core::Interviewer(folded.toStdString())));
}

void TestInterviewer::keyIsTheEmailElseTheName()
{
    QCOMPARE(core::Interviewer("Ana Lima", " Ana.Lima@Example.ORG ").key(),
             std::string("email:ana.lima@example.org"));
    QCOMPARE(core::Interviewer("  Ana LIMA ").key(), std::string("name:ana lima"));
    // An e-mail of white space is none.
    QCOMPARE(core::Interviewer("Ana", "  ").key(), std::string("name:ana"));
    QVERIFY(!core::Interviewer("Ana", "  ").hasEmail());
    // A name alone converts: what callers that know no e-mail pass.
    const core::Interviewer fromName = "Mette";
    QCOMPARE(fromName.name, std::string("Mette"));
    QVERIFY(fromName.email.empty());
}

void TestInterviewer::isSameAs_data()
{
    QTest::addColumn<QString>("nameA");
    QTest::addColumn<QString>("emailA");
    QTest::addColumn<QString>("nameB");
    QTest::addColumn<QString>("emailB");
    QTest::addColumn<bool>("same");
    QTest::newRow("renamed, same e-mail") << "Mette"
                                          << "mette@x.org"
                                          << "Mette Lund"
                                          << "Mette@X.org" << true;
    QTest::newRow("same name, other e-mail") << "Alice"
                                             << "alice@a.org"
                                             << "Alice"
                                             << "alice@b.org" << false;
    QTest::newRow("names in other capitals") << "Alice"
                                             << ""
                                             << " alice "
                                             << "" << true;
    QTest::newRow("other names") << "Alice"
                                 << ""
                                 << "Alicia"
                                 << "" << false;
    QTest::newRow("recorded before the e-mail") << "Mette"
                                                << ""
                                                << "mette"
                                                << "mette@x.org" << true;
    QTest::newRow("e-mail on one side, other name") << "Mette"
                                                    << ""
                                                    << "Mette Lund"
                                                    << "mette@x.org" << false;
}

void TestInterviewer::isSameAs()
{
    QFETCH(QString, nameA);
    QFETCH(QString, emailA);
    QFETCH(QString, nameB);
    QFETCH(QString, emailB);
    QFETCH(bool, same);
    const core::Interviewer a(nameA.toStdString(), emailA.toStdString());
    const core::Interviewer b(nameB.toStdString(), emailB.toStdString());
    QCOMPARE(a.isSameAs(b), same);
    QCOMPARE(b.isSameAs(a), same); // symmetric
}

void TestInterviewer::directoryGroupsByEmail()
{
    core::InterviewerDirectory d;
    d.add({"Mette", "mette@x.org"}, day(1));
    d.add({"Mette Lund", "METTE@x.org"}, day(3));
    d.add({"M. Lund", "mette@X.org"}, day(2)); // older than the last: not the name shown
    d.add({"Sam", "sam@x.org"}, day(1));
    QCOMPARE(d.identities(), (std::vector<std::string>{"email:mette@x.org", "email:sam@x.org"}));
    const std::string mette = d.identity({"Mette", "Mette@x.org"});
    QCOMPARE(mette, std::string("email:mette@x.org"));
    QCOMPARE(d.displayName(mette), std::string("Mette Lund"));
    QCOMPARE(d.email(mette), std::string("METTE@x.org")); // as last written
    QCOMPARE(d.displayName("email:nobody@x.org"), std::string());
}

void TestInterviewer::directoryGroupsNamesCaseInsensitively()
{
    core::InterviewerDirectory d;
    d.add({"Alice"}, day(1));
    d.add({" alice  "}, day(2));
    d.add({"ALICE"}, day(0));
    d.add({"Bo"}, day(0));
    QCOMPARE(d.identities(), (std::vector<std::string>{"name:alice", "name:bo"}));
    QCOMPARE(d.identity({"Alice"}), d.identity({"ALICE"}));
    QCOMPARE(d.displayName("name:alice"), std::string("alice")); // the most recent, trimmed
    QVERIFY(d.email("name:alice").empty());
}

void TestInterviewer::nameWithoutEmailJoinsItsOnlyEmail()
{
    core::InterviewerDirectory d;
    d.add({"Mette"}, day(0)); // before she gave her e-mail
    d.add({"Mette", "mette@x.org"}, day(1));
    d.add({"Mette Lund", "mette@x.org"}, day(2));
    QCOMPARE(d.identities(), (std::vector<std::string>{"email:mette@x.org"}));
    QCOMPARE(d.identity({"mette"}), std::string("email:mette@x.org"));
    QCOMPARE(d.displayName("email:mette@x.org"), std::string("Mette Lund"));
}

void TestInterviewer::ambiguousNamesStayApartAndShowTheirEmail()
{
    core::InterviewerDirectory d;
    d.add({"Alice", "alice@a.org"}, day(1));
    d.add({"Alice", "alice@b.org"}, day(2));
    d.add({"alice"}, day(3)); // either of them, or a third: by name
    QCOMPARE(d.identities().size(), std::size_t(3));
    QCOMPARE(d.identity({"Alice"}), std::string("name:alice"));
    QCOMPARE(d.displayName("email:alice@a.org"), std::string("Alice <alice@a.org>"));
    QCOMPARE(d.displayName("email:alice@b.org"), std::string("Alice <alice@b.org>"));
    QCOMPARE(d.displayName("name:alice"), std::string("alice"));
}

QTEST_GUILESS_MAIN(TestInterviewer)
#include "tst_interviewer.moc"
