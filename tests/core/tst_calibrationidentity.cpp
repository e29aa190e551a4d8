// Calibration counts people, not spellings (DESIGN.md, Identity): interviews group by e-mail,
// case-insensitively, whatever the name; by name, case-insensitively and trimmed, without one;
// and each interviewer is shown under the last name they used.

#include "core/scoring/calibration.h"

#include <QTest>

using namespace hindsight;

namespace {

core::TimePoint day(int n)
{
    return core::TimePoint(std::chrono::milliseconds(1795000000000 + n * 86400000LL));
}

// One interview's figures: breadth 8 and depth_i(payments) 4, a t-shaped view (D = 10).
core::InterviewFigures tShaped(std::string name, std::string email, int startedOn)
{
    core::InterviewFigures f;
    f.interviewer = std::move(name);
    f.interviewerEmail = std::move(email);
    f.startedAt = day(startedOn);
    f.breadth = 8.0;
    f.domainDepth = {{"payments", 4}};
    return f;
}

core::ScoredCandidate candidate(std::vector<core::InterviewFigures> interviews)
{
    core::ScoredCandidate c;
    c.figures.submittedInterviews = int(interviews.size());
    c.figures.interviews = std::move(interviews);
    return c;
}

} // namespace

class TestCalibrationIdentity : public QObject
{
    Q_OBJECT

private slots:
    void aRenamedInterviewerIsOnePersonByEmail();
    void namesWithoutEmailCompareCaseInsensitively();
    void twoPeopleOfOneNameStayTwo();
};

// Ana renamed herself Ana Lima and typed her e-mail in other capitals: one interviewer, under
// her new name, with three candidates in common with Ben (on Three she is counted once though
// she interviewed under both names).
void TestCalibrationIdentity::aRenamedInterviewerIsOnePersonByEmail()
{
    const std::vector<core::ScoredCandidate> candidates{
        candidate({tShaped("Ana", "ana@example.org", 1), tShaped("Ben", "ben@example.org", 1)}),
        candidate({tShaped("Ana", "ana@example.org", 2), tShaped("Ben", "ben@example.org", 2)}),
        candidate({tShaped("Ana", "ana@example.org", 3), tShaped("Ana Lima", "ANA@Example.org", 4),
                   tShaped("Ben", "ben@example.org", 3)}),
    };
    const auto pairs = core::Calibration::pairs(candidates);
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].first, std::string("Ana Lima"));
    QCOMPARE(pairs[0].firstEmail, std::string("ANA@Example.org")); // as last written
    QCOMPARE(pairs[0].second, std::string("Ben"));
    QCOMPARE(pairs[0].secondEmail, std::string("ben@example.org"));
    QCOMPARE(pairs[0].candidatesInCommon, 3);
    QCOMPARE(pairs[0].percentAgreement, 100.0);
}

// "Alice" and " alice" are one interviewer, shown as she last wrote her name; so are "Bo" and
// "BO". Split by spelling there would be no pair with three candidates in common.
void TestCalibrationIdentity::namesWithoutEmailCompareCaseInsensitively()
{
    const std::vector<core::ScoredCandidate> candidates{
        candidate({tShaped("Alice", "", 1), tShaped("Bo", "", 1)}),
        candidate({tShaped(" alice", "", 2), tShaped("BO", "", 2)}),
        candidate({tShaped("Alice", "", 0), tShaped("Bo", "", 3)}),
    };
    const auto pairs = core::Calibration::pairs(candidates);
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].first, std::string("alice"));
    QCOMPARE(pairs[0].second, std::string("Bo"));
    QVERIFY(pairs[0].firstEmail.empty() && pairs[0].secondEmail.empty());
    QCOMPARE(pairs[0].candidatesInCommon, 3);
}

// Two Alices with two e-mails are two interviewers, told apart by their e-mail.
void TestCalibrationIdentity::twoPeopleOfOneNameStayTwo()
{
    std::vector<core::ScoredCandidate> candidates;
    for (int n = 0; n < 3; ++n) {
        candidates.push_back(candidate({tShaped("Alice", "alice@a.org", n),
                                        tShaped("Alice", "alice@b.org", n)}));
    }
    const auto pairs = core::Calibration::pairs(candidates);
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].first, std::string("Alice <alice@a.org>"));
    QCOMPARE(pairs[0].second, std::string("Alice <alice@b.org>"));
    QCOMPARE(pairs[0].candidatesInCommon, 3);
}

QTEST_GUILESS_MAIN(TestCalibrationIdentity)
#include "tst_calibrationidentity.moc"
