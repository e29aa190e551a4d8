#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/scenario.h"

#include "core/scoring/scorer.h"
#include "core/storage/rows.h"
#include "core/uuid.h"

#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using L = core::Regret::Level;

// Every store (test_storeroundtrip on SQLite, test_storeroundtrip_postgres on the team server):
// every entity round-trips, writes are all-or-nothing, and what a write refuses leaves nothing.
class TestStoreRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roleRoundTrip();
    void candidateRoundTrip();
    void interviewRoundTrip();
    void decisionHistory();
    void taxonomyEntries();
    void interviewsForRoleGroupsByCandidate();
    void constraintViolationIsReported();
    void importIsAllOrNothing();
    void importReusesAnEqualRole();
    void exportGivesBackWhatWasImported();

private:
    // A new connection to this case's store (the place persists across opens).
    std::unique_ptr<core::Store> openStore();

    std::unique_ptr<StoreUnderTest> m_place;
};

std::unique_ptr<core::Store> TestStoreRoundTrip::openStore()
{
    auto store = m_place->open();
    if (!store) {
        qWarning("open failed: %s", failure(store).c_str());
        return {};
    }
    return std::move(*store);
}

void TestStoreRoundTrip::init()
{
    m_place = std::make_unique<StoreUnderTest>();
}

void TestStoreRoundTrip::roleRoundTrip()
{
    auto store = openStore();
    QVERIFY(store);
    core::Role r = fraudPipeline();
    r.description = "50,000 transactions a minute — under 100 ms";
    const core::TimePoint before = core::storage::now();
    auto id = store->saveRole(r);
    QVERIFY(id);
    r.id = *id;
    // A new role gets its identity and the time of the edit.
    const core::Role saved = *store->role(*id);
    QVERIFY(core::uuid::isValid(saved.uuid));
    QVERIFY(saved.updatedAt >= before);
    r.uuid = saved.uuid;
    r.updatedAt = saved.updatedAt;
    QCOMPARE(saved, r);

    // Saving again replaces the profile, demands included; the identity stays.
    r.breadthDemand = 3.75;
    r.domainDemands = {{"payments", 2}};
    r.uuid = "00000000-0000-4000-8000-000000000000"; // an edit never changes who the role is
    QVERIFY(store->saveRole(r));
    const core::Role edited = *store->role(*id);
    QCOMPARE(edited.uuid, saved.uuid);
    QVERIFY(edited.updatedAt >= saved.updatedAt);
    r.uuid = saved.uuid;
    r.updatedAt = edited.updatedAt;
    QCOMPARE(edited, r);
    QCOMPARE(store->roles()->size(), std::size_t(1));
    QCOMPARE(store->roles()->front(), r);

    core::Role bad = paymentBackend();
    bad.breadthDemand = 11;
    QCOMPARE(store->saveRole(bad).error().code, core::Error::Code::Invalid);
    bad.breadthDemand = 5;
    bad.domainDemands = {{"payments", 5}};
    QCOMPARE(store->saveRole(bad).error().code, core::Error::Code::Constraint);
    QCOMPARE(store->roles()->size(), std::size_t(1)); // the failed insert left nothing behind
    QCOMPARE(store->role(9999).error().code, core::Error::Code::NotFound);
}

void TestStoreRoundTrip::candidateRoundTrip()
{
    auto store = openStore();
    QVERIFY(store);
    const core::Id roleId = *store->saveRole(paymentBackend());
    core::Candidate c;
    c.name = "Zoë O’Brien 🚀";
    c.email = "zoe@example.org";
    c.roleId = roleId;
    c.uuid = "5b0d8c1e-2f4a-4c3b-9d6e-7f8a9b0c1d2e"; // brought by an import: kept
    c.profileLink = "https://example.org/cv/zoe?lang=da&x=<b>";
    auto id = store->saveCandidate(c);
    QVERIFY(id);
    c.id = *id;
    core::Candidate saved = *store->candidate(*id);
    QVERIFY(saved.updatedAt > core::TimePoint{});
    c.updatedAt = saved.updatedAt;
    QCOMPARE(saved, c);
    c.status = core::Candidate::Status::Withdrawn;
    c.email.clear();
    c.profileLink.clear();
    QVERIFY(store->saveCandidate(c));
    saved = *store->candidate(*id);
    c.updatedAt = saved.updatedAt;
    QCOMPARE(saved, c);
    QCOMPARE(store->candidates(roleId)->size(), std::size_t(1));
    QCOMPARE(store->candidates(roleId + 1)->size(), std::size_t(0));
}

void TestStoreRoundTrip::interviewRoundTrip()
{
    auto store = openStore();
    QVERIFY(store);
    const core::Id roleId = *store->saveRole(paymentBackend());
    const core::Id candidateId = *store->saveCandidate({0, "Kai", "", roleId, {}});
    core::Interview i = candidateK();
    i.candidateId = candidateId;
    i.startedAt = core::TimePoint(std::chrono::milliseconds(1795000000123));
    i.regrets[0].id = 7; // local id, referenced by a note below
    i.regrets[0].system = "Payments ledger,\n\"200 orders a day\"";
    i.regrets[0].decision = "hand-written state rebuild";
    i.regrets[0].why = "tab\there";
    i.regrets[0].instead = "log-compacted topic";
    i.regrets[0].impact = "two weeks of replays";
    i.notes = {{0, 0, 1500, "system", "owned the consumer fleet", 0, false},
               {0, 0, 61000, "decision", "“I would never hand-roll that again”", 7, true}};
    auto id = store->addInterview(i);
    QVERIFY(id);

    auto list = store->interviews(candidateId);
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(1));
    const core::Interview &back = list->front();
    QCOMPARE(back.id, *id);
    QCOMPARE(back.startedAt, i.startedAt);
    QCOMPARE(back.interviewer, i.interviewer);
    QVERIFY(back.submitted);
    QCOMPARE(back.regrets.size(), std::size_t(2));
    for (std::size_t n = 0; n < 2; ++n) {
        core::Regret expected = i.regrets[n];
        expected.id = back.regrets[n].id;
        expected.interviewId = *id;
        expected.position = int(n);
        QVERIFY(core::uuid::isValid(back.regrets[n].uuid));
        expected.uuid = back.regrets[n].uuid;
        QCOMPARE(back.regrets[n], expected);
    }
    QCOMPARE(back.notes.size(), std::size_t(2));
    QCOMPARE(back.notes[1].text, i.notes[1].text);
    QVERIFY(back.notes[1].quote);
    QCOMPARE(back.notes[1].regretId, back.regrets[0].id); // the local id was linked to the row
    QVERIFY(core::uuid::isValid(back.uuid));
    QVERIFY(core::uuid::isValid(back.notes[0].uuid));
    QVERIFY(back.notes[0].uuid != back.notes[1].uuid);
    QCOMPARE(back.notes[0].regretId, core::Id(0));

    core::Interview bad = candidateK();
    bad.candidateId = candidateId;
    bad.regrets[1].depth = 5;
    QCOMPARE(store->addInterview(bad).error().code, core::Error::Code::Invalid);
    QCOMPARE(store->interviews(candidateId)->size(), std::size_t(1)); // rolled back
}

void TestStoreRoundTrip::decisionHistory()
{
    auto store = openStore();
    QVERIFY(store);
    const core::Id roleId = *store->saveRole(paymentBackend());
    const core::Id candidateId = *store->saveCandidate({0, "Gita", "", roleId, {}});
    using O = core::Decision::Outcome;
    const auto t0 = core::TimePoint(std::chrono::milliseconds(1795000000000));
    core::Decision later{0,       candidateId,
                         O::Hire, "strong generalist",
                         "Mette", t0 + std::chrono::hours(24)};
    core::Decision earlier{0, candidateId, O::Advance, "=1+1 not a formula", "Sam", t0};
    QVERIFY(store->addDecision(later));
    QVERIFY(store->addDecision(earlier));
    auto list = store->decisions(candidateId);
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(2));
    QCOMPARE(list->at(0).outcome, O::Advance); // oldest first
    QCOMPARE(list->at(0).rationale, earlier.rationale);
    QCOMPARE(list->at(1).recordedBy, std::string("Mette"));
    QCOMPARE(list->at(1).decidedAt, later.decidedAt);
}

void TestStoreRoundTrip::taxonomyEntries()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->taxonomy()->layerCount(), std::size_t(8));
        QCOMPARE(store->taxonomy()->domains().size(), std::size_t(9));
        using K = core::Taxonomy::Kind;
        QVERIFY(!store->addTaxonomyEntry({K::Layer, "search-index", "Search indexes", false}));
        QCOMPARE(store->addTaxonomyEntry({K::Layer, "apis", "Again", false}).code,
                 core::Error::Code::Constraint);
        QCOMPARE(store->addTaxonomyEntry({K::Domain, "Bad Id", "x", false}).code,
                 core::Error::Code::Invalid);
    }
    auto store = openStore(); // persisted across opens
    QVERIFY(store);
    auto t = store->taxonomy();
    QCOMPARE(t->layerCount(), std::size_t(9));
    QVERIFY(t->hasLayer("search-index"));
    QVERIFY(!t->find(core::Taxonomy::Kind::Layer, "search-index")->builtIn);
    QCOMPARE(t->find(core::Taxonomy::Kind::Layer, "search-index")->label,
             std::string("Search indexes"));
}

void TestStoreRoundTrip::interviewsForRoleGroupsByCandidate()
{
    auto store = openStore();
    QVERIFY(store);
    const core::Id pay = *store->saveRole(paymentBackend());
    const core::Id fraud = *store->saveRole(fraudPipeline());
    const core::Id a = *store->saveCandidate({0, "A", "", pay, {}});
    const core::Id b = *store->saveCandidate({0, "B", "", pay, {}});
    const core::Id c = *store->saveCandidate({0, "C", "", fraud, {}});
    for (core::Id id : {a, a, b, c}) {
        core::Interview i = candidateG();
        i.candidateId = id;
        QVERIFY(store->addInterview(i));
    }
    auto grouped = store->interviewsForRole(pay);
    QVERIFY(grouped);
    QCOMPARE(grouped->size(), std::size_t(2));
    QCOMPARE(grouped->at(a).size(), std::size_t(2));
    QCOMPARE(grouped->at(b).size(), std::size_t(1));
    QCOMPARE(grouped->at(a)[1].regrets.size(), std::size_t(3));
    QCOMPARE(grouped->at(a)[1].regrets[0].layers.size(), std::size_t(5));
    // The grouped interviews score exactly like a per-candidate read.
    const core::Scorer scorer(8);
    QCOMPARE(scorer.candidate(grouped->at(a)).breadth,
             scorer.candidate(*store->interviews(a)).breadth);
}

void TestStoreRoundTrip::constraintViolationIsReported()
{
    auto store = openStore();
    QVERIFY(store);
    auto id = store->saveCandidate({0, "Nobody", "", 4242, {}});
    QVERIFY(!id);
    QCOMPARE(id.error().code, core::Error::Code::Constraint);
    QVERIFY(!id.error().where.empty());
}

void TestStoreRoundTrip::importIsAllOrNothing()
{
    auto store = openStore();
    QVERIFY(store);
    core::Dataset d;
    d.roles = {paymentBackend()};
    core::Dataset::CandidateEntry ok;
    ok.candidate.name = "Fine";
    ok.interviews = {candidateG()};
    core::Dataset::CandidateEntry broken;
    broken.candidate.name = "Broken";
    broken.interviews = {candidateK()};
    broken.interviews[0].regrets[0].depth = 9;
    d.candidates = {ok, broken};
    QVERIFY(!store->importDataset(d));
    QCOMPARE(store->roles()->size(), std::size_t(0));
    QCOMPARE(store->candidates()->size(), std::size_t(0));

    d.candidates.pop_back();
    QVERIFY(store->importDataset(d));
    QCOMPARE(store->candidates()->size(), std::size_t(1));
}

void TestStoreRoundTrip::importReusesAnEqualRole()
{
    auto store = openStore();
    QVERIFY(store);
    core::Dataset d;
    d.roles = {paymentBackend()};
    d.candidates.resize(1);
    d.candidates[0].candidate.name = "One";
    QVERIFY(store->importDataset(d));
    auto again = store->importDataset(d);
    QVERIFY(again);
    QVERIFY(again->changesNothing());
    QCOMPARE(store->roles()->size(), std::size_t(1));
    QCOMPARE(store->candidates()->size(), std::size_t(1));
    // Same title, other profile: the same role (two roles never share a title). The file says
    // nothing of when it was edited, so what is held stays and the difference is a conflict.
    d.roles[0].title = "PAYMENT backend";
    d.roles[0].breadthDemand = 5.0;
    auto conflicting = store->importDataset(d);
    QVERIFY(conflicting);
    QCOMPARE(store->roles()->size(), std::size_t(1));
    QCOMPARE(store->roles()->front().breadthDemand, paymentBackend().breadthDemand);
    QCOMPARE(conflicting->conflicts.size(), std::size_t(2)); // the title's case, the breadth
    QVERIFY(!conflicting->conflicts[1].tookIncoming);
}

void TestStoreRoundTrip::exportGivesBackWhatWasImported()
{
    auto store = openStore();
    QVERIFY(store);
    core::Dataset d;
    d.roles = {paymentBackend(), fraudPipeline()};
    core::Dataset::CandidateEntry k;
    k.candidate = {0, "Kai", "kai@example.org", 0, core::Candidate::Status::Active};
    k.roleIndex = 1;
    k.interviews = {candidateK()};
    k.interviews[0].notes = {{0, 0, 500, "probe", "consumer lag 40 min", 0, true}};
    k.decisions = {{0, 0, core::Decision::Outcome::Advance, "deep", "Sam", core::TimePoint{}}};
    d.candidates = {k};
    QVERIFY(store->importDataset(d));

    auto all = store->exportDataset();
    QVERIFY(all);
    QCOMPARE(all->roles.size(), std::size_t(2));
    QCOMPARE(all->candidates.size(), std::size_t(1));
    const auto &back = all->candidates[0];
    QCOMPARE(all->roles[back.roleIndex].title, std::string("Fraud scoring pipeline"));
    QCOMPARE(back.candidate.email, k.candidate.email);
    QCOMPARE(back.interviews[0].notes[0].text, std::string("consumer lag 40 min"));
    QCOMPARE(back.decisions[0].rationale, std::string("deep"));

    const core::Id fraudId = all->roles[back.roleIndex].id;
    auto only = store->exportDataset(fraudId);
    QVERIFY(only);
    QCOMPARE(only->roles.size(), std::size_t(1));
    QCOMPARE(only->candidates.size(), std::size_t(1));
    QCOMPARE(only->candidates[0].roleIndex, std::size_t(0));
    QCOMPARE(store->exportDataset(fraudId + 100).error().code, core::Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestStoreRoundTrip)
#include "tst_storeroundtrip.moc"
