#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include "core/interviewseal.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <fmt/format.h>

#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using Code = core::Error::Code;

// Amending a submitted interview (a new sealed version, the old one kept), the drafts an
// interviewer lists and discards, the time spent per stage, and the digest of interviews sealed
// before ticks belonged to regrets.
class TestAmendments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void onlyTheAuthorAmendsWithAReason();
    void amendmentIsANewSealedVersion();
    void amendingAgainBuildsAChain();
    void tamperCheckCoversTheCurrentVersion();
    void openDraftIsNeverAnAmendment();
    void draftsAreListedAndDiscarded();
    void stageTimesRoundTrip();
    void legacyDigestStillVerifies();

private:
    core::Id submitted(core::Interview interview = candidateK());
    std::int64_t count(const char *sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_store;
    core::Id m_candidate = 0;
};

void TestAmendments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = core::SqliteStore::open(m_dir->filePath(QStringLiteral("db.sqlite3")).toStdString());
    QVERIFY(store);
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

std::int64_t TestAmendments::count(const char *sql)
{
    core::Statement s = m_store->database().prepare(sql);
    return s.step() == core::Statement::StepResult::Row ? s.columnInt64(0) : -1;
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
    QCOMPARE(count("SELECT count(*) FROM interviews WHERE version > 1"), 0);
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

void TestAmendments::tamperCheckCoversTheCurrentVersion()
{
    const core::Id id = submitted();
    const core::Id amendment = *m_store->startAmendment(id, "Mette", "fix");
    QVERIFY(!m_store->submitInterview(amendment));
    QVERIFY(!m_store->database().exec(
        fmt::format("UPDATE regrets SET decision = 'edited' WHERE interview_id = {}", amendment)));
    QVERIFY(core::InterviewSeal::modifiedAfterSubmission(m_store->interviews(m_candidate)->at(0)));
    // The reason is sealed too.
    QVERIFY(!m_store->database().exec(
        fmt::format("UPDATE regrets SET decision = '' WHERE interview_id = {}", amendment)));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(*m_store->interview(amendment)));
    QVERIFY(!m_store->database().exec(fmt::format(
        "UPDATE interviews SET amend_reason = 'something else' WHERE id = {}", amendment)));
    QVERIFY(core::InterviewSeal::modifiedAfterSubmission(*m_store->interview(amendment)));
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
    const std::string rows = fmt::format(
        "SELECT (SELECT count(*) FROM regrets WHERE interview_id = {0}) + (SELECT count(*) FROM "
        "notes WHERE interview_id = {0}) + (SELECT count(*) FROM probe_ticks WHERE interview_id "
        "= {0}) + (SELECT count(*) FROM interviews WHERE id = {0})",
        older);
    QCOMPARE(count(rows.c_str()), 0);
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

void TestAmendments::legacyDigestStillVerifies()
{
    // An interview sealed by schema 2-4 keeps its digest: the set of ticked probe ids.
    const core::Id id = submitted();
    core::Interview i = *m_store->interview(id);
    QVERIFY(!m_store->database().exec(fmt::format("UPDATE interviews SET digest = '{}' WHERE id = {}",
                                                  core::InterviewSeal::legacyDigest(i), id)));
    i = *m_store->interview(id);
    QCOMPARE(i.digest.size(), std::size_t(64));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(i));
    QVERIFY(!m_store->database().exec(fmt::format(
        "UPDATE probe_ticks SET probe = 'probe.domain.guarantees' WHERE interview_id = {}", id)));
    QVERIFY(core::InterviewSeal::modifiedAfterSubmission(*m_store->interview(id)));
}

QTEST_GUILESS_MAIN(TestAmendments)
#include "tst_amendments.moc"
