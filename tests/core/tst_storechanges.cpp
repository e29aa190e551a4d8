#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/changerecorder.h"
#include "tests/core/refusedwrites.h"
#include "tests/core/scenario.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using K = core::Change::Kind;
using L = core::Regret::Level;
using Code = core::Error::Code;

// Change events of one store, on every store (test_storechanges on SQLite,
// test_storechanges_postgres on the team server): every successful write announces what it
// changed (kind and id) exactly once, after its commit; a write that fails announces nothing, to
// this store's listeners or to another connection. The SQLite file's change log and a COMMIT that
// fails there: tst_changelog.cpp.
class TestStoreChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void taxonomyWrites();
    void roleAndCandidateWrites();
    void addCandidateWithRoleAnnouncesRoleThenCandidate();
    void interviewAddedAndSubmitted();
    void draftWrites();
    void committeeWrites();
    void importAnnouncesOneDataset();
    void failedWritesAnnounceNothing();
    void listenersHearTheCommittedState();
    void unsubscribedListenersHearNothing();

private:
    // Writes m_role again (a write every store tells other connections of) and polls m_other
    // until it hears of it: what m_other heard before it, described; "lost" when it never does.
    QString heardByOther();

    std::unique_ptr<StoreUnderTest> m_place;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<core::Store> m_other; // another connection to the same place
    std::unique_ptr<ChangeRecorder> m_recorder;
    core::Id m_role = 0;
    core::Id m_candidate = 0;
};

void TestStoreChanges::init()
{
    cleanup();
    m_place = std::make_unique<StoreUnderTest>();
    auto store = m_place->open();
    QVERIFY2(store, failure(store).c_str());
    m_store = std::move(*store);
    auto other = m_place->open();
    QVERIFY2(other, failure(other).c_str());
    m_other = std::move(*other);
    m_role = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", m_role, {}});
    m_recorder = std::make_unique<ChangeRecorder>(*m_store);
}

void TestStoreChanges::cleanup()
{
    m_recorder.reset();
    m_store.reset();
    m_other.reset();
}

QString TestStoreChanges::heardByOther()
{
    const core::Role again = *m_store->role(m_role);
    if (!m_store->saveRole(again))
        return QStringLiteral("the role was not written");
    std::vector<core::Change> heard;
    const core::Change mark{K::Role, m_role};
    QDeadlineTimer deadline(3000);
    while (!deadline.hasExpired()) {
        auto more = m_other->pollExternalChanges();
        if (!more)
            return QStringLiteral("poll failed");
        for (const core::Change &c : *more) {
            if (c.kind == mark.kind && c.id == mark.id)
                return describe(heard);
            heard.push_back(c);
        }
        QTest::qWait(20);
    }
    return QStringLiteral("lost");
}

void TestStoreChanges::taxonomyWrites()
{
    const core::Taxonomy::Entry search{core::Taxonomy::Kind::Domain, "search", "Search", false};
    QVERIFY(!m_store->addTaxonomyEntry(search));
    QCOMPARE(m_recorder->take(), describe({{K::Taxonomy, 0}}));
    QVERIFY(!m_store->renameTaxonomyEntry(core::Taxonomy::Kind::Domain, "search", "Search it"));
    QCOMPARE(m_recorder->take(), describe({{K::Taxonomy, 0}}));
    QVERIFY(!m_store->deleteTaxonomyEntry(core::Taxonomy::Kind::Domain, "search"));
    QCOMPARE(m_recorder->take(), describe({{K::Taxonomy, 0}}));
}

void TestStoreChanges::roleAndCandidateWrites()
{
    auto role = m_store->saveRole(paymentBackend());
    QVERIFY(role);
    QCOMPARE(m_recorder->take(), describe({{K::Role, *role}}));
    core::Role edited = *m_store->role(*role);
    edited.breadthDemand = 6.0;
    QCOMPARE(*m_store->saveRole(edited), *role);
    QCOMPARE(m_recorder->take(), describe({{K::Role, *role}}));

    auto candidate = m_store->saveCandidate({0, "Gita", "gita@example.org", *role, {}});
    QVERIFY(candidate);
    QCOMPARE(m_recorder->take(), describe({{K::Candidate, *candidate}}));
    QVERIFY(m_store->saveCandidate({*candidate, "Gita O.", "", m_role, {}}));
    QCOMPARE(m_recorder->take(), describe({{K::Candidate, *candidate}}));
}

void TestStoreChanges::addCandidateWithRoleAnnouncesRoleThenCandidate()
{
    auto id = m_store->addCandidateWithRole({0, "Noor", "", 0, {}}, paymentBackend());
    QVERIFY(id);
    const core::Candidate noor = *m_store->candidate(*id);
    QCOMPARE(m_store->role(noor.roleId)->title, std::string("Payment backend"));
    QVERIFY(noor.roleId != m_role);
    QCOMPARE(m_recorder->take(), describe({{K::Role, noor.roleId}, {K::Candidate, *id}}));
}

void TestStoreChanges::interviewAddedAndSubmitted()
{
    auto submitted = m_store->addInterview([&] {
        core::Interview i = candidateK();
        i.candidateId = m_candidate;
        return i;
    }());
    QVERIFY(submitted);
    QCOMPARE(m_recorder->take(), describe({{K::Interview, *submitted}}));

    core::Interview draft = interview({regret(L::Product, "", 2, {"apis"})}, false);
    draft.candidateId = m_candidate;
    draft.pendingNote = "still typing";
    const core::Id draftId = *m_store->addInterview(draft);
    QCOMPARE(m_recorder->take(), describe({{K::Interview, draftId}}));
    QVERIFY(!m_store->submitInterview(draftId));
    QCOMPARE(m_recorder->take(), describe({{K::Interview, draftId}}));
    QVERIFY(m_store->interview(draftId)->submitted);
}

void TestStoreChanges::draftWrites()
{
    core::Interview empty = interview({}, false);
    empty.candidateId = m_candidate;
    const core::Id draft = *m_store->addInterview(empty);
    m_recorder->take();
    const QString changed = describe({{K::DraftContent, draft}});

    core::Regret r = regret(L::Domain, "streaming", 3, {"queuing"});
    r.interviewId = draft;
    auto regretId = m_store->saveRegret(r);
    QVERIFY(regretId);
    QCOMPARE(m_recorder->take(), changed);
    r.id = *regretId;
    r.depth = 4;
    QVERIFY(m_store->saveRegret(r));
    QCOMPARE(m_recorder->take(), changed);

    core::Note n{0, draft, 1000, "system", "owns the consumer fleet", *regretId, true};
    auto noteId = m_store->saveNote(n);
    QVERIFY(noteId);
    QCOMPARE(m_recorder->take(), changed);
    n.id = *noteId;
    n.text = "owns the consumer fleet, 12k events/s";
    QVERIFY(m_store->saveNote(n));
    QCOMPARE(m_recorder->take(), changed);
    QVERIFY(!m_store->deleteNote(*noteId));
    QCOMPARE(m_recorder->take(), changed);

    QVERIFY(!m_store->saveSession(draft, "probe", 0, "half a line"));
    QCOMPARE(m_recorder->take(), changed);
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.domain.load", 0, {}}, true));
    QCOMPARE(m_recorder->take(), changed);
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.domain.load", 0, {}}, false));
    QCOMPARE(m_recorder->take(), changed);
    QVERIFY(!m_store->deleteRegret(*regretId));
    QCOMPARE(m_recorder->take(), changed);
}

void TestStoreChanges::committeeWrites()
{
    const core::TimePoint t0{std::chrono::milliseconds(1795000000000)};
    const core::Decision decision{0,      m_candidate, core::Decision::Outcome::Advance,
                                  "deep", "Mette",     t0};
    QVERIFY(m_store->addDecision(decision));
    QCOMPARE(m_recorder->take(), describe({{K::Decision, m_candidate}}));
    QVERIFY(m_store->addPlacementOverride({0, m_candidate, 4.0, 9.0, "broader", "", t0}));
    QCOMPARE(m_recorder->take(), describe({{K::PlacementOverride, m_candidate}}));

    auto member = m_store->saveTeamMember({0, m_role, "Ada", 5, 5});
    QVERIFY(member);
    QCOMPARE(m_recorder->take(), describe({{K::TeamMember, m_role}}));
    QVERIFY(m_store->saveTeamMember({*member, m_role, "Ada L.", 6, 5}));
    QCOMPARE(m_recorder->take(), describe({{K::TeamMember, m_role}}));
    // Moving a member to another role changes both teams.
    const core::Id other = *m_store->saveRole(paymentBackend());
    m_recorder->take();
    QVERIFY(m_store->saveTeamMember({*member, other, "Ada L.", 6, 5}));
    QCOMPARE(m_recorder->take(), describe({{K::TeamMember, m_role}, {K::TeamMember, other}}));
    QVERIFY(!m_store->deleteTeamMember(*member));
    QCOMPARE(m_recorder->take(), describe({{K::TeamMember, other}}));
}

void TestStoreChanges::importAnnouncesOneDataset()
{
    core::Dataset dataset;
    dataset.roles = {paymentBackend(), role("Search backend", 5, {})};
    dataset.candidates.push_back({{0, "Gita", "", 0, {}}, 0, {candidateG()}, {}});
    dataset.candidates.push_back({{0, "Sol", "", 0, {}}, 1, {}, {}});
    QVERIFY(m_store->importDataset(dataset));
    QCOMPARE(m_recorder->take(), describe({{K::Dataset, 0}}));
}

void TestStoreChanges::failedWritesAnnounceNothing()
{
    auto ready = [&] {
        m_recorder->take();
        heardByOther(); // what the setup wrote
        m_recorder->take();
    };
    auto announced = [&] { return QStringLiteral("/ announced: ") + m_recorder->take(); };
    const RefusedWrites writes = refuseWrites(*m_store, m_role, m_candidate, ready, announced,
                                              QStringLiteral("/ announced: "));
    QCOMPARE(writes.actual.join(u'\n'), writes.expected.join(u'\n'));
    QCOMPARE(m_store->roles()->size(), std::size_t(1));
    // Another connection heard of none of them either: only of the write that follows them.
    QCOMPARE(heardByOther(), QString());
}

// A listener runs after the commit: what it reads, through this store or another connection,
// already holds the change.
void TestStoreChanges::listenersHearTheCommittedState()
{
    std::vector<std::string> seenByOther;
    const auto subscription = m_store->subscribe([&](const core::Change &change) {
        if (change.kind != K::Candidate)
            return;
        if (auto c = m_other->candidate(change.id))
            seenByOther.push_back(c->name);
    });
    QVERIFY(m_store->saveCandidate({0, "Gita", "", m_role, {}}));
    m_store->unsubscribe(subscription);
    QCOMPARE(seenByOther, std::vector<std::string>{"Gita"});
}

void TestStoreChanges::unsubscribedListenersHearNothing()
{
    int heard = 0;
    const auto subscription = m_store->subscribe([&](const core::Change &) { ++heard; });
    QVERIFY(m_store->saveRole(paymentBackend()));
    QCOMPARE(heard, 1);
    m_store->unsubscribe(subscription);
    QVERIFY(m_store->saveRole(role("Search backend", 5, {})));
    QCOMPARE(heard, 1);
}

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_storechanges.moc"
