// The merge rules of DESIGN.md (Identity) through core::Store::importDataset, on every store
// (test_importmerges on SQLite, test_importmerges_postgres on the team server), with datasets built
// in code: importing twice changes nothing the second time, a dry run writes nothing, a candidate
// is found by e-mail within its role, a same-name candidate is a possible duplicate, and a newer
// amended version of an interview replaces the older one. The command line's import:
// tests/cli/tst_cli_import_merge.cpp; the rules alone: core/merging/mergeplanner.h.

#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include "core/interviewseal.h"
#include "core/uuid.h"

#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using E = core::ImportReport::Entity;
using Mode = core::Store::ImportMode;

namespace {

const core::TimePoint t0{std::chrono::milliseconds(1795000000000)};

core::Dataset::CandidateEntry entry(std::string name, std::string email, std::size_t role = 0)
{
    core::Dataset::CandidateEntry e;
    e.candidate.name = std::move(name);
    e.candidate.email = std::move(email);
    e.roleIndex = role;
    return e;
}

core::Interview submittedBy(core::Interview i, std::string interviewer, core::TimePoint start)
{
    i.interviewer = std::move(interviewer);
    i.startedAt = start;
    i.submitted = true;
    return i;
}

// "added/merged/skipped" of one kind of entity.
QString tally(const core::ImportReport &report, E entity)
{
    const auto &t = report[entity];
    return QStringLiteral("%1/%2/%3").arg(t.added).arg(t.merged).arg(t.skipped);
}

} // namespace

class TestImportMerges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importingTwiceChangesNothingTheSecondTime();
    void dryRunWritesNothing();
    void aCandidateIsFoundByEmailWithinTheRole();
    void aSameNameCandidateIsAPossibleDuplicate();
    void aNewerAmendedVersionReplacesTheOlder();

private:
    // Two roles; Ada (e-mail, two submitted interviews, a decision) and Ben (no e-mail, one) in the
    // first, Chen in the second.
    static core::Dataset committee();
    // Interviews held of every candidate (current versions), summed; -1 when a read fails.
    int interviewsHeld();

    std::unique_ptr<StoreUnderTest> m_place;
    std::unique_ptr<core::Store> m_store;
};

void TestImportMerges::init()
{
    m_store.reset(); // before the place it is on
    m_place = std::make_unique<StoreUnderTest>();
    auto store = m_place->open();
    QVERIFY2(store, failure(store).c_str());
    m_store = std::move(*store);
}

void TestImportMerges::cleanup()
{
    m_store.reset();
}

core::Dataset TestImportMerges::committee()
{
    core::Dataset d;
    d.roles = {paymentBackend(), fraudPipeline()};
    auto ada = entry("Ada Lovelace", "ada@example.org");
    ada.interviews = {submittedBy(candidateK(), "Sam", t0),
                      submittedBy(candidateG(), "Mette", t0 + std::chrono::hours(1))};
    ada.decisions = {{0, 0, core::Decision::Outcome::Advance, "deep", "Ana", t0}};
    auto ben = entry("Ben Okafor", "");
    ben.interviews = {submittedBy(candidateG(), "Sam", t0 + std::chrono::hours(2))};
    auto chen = entry("Chen Wu", "chen@example.org", 1);
    d.candidates = {ada, ben, chen};
    return d;
}

int TestImportMerges::interviewsHeld()
{
    auto candidates = m_store->candidates();
    if (!candidates)
        return -1;
    int n = 0;
    for (const core::Candidate &c : *candidates) {
        auto list = m_store->interviews(c.id);
        if (!list)
            return -1;
        n += int(list->size());
    }
    return n;
}

void TestImportMerges::importingTwiceChangesNothingTheSecondTime()
{
    const core::Dataset d = committee();
    auto first = m_store->importDataset(d);
    QVERIFY2(first, failure(first).c_str());
    QCOMPARE(tally(*first, E::Role), QStringLiteral("2/0/0"));
    QCOMPARE(tally(*first, E::Candidate), QStringLiteral("3/0/0"));
    QCOMPARE(tally(*first, E::Interview), QStringLiteral("3/0/0"));
    QCOMPARE(tally(*first, E::Decision), QStringLiteral("1/0/0"));
    QVERIFY(!first->changesNothing());

    ChangeRecorder changes(*m_store);
    auto second = m_store->importDataset(d);
    QVERIFY2(second, failure(second).c_str());
    QVERIFY(second->changesNothing());
    QCOMPARE(tally(*second, E::Role), QStringLiteral("0/0/2"));
    QCOMPARE(tally(*second, E::Candidate), QStringLiteral("0/0/3"));
    QCOMPARE(tally(*second, E::Interview), QStringLiteral("0/0/3"));
    QCOMPARE(tally(*second, E::Decision), QStringLiteral("0/0/1"));
    QVERIFY(second->possibleDuplicates.empty());
    QVERIFY(second->conflicts.empty());
    QCOMPARE(changes.take(), QString()); // nothing changed, nothing announced
    QCOMPARE(m_store->roles()->size(), std::size_t(2));
    QCOMPARE(m_store->candidates()->size(), std::size_t(3));
    QCOMPARE(interviewsHeld(), 3);
    const core::Id ada = m_store->candidates()->front().id;
    QCOMPARE(m_store->decisions(ada)->size(), std::size_t(1));
}

void TestImportMerges::dryRunWritesNothing()
{
    const core::Dataset d = committee();
    ChangeRecorder changes(*m_store);
    auto dry = m_store->importDataset(d, Mode::DryRun);
    QVERIFY2(dry, failure(dry).c_str());
    QCOMPARE(changes.take(), QString());
    QVERIFY(m_store->roles()->empty());
    QVERIFY(m_store->candidates()->empty());
    QVERIFY(m_store->drafts()->empty());

    // The same report as the import it stands for.
    auto written = m_store->importDataset(d);
    QVERIFY2(written, failure(written).c_str());
    QCOMPARE(changes.take(), describe({{core::Change::Kind::Dataset, 0}}));
    for (E e :
         {E::Role, E::TeamMember, E::Candidate, E::Interview, E::Decision, E::PlacementOverride})
        QCOMPARE(tally(*dry, e), tally(*written, e));

    // On top of what is held: a dry run of a newer candidate record reports the merge, keeps
    // the old name.
    core::Dataset newer = d;
    const core::Candidate held = m_store->candidates()->front();
    newer.candidates[0].candidate.uuid = held.uuid;
    newer.candidates[0].candidate.name = "Ada King";
    newer.candidates[0].candidate.updatedAt = held.updatedAt + std::chrono::hours(1);
    auto merge = m_store->importDataset(newer, Mode::DryRun);
    QVERIFY2(merge, failure(merge).c_str());
    QCOMPARE((*merge)[E::Candidate].merged, 1);
    QCOMPARE(changes.take(), QString());
    QCOMPARE(m_store->candidate(held.id)->name, std::string("Ada Lovelace"));
    QVERIFY(m_store->importDataset(newer));
    QCOMPARE(m_store->candidate(held.id)->name, std::string("Ada King"));
}

void TestImportMerges::aCandidateIsFoundByEmailWithinTheRole()
{
    QVERIFY(m_store->importDataset(committee()));
    const core::Candidate ada = m_store->candidates()->front();
    QCOMPARE(ada.name, std::string("Ada Lovelace"));

    // Another laptop's record of Ada: no UUID we know, another spelling, the same e-mail in
    // another case, a new interview; and the same e-mail in the other role, a record of its own.
    core::Dataset other;
    other.roles = {paymentBackend(), fraudPipeline()};
    auto same = entry("Ada L.", "ADA@Example.org");
    same.interviews = {submittedBy(candidateG(), "Carol", t0 + std::chrono::hours(5))};
    auto elsewhere = entry("Ada Lovelace", "ada@example.org", 1);
    other.candidates = {same, elsewhere};
    auto report = m_store->importDataset(other);
    QVERIFY2(report, failure(report).c_str());
    QCOMPARE((*report)[E::Candidate].added, 1); // the one in the other role
    QCOMPARE((*report)[E::Interview].added, 1);
    QVERIFY(report->possibleDuplicates.empty());

    QCOMPARE(m_store->candidates(ada.roleId)->size(), std::size_t(2)); // Ada and Ben
    QCOMPARE(m_store->candidate(ada.id)->name, std::string("Ada Lovelace"));
    const auto interviews = *m_store->interviews(ada.id);
    QCOMPARE(interviews.size(), std::size_t(3));
    QCOMPARE(interviews.back().interviewer, std::string("Carol"));
    QCOMPARE(m_store->candidates()->size(), std::size_t(4));
}

void TestImportMerges::aSameNameCandidateIsAPossibleDuplicate()
{
    QVERIFY(m_store->importDataset(committee()));
    const auto before = *m_store->candidates();
    const core::Candidate ben = before.at(1);
    QCOMPARE(ben.name, std::string("Ben Okafor"));

    core::Dataset other;
    other.roles = {paymentBackend()};
    auto namesake = entry("ben okafor", "");
    namesake.interviews = {submittedBy(candidateK(), "Carol", t0 + std::chrono::hours(7))};
    other.candidates = {namesake};
    auto report = m_store->importDataset(other);
    QVERIFY2(report, failure(report).c_str());
    // Never merged silently: added, and reported.
    QCOMPARE((*report)[E::Candidate].added, 1);
    QCOMPARE(report->possibleDuplicates.size(), std::size_t(1));
    const core::ImportReport::PossibleDuplicate &dup = report->possibleDuplicates.front();
    QCOMPARE(dup.name, std::string("ben okafor"));
    QCOMPARE(dup.heldId, ben.id);
    QCOMPARE(dup.heldName, std::string("Ben Okafor"));
    QCOMPARE(dup.role, std::string("Payment backend"));
    QCOMPARE(m_store->candidates()->size(), before.size() + 1);
    QCOMPARE(m_store->interviews(ben.id)->size(), std::size_t(1));
}

void TestImportMerges::aNewerAmendedVersionReplacesTheOlder()
{
    // The file a laptop exported before the author amended, and the one after.
    core::Dataset before;
    before.roles = {paymentBackend()};
    auto kai = entry("Kai Berg", "kai@example.org");
    kai.candidate.uuid = core::uuid::random();
    core::Interview first = submittedBy(candidateK(), "Mette", t0);
    first.uuid = core::uuid::random();
    first.digest = core::InterviewSeal::digest(first);
    kai.interviews = {first};
    before.candidates = {kai};

    core::Dataset after = before;
    core::Interview amended = first;
    amended.version = 2;
    amended.amendReason = "Depth of regret 2 was a typo";
    amended.amendedAt = t0 + std::chrono::hours(24);
    amended.regrets[1].depth = 2;
    amended.digest = core::InterviewSeal::digest(amended);
    after.candidates[0].interviews = {amended};

    QVERIFY(m_store->importDataset(before));
    const core::Id held = m_store->candidates()->front().id;
    auto report = m_store->importDataset(after);
    QVERIFY2(report, failure(report).c_str());
    QCOMPARE(tally(*report, E::Interview), QStringLiteral("0/1/0"));
    QVERIFY(report->conflicts.empty());

    const auto current = *m_store->interviews(held);
    QCOMPARE(current.size(), std::size_t(1));
    QCOMPARE(current[0].version, 2);
    QCOMPARE(current[0].uuid, first.uuid);
    QCOMPARE(current[0].amendReason, amended.amendReason);
    QCOMPARE(current[0].regrets[1].depth, 2);
    QVERIFY(current[0].submitted);
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(current[0]));
    // The older version is kept, replaced.
    const auto versions = *m_store->interviewVersions(current[0].id);
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions[0].version, 1);
    QCOMPARE(versions[0].supersededBy, current[0].id);
    QCOMPARE(versions[0].regrets[1].depth, first.regrets[1].depth);

    // Neither file changes anything now: the older version never comes back.
    auto again = m_store->importDataset(before);
    QVERIFY2(again, failure(again).c_str());
    QVERIFY(again->changesNothing());
    QCOMPARE(m_store->interviews(held)->at(0).version, 2);
    auto twice = m_store->importDataset(after);
    QVERIFY2(twice, failure(twice).c_str());
    QVERIFY(twice->changesNothing());
    QCOMPARE(m_store->interviewVersions(current[0].id)->size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestImportMerges)
#include "tst_importmerges.moc"
