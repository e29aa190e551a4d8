#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/scenario.h"

#include "core/uuid.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace hindsight;
using namespace hindsight::test;
using Code = core::Error::Code;

namespace {

const core::TimePoint t0{std::chrono::milliseconds(1795000000000)};

} // namespace

// The committee board's store, on every store (test_committeestore on SQLite,
// test_committeestore_postgres on the team server): placement overrides as history, the team a
// role joins, and what neither accepts. The SQLite file's own tables: tst_committeeschema.cpp.
class TestCommitteeStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void overridesAreHistoryOldestFirst();
    void overrideValidation();
    void teamMemberRoundTrip();
    void teamIsOrderedByNameIgnoringCase();
    void teamMemberValidation();
    void deleteTeamMember();

private:
    int count(const char *table);

    std::unique_ptr<StoreUnderTest> m_place;
    std::unique_ptr<core::Store> m_store;
    core::Id m_role = 0;
    core::Id m_otherRole = 0;
    core::Id m_candidate = 0;
    core::Id m_otherCandidate = 0;
};

void TestCommitteeStore::init()
{
    m_store.reset(); // before the place it is on
    m_place = std::make_unique<StoreUnderTest>();
    auto store = m_place->open();
    QVERIFY2(store, failure(store).c_str());
    m_store = std::move(*store);
    m_role = *m_store->saveRole(paymentBackend());
    m_otherRole = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", m_role, core::Candidate::Status::Active});
    m_otherCandidate = *m_store->saveCandidate({0, "Gita", "", m_role,
                                                core::Candidate::Status::Active});
}

// Every row of `table` (placement_overrides or team_members) the store holds, read through it:
// every candidate's overrides, every role's team; -1 when a read fails.
int TestCommitteeStore::count(const char *table)
{
    int rows = 0;
    if (std::string_view(table) == "placement_overrides") {
        auto candidates = m_store->candidates();
        if (!candidates)
            return -1;
        for (const core::Candidate &c : *candidates) {
            auto overrides = m_store->placementOverrides(c.id);
            if (!overrides)
                return -1;
            rows += int(overrides->size());
        }
        return rows;
    }
    auto roles = m_store->roles();
    if (!roles)
        return -1;
    for (const core::Role &r : *roles) {
        auto members = m_store->teamMembers(r.id);
        if (!members)
            return -1;
        rows += int(members->size());
    }
    return rows;
}

void TestCommitteeStore::overridesAreHistoryOldestFirst()
{
    using namespace std::chrono_literals;
    core::PlacementOverride late{0,         m_candidate, 6.25, 7.5, "Strong on queues — see notes",
                                 "Mette 🚀", t0 + 1h};
    core::PlacementOverride early{0, m_candidate, 0.0, 10.0, "depth as scored", "", t0};
    core::PlacementOverride sameTime{0,       m_candidate, 10.0, 0.0, "same minute, added later",
                                     "Jonas", t0};
    auto lateId = m_store->addPlacementOverride(late);
    auto earlyId = m_store->addPlacementOverride(early);
    auto sameId = m_store->addPlacementOverride(sameTime);
    QVERIFY(lateId && earlyId && sameId);
    QVERIFY(*lateId != *earlyId && *earlyId != *sameId);
    // Each got an identity of its own.
    for (core::PlacementOverride *o : {&late, &early, &sameTime}) {
        const auto stored = *m_store->placementOverrides(m_candidate);
        const auto found = std::find_if(stored.begin(), stored.end(),
                                        [&](const auto &s) { return s.reason == o->reason; });
        QVERIFY(found != stored.end());
        QVERIFY(core::uuid::isValid(found->uuid));
        o->uuid = found->uuid;
    }
    QVERIFY(late.uuid != early.uuid && early.uuid != sameTime.uuid);
    late.id = *lateId;
    early.id = *earlyId;
    sameTime.id = *sameId;

    // By time, then by id on a tie; every field back as written.
    const auto list = *m_store->placementOverrides(m_candidate);
    QCOMPARE(list.size(), std::size_t(3));
    QCOMPARE(list[0], early);
    QCOMPARE(list[1], sameTime);
    QCOMPARE(list[2], late);

    QVERIFY(m_store->placementOverrides(m_otherCandidate)->empty());
    // An id set by the caller is not honoured: adding never overwrites history.
    core::PlacementOverride again = early;
    again.reason = "a second opinion";
    // Nor is an identity that is already held: an entry is one entity, wherever it travels.
    QCOMPARE(m_store->addPlacementOverride(again).error().code, Code::Constraint);
    again.uuid.clear();
    auto againId = m_store->addPlacementOverride(again);
    QVERIFY(againId);
    QVERIFY(*againId != early.id);
    QCOMPARE(m_store->placementOverrides(m_candidate)->size(), std::size_t(4));
    QCOMPARE(m_store->placementOverrides(m_candidate)->at(0).reason, std::string("depth as scored"));
}

void TestCommitteeStore::overrideValidation()
{
    const core::PlacementOverride good{0, m_candidate, 5, 5, "because", "Mette", t0};
    auto expect = [&](core::PlacementOverride o, Code code) {
        auto r = m_store->addPlacementOverride(o);
        return !r && r.error().code == code;
    };
    auto with = [&](auto change) {
        core::PlacementOverride o = good;
        change(o);
        return o;
    };
    QVERIFY(expect(with([](auto &o) { o.reason.clear(); }), Code::Invalid));
    QVERIFY(expect(with([](auto &o) { o.reason = " \t\n "; }), Code::Invalid));
    QVERIFY(expect(with([](auto &o) { o.breadth = -0.01; }), Code::Invalid));
    QVERIFY(expect(with([](auto &o) { o.breadth = 10.01; }), Code::Invalid));
    QVERIFY(expect(with([](auto &o) { o.depth = 11; }), Code::Invalid));
    QVERIFY(expect(with([](auto &o) { o.depth = std::numeric_limits<double>::quiet_NaN(); }),
                   Code::Invalid));
    QVERIFY(expect(with([](auto &o) { o.candidateId = 9999; }), Code::NotFound));
    QVERIFY(expect(with([](auto &o) { o.candidateId = 0; }), Code::NotFound));
    QCOMPARE(count("placement_overrides"), 0); // nothing of the failures remains

    // The bounds themselves are fine, and a reason with surrounding space is kept as written.
    QVERIFY(m_store->addPlacementOverride(with([](auto &o) {
        o.breadth = 0;
        o.depth = 10;
    })));
    QVERIFY(m_store->addPlacementOverride(with([](auto &o) { o.reason = "  x "; })));
    QCOMPARE(m_store->placementOverrides(m_candidate)->at(1).reason, std::string("  x "));
}

void TestCommitteeStore::teamMemberRoundTrip()
{
    core::TeamMember m{0, m_role, "Zoë O’Brien", 7.5, 2.5, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"};
    auto id = m_store->saveTeamMember(m);
    QVERIFY(id);
    QVERIFY(*id != 0);
    m.id = *id;
    QCOMPARE(m_store->teamMembers(m_role)->size(), std::size_t(1));
    QCOMPARE(m_store->teamMembers(m_role)->front(), m);
    QVERIFY(m_store->teamMembers(m_otherRole)->empty());

    // Saving with the id replaces every field, the role included.
    m.name = "Zoë Lund";
    m.breadth = 0;
    m.depth = 10;
    m.roleId = m_otherRole;
    auto again = m_store->saveTeamMember(m);
    QVERIFY(again);
    QCOMPARE(*again, m.id);
    QVERIFY(m_store->teamMembers(m_role)->empty());
    QCOMPARE(m_store->teamMembers(m_otherRole)->size(), std::size_t(1));
    QCOMPARE(m_store->teamMembers(m_otherRole)->front(), m);
    QCOMPARE(count("team_members"), 1);
}

void TestCommitteeStore::teamIsOrderedByNameIgnoringCase()
{
    // Byte order would give "Bea", "Cy", "amir", "bea"; case-insensitive with id on ties does not.
    const core::Id bea = *m_store->saveTeamMember({0, m_role, "bea", 1, 1});
    const core::Id cy = *m_store->saveTeamMember({0, m_role, "Cy", 1, 1});
    const core::Id Bea = *m_store->saveTeamMember({0, m_role, "Bea", 1, 1});
    const core::Id amir = *m_store->saveTeamMember({0, m_role, "amir", 1, 1});
    const auto team = *m_store->teamMembers(m_role);
    QCOMPARE(team.size(), std::size_t(4));
    QCOMPARE(team[0].id, amir);
    QCOMPARE(team[1].id, bea);
    QCOMPARE(team[2].id, Bea);
    QCOMPARE(team[3].id, cy);
}

void TestCommitteeStore::teamMemberValidation()
{
    const core::TeamMember good{0, m_role, "Ada", 5, 5, "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"};
    auto expect = [&](core::TeamMember m, Code code) {
        auto r = m_store->saveTeamMember(m);
        return !r && r.error().code == code;
    };
    auto with = [&](auto change) {
        core::TeamMember m = good;
        change(m);
        return m;
    };
    QVERIFY(expect(with([](auto &m) { m.name.clear(); }), Code::Invalid));
    QVERIFY(expect(with([](auto &m) { m.name = "\t  "; }), Code::Invalid));
    QVERIFY(expect(with([](auto &m) { m.breadth = -1; }), Code::Invalid));
    QVERIFY(expect(with([](auto &m) { m.depth = 10.5; }), Code::Invalid));
    QVERIFY(expect(with([](auto &m) { m.breadth = std::numeric_limits<double>::infinity(); }),
                   Code::Invalid));
    QVERIFY(expect(with([](auto &m) { m.roleId = 9999; }), Code::NotFound));
    QVERIFY(expect(with([](auto &m) { m.id = 9999; }),
                   Code::NotFound)); // replacing a member never stored
    QCOMPARE(count("team_members"), 0);

    // A failed replace leaves the stored member as it was.
    core::TeamMember ada = good;
    ada.id = *m_store->saveTeamMember(ada);
    QVERIFY(expect(with([&](auto &m) {
                       m.id = ada.id;
                       m.name = " ";
                   }),
                   Code::Invalid));
    QVERIFY(expect(with([&](auto &m) {
                       m.id = ada.id;
                       m.roleId = 9999;
                   }),
                   Code::NotFound));
    QCOMPARE(m_store->teamMembers(m_role)->front(), ada);
}

void TestCommitteeStore::deleteTeamMember()
{
    const core::Id ada = *m_store->saveTeamMember({0, m_role, "Ada", 5, 5});
    const core::Id bo = *m_store->saveTeamMember({0, m_role, "Bo", 5, 5});
    QVERIFY(!m_store->deleteTeamMember(ada));
    const auto team = *m_store->teamMembers(m_role);
    QCOMPARE(team.size(), std::size_t(1));
    QCOMPARE(team[0].id, bo);
    QCOMPARE(m_store->deleteTeamMember(ada).code, Code::NotFound);
    QCOMPARE(m_store->deleteTeamMember(9999).code, Code::NotFound);
    QCOMPARE(m_store->teamMembers(m_role)->size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestCommitteeStore)
#include "tst_committeestore.moc"
