#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include "core/interviewseal.h"

#include <QTest>

#include <set>

using namespace hindsight;
using namespace hindsight::test;
using Code = core::Error::Code;

// Amending a submitted interview (a new sealed version, the old one kept), the drafts an
// interviewer lists and discards, and the time spent per stage, on every store (test_amendments on
// SQLite, test_amendments_postgres on the team server). Sealed rows edited with SQL behind the
// store's back (the tamper check, digests of schema 2-4): tst_amendmentschema.cpp.
class TestAmendments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void onlyTheAuthorAmendsWithAReason();
    void amendmentIsANewSealedVersion();
    void amendingAgainBuildsAChain();
    void openDraftIsNeverAnAmendment();
    void draftsAreListedAndDiscarded();
    void stageTimesRoundTrip();

private:
    core::Id submitted(core::Interview interview = candidateK());
    // Versions above 1 of every interview of the candidate, amendments in progress included;
    // -1 when a read fails.
    int amendments();

    std::unique_ptr<StoreUnderTest> m_place;
    std::unique_ptr<core::Store> m_store;
    core::Id m_candidate = 0;
};

void TestAmendments::init()
{
    m_store.reset(); // before the place it is on
    m_place = std::make_unique<StoreUnderTest>();
    auto store = m_place->open();
    QVERIFY2(store, failure(store).c_str());
    m_store = std::move(*store);
    const core::Id role = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", role, {}});
}

core::Id TestAmendments::submitted(core::Interview interview)
{
    interview.candidateId = m_candidate;
    interview.interviewer = "Mette";
    interview.submitted = false;
    interview.notes = {{0, 0, 1000, "decision", "kafka per tenant", 0, false}};
    const core::Id id = *m_store->addInterview(interview);
    const core::Id regret = m_store->interview(id)->regrets.at(1).id;
    const core::TimePoint at{std::chrono::milliseconds(1795000000000)};
    [&] { QVERIFY(!m_store->setProbeTicked(id, {"probe.domain.load", regret, at}, true)); }();
    [&] { QVERIFY(!m_store->submitInterview(id)); }();
    return id;
}

int TestAmendments::amendments()
{
    auto current = m_store->interviews(m_candidate);
    if (!current)
        return -1;
    std::set<core::Id> seen;
    for (const core::Interview &i : *current) {
        auto versions = m_store->interviewVersions(i.id);
        if (!versions)
            return -1;
        for (const core::Interview &v : *versions) {
            if (v.version > 1)
                seen.insert(v.id);
        }
    }
    return int(seen.size());
}

void TestAmendments::onlyTheAuthorAmendsWithAReason()
{
    const core::Id id = submitted();
    QCOMPARE(m_store->startAmendment(id, "Mette", "  ").error().code, Code::Invalid);
    QCOMPARE(m_store->startAmendment(id, "Sam", "fix a typo").error().code, Code::NotAuthor);
    QCOMPARE(m_store->startAmendment(4242, "Mette", "fix a typo").error().code, Code::NotFound);
    core::Interview draft = candidateK();
    draft.candidateId = m_candidate;
    draft.interviewer = "Mette";
    draft.submitted = false;
    const core::Id draftId = *m_store->addInterview(draft);
    QCOMPARE(m_store->startAmendment(draftId, "Mette", "fix a typo").error().code, Code::Invalid);
    QCOMPARE(amendments(), 0);
}

void TestAmendments::amendmentIsANewSealedVersion()
{
    const core::Id id = submitted();
    const core::Interview first = *m_store->interview(id);
    ChangeRecorder changes(*m_store);
    const auto amendment = m_store->startAmendment(id, "Mette", "Depth of regret 2 was a typo");
    QVERIFY(amendment);
    QCOMPARE(changes.take(), describe({{core::Change::Kind::Interview, *amendment}}));
    // Asking again reopens the amendment in progress.
    QCOMPARE(*m_store->startAmendment(id, "Mette", "another reason"), *amendment);

    core::Interview copy = *m_store->interview(*amendment);
    QVERIFY(!copy.submitted);
    QCOMPARE(copy.version, 2);
    QCOMPARE(copy.amends, id);
    QCOMPARE(copy.amendReason, std::string("Depth of regret 2 was a typo"));
    QCOMPARE(copy.regrets.size(), first.regrets.size());
    QCOMPARE(copy.notes.size(), first.notes.size());
    // The copy's tick belongs to the copy's own regret 2.
    QCOMPARE(copy.probeTicks.size(), std::size_t(1));
    QCOMPARE(copy.probeTicks[0].regretId, copy.regrets[1].id);
    QVERIFY(copy.regrets[1].id != first.regrets[1].id);
    // Until it is sealed, the candidate's interview is the first version.
    auto shown = *m_store->interviews(m_candidate);
    QCOMPARE(shown.size(), std::size_t(2)); // the first version and the amendment in progress
    QVERIFY(shown[0].submitted && !shown[1].submitted);

    copy.regrets[1].depth = 2;
    QVERIFY(m_store->saveRegret(copy.regrets[1]));
    QVERIFY(!m_store->submitInterview(*amendment));
    const QString announced = changes.take();
    QVERIFY2(announced.contains(QStringLiteral("Interview %1").arg(id)), qPrintable(announced));
    QVERIFY2(announced.contains(QStringLiteral("Interview %1").arg(*amendment)),
             qPrintable(announced));

    shown = *m_store->interviews(m_candidate);
    QCOMPARE(shown.size(), std::size_t(1));
    const core::Interview current = shown[0];
    QCOMPARE(current.id, *amendment);
    QVERIFY(current.submitted);
    QCOMPARE(current.regrets[1].depth, 2);
    QVERIFY(current.amendedAt > core::TimePoint{});
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(current));
    QVERIFY(current.digest != first.digest); // a digest per version
    QCOMPARE(
        m_store->interviewsForRole(m_store->candidate(m_candidate)->roleId)->at(m_candidate).size(),
        std::size_t(1));

    // The old version is kept as it was sealed, and readable.
    const auto versions = *m_store->interviewVersions(id);
    QCOMPARE(versions.size(), std::size_t(2));
    core::Interview old = versions[0];
    QCOMPARE(old.supersededBy, *amendment);
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(old));
    old.supersededBy = 0;
    QCOMPARE(old, first);
    QCOMPARE(versions[1].id, *amendment);
    QCOMPARE(*m_store->interviewVersions(*amendment), versions);

    // A replaced version is not amended again: the current one is.
    QCOMPARE(m_store->startAmendment(id, "Mette", "again").error().code, Code::Invalid);
    QCOMPARE(m_store->saveSession(id, "system", 0, "").code, Code::Sealed);
}

void TestAmendments::amendingAgainBuildsAChain()
{
    const core::Id id = submitted();
    const core::Id second = *m_store->startAmendment(id, "Mette", "first fix");
    QVERIFY(!m_store->submitInterview(second));
    const core::Id third = *m_store->startAmendment(second, "Mette", "second fix");
    QCOMPARE(m_store->interview(third)->version, 3);
    QVERIFY(!m_store->submitInterview(third));
    const auto versions = *m_store->interviewVersions(second);
    QCOMPARE(versions.size(), std::size_t(3));
    QCOMPARE(versions[0].id, id);
    QCOMPARE(versions[1].id, second);
    QCOMPARE(versions[2].id, third);
    QCOMPARE(versions[2].amendReason, std::string("second fix"));
    QCOMPARE(m_store->interviews(m_candidate)->size(), std::size_t(1));
    QCOMPARE(m_store->exportDataset()->candidates.at(0).interviews.size(), std::size_t(1));
}

void TestAmendments::openDraftIsNeverAnAmendment()
{
    const core::Id id = submitted();
    QVERIFY(m_store->startAmendment(id, "Mette", "fix"));
    QVERIFY(!m_store->openDraft(m_candidate, "Mette")->has_value());
}

void TestAmendments::draftsAreListedAndDiscarded()
{
    QVERIFY(m_store->drafts()->empty());
    const core::Id sealed = submitted();
    core::Interview draft = candidateK();
    draft.candidateId = m_candidate;
    draft.interviewer = "Sam";
    draft.submitted = false;
    draft.notes = {{0, 0, 10, "system", "one", 0, false}, {0, 0, 20, "system", "two", 0, false}};
    const core::Id older = *m_store->addInterview(draft);
    const core::Id amendment = *m_store->startAmendment(sealed, "Mette", "fix");
    QTest::qWait(5); // updated_at has millisecond resolution
    QVERIFY(m_store->saveNote({0, older, 30, "system", "three", 0, false}));

    const auto list = *m_store->drafts();
    QCOMPARE(list.size(), std::size_t(2));
    QCOMPARE(list[0].interviewId, older); // the most recently written first
    QCOMPARE(list[0].candidateName, std::string("Kai"));
    QCOMPARE(list[0].roleTitle, std::string("Fraud scoring pipeline"));
    QCOMPARE(list[0].interviewer, std::string("Sam"));
    QCOMPARE(list[0].notes, 3);
    QCOMPARE(list[0].version, 1);
    QVERIFY(list[0].updatedAt >= list[1].updatedAt);
    QCOMPARE(list[1].interviewId, amendment);
    QCOMPARE(list[1].version, 2);

    ChangeRecorder changes(*m_store);
    QVERIFY(!m_store->discardDraft(older));
    QCOMPARE(changes.take(), describe({{core::Change::Kind::Interview, older}}));
    // Gone with everything in it (no row left behind: tst_amendmentschema.cpp).
    QCOMPARE(m_store->interview(older).error().code, Code::NotFound);
    QCOMPARE(m_store->interviews(m_candidate)->size(), std::size_t(2)); // sealed + amendment
    QCOMPARE(m_store->discardDraft(older).code, Code::NotFound);
    // Discarding an amendment in progress leaves the submitted version as it was.
    QVERIFY(!m_store->discardDraft(amendment));
    QVERIFY(m_store->drafts()->empty());
    const core::Interview kept = *m_store->interview(sealed);
    QVERIFY(kept.submitted && !kept.isSuperseded());
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(kept));
    QCOMPARE(m_store->discardDraft(sealed).code, Code::Sealed);
}

void TestAmendments::stageTimesRoundTrip()
{
    core::Interview draft = candidateK();
    draft.candidateId = m_candidate;
    draft.interviewer = "Mette";
    draft.submitted = false;
    const core::Id id = *m_store->addInterview(draft);
    QVERIFY(!m_store->saveStageTimes(id, {{"system", 120000}, {"decision", 45000}}));
    QVERIFY(!m_store->saveStageTimes(id, {{"system", 125000}, {"probe", 1}}));
    const std::map<std::string, std::int64_t> expected{{"system", 125000}, {"probe", 1}};
    QCOMPARE(m_store->interview(id)->stageMs, expected);
    QCOMPARE(m_store->saveStageTimes(id, {{"lunch", 5}}).code, Code::Invalid);
    QCOMPARE(m_store->saveStageTimes(id, {{"system", -5}}).code, Code::Invalid);
    QCOMPARE(m_store->interview(id)->stageMs, expected);
}

QTEST_GUILESS_MAIN(TestAmendments)
#include "tst_amendments.moc"
