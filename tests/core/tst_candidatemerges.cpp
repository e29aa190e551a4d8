#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include "core/interviewseal.h"
#include "core/uuid.h"

#include <QTest>

#include <set>

using namespace hindsight;
using namespace hindsight::test;
using Code = core::Error::Code;
using Kind = core::Change::Kind;

namespace {

core::Candidate person(std::string name, std::string email, core::Id role)
{
    core::Candidate c;
    c.name = std::move(name);
    c.email = std::move(email);
    c.roleId = role;
    return c;
}

core::Decision decision(core::Id candidate, core::Decision::Outcome outcome, std::string why)
{
    core::Decision d;
    d.candidateId = candidate;
    d.outcome = outcome;
    d.rationale = std::move(why);
    d.recordedBy = "Ana";
    return d;
}

} // namespace

// Two records of the same person merged into one (issue 14, item 6): everything of the one that
// goes moves to the one kept, in one transaction, with a record of the merge; and a candidate's
// link to their CV or profile, edited and read back by another connection. On every store
// (test_candidatemerges on SQLite, test_candidatemerges_postgres on the team server); a merge made
// to fail half-way with SQL written around the store: tst_candidatemergeschema.cpp.
class TestCandidateMerges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everythingMovesAndTheMergeIsRecorded();
    void keptFieldsWin();
    void refusedWithoutChange();
    void announcesBothCandidates();
    void profileLinkRoundTrip();
    void anImportNamingTheMergedCandidateFindsTheKeptOne();

private:
    core::Id submitted(core::Id candidate, const std::string &interviewer);
    // What the store holds for candidate `id`, read through it: interview rows (every version of
    // every interview, drafts and amendments in progress included), decisions, placement
    // overrides, merges into it; -1 for a read that fails.
    std::vector<std::int64_t> holdings(core::Id id);
    // Merges recorded into any candidate.
    std::int64_t mergesHeld();

    std::unique_ptr<StoreUnderTest> m_place;
    std::unique_ptr<core::Store> m_store;
    core::Id m_role = 0;
    core::Id m_otherRole = 0;
    core::Id m_keep = 0;
    core::Id m_gone = 0;
};

void TestCandidateMerges::init()
{
    m_store.reset(); // before the place it is on
    m_place = std::make_unique<StoreUnderTest>();
    auto store = m_place->open();
    QVERIFY2(store, failure(store).c_str());
    m_store = std::move(*store);
    m_role = *m_store->saveRole(paymentBackend());
    m_otherRole = *m_store->saveRole(fraudPipeline());
    m_keep = *m_store->saveCandidate(person("Kai Berg", "", m_role));
    core::Candidate gone = person("Kai B.", "kai@example.org", m_otherRole);
    gone.profileLink = "https://example.org/cv/kai";
    m_gone = *m_store->saveCandidate(gone);
    QVERIFY(m_keep && m_gone);
}

core::Id TestCandidateMerges::submitted(core::Id candidate, const std::string &interviewer)
{
    core::Interview i = candidateK();
    i.candidateId = candidate;
    i.interviewer = interviewer;
    core::Note note;
    note.atMs = 1000;
    note.stage = "decision";
    note.text = "kafka per tenant";
    i.notes = {note};
    const auto id = m_store->addInterview(i);
    return id ? *id : 0;
}

std::vector<std::int64_t> TestCandidateMerges::holdings(core::Id id)
{
    std::int64_t interviewRows = 0;
    if (auto current = m_store->interviews(id)) {
        std::set<core::Id> rows;
        for (const core::Interview &i : *current) {
            auto versions = m_store->interviewVersions(i.id);
            if (!versions) {
                rows.clear();
                interviewRows = -1;
                break;
            }
            for (const core::Interview &v : *versions) {
                if (v.candidateId == id)
                    rows.insert(v.id);
            }
        }
        if (interviewRows == 0)
            interviewRows = std::int64_t(rows.size());
    } else {
        interviewRows = -1;
    }
    auto sizeOf = [](const auto &result) {
        return result ? std::int64_t(result->size()) : std::int64_t(-1);
    };
    return {interviewRows, sizeOf(m_store->decisions(id)), sizeOf(m_store->placementOverrides(id)),
            sizeOf(m_store->candidateMerges(id))};
}

std::int64_t TestCandidateMerges::mergesHeld()
{
    auto candidates = m_store->candidates();
    if (!candidates)
        return -1;
    std::int64_t merges = 0;
    for (const core::Candidate &c : *candidates) {
        auto list = m_store->candidateMerges(c.id);
        if (!list)
            return -1;
        merges += std::int64_t(list->size());
    }
    return merges;
}

void TestCandidateMerges::everythingMovesAndTheMergeIsRecorded()
{
    // The one that goes: an amended interview (two versions), a draft, a decision, a placement
    // override, and a third record merged into it earlier.
    const core::Id first = submitted(m_gone, "Mette");
    QVERIFY(first);
    const auto amendment = m_store->startAmendment(first, "Mette", "a typo");
    QVERIFY(amendment);
    QVERIFY(!m_store->submitInterview(*amendment));
    core::Interview draft = candidateG();
    draft.candidateId = m_gone;
    draft.interviewer = "Sam";
    draft.submitted = false;
    const core::Id draftId = *m_store->addInterview(draft);
    QVERIFY(m_store->addDecision(decision(m_gone, core::Decision::Outcome::Advance, "strong")));
    core::PlacementOverride o;
    o.candidateId = m_gone;
    o.breadth = 4;
    o.depth = 6;
    o.reason = "the payments regret was deeper";
    o.recordedBy = "Ana";
    QVERIFY(m_store->addPlacementOverride(o));
    const core::Id third = *m_store->saveCandidate(person("K. Berg", "", m_otherRole));
    QVERIFY(!m_store->mergeCandidates(m_gone, third, "Ana"));
    // The one kept has an interview of its own.
    const core::Id own = submitted(m_keep, "Jonas");
    QVERIFY(own);
    const core::Candidate goneBefore = *m_store->candidate(m_gone);
    const core::Candidate keepBefore = *m_store->candidate(m_keep);
    QCOMPARE(holdings(m_gone), (std::vector<std::int64_t>{3, 1, 1, 1}));

    QVERIFY(!m_store->mergeCandidates(m_keep, m_gone, "Mette Lund"));

    QCOMPARE(m_store->candidate(m_gone).error().code, Code::NotFound);
    QCOMPARE(holdings(m_gone), (std::vector<std::int64_t>{0, 0, 0, 0}));
    QCOMPARE(holdings(m_keep), (std::vector<std::int64_t>{4, 1, 1, 2}));
    // Every version moved, and the seals still hold: the candidate is not part of the digest.
    const auto versions = *m_store->interviewVersions(first);
    QCOMPARE(versions.size(), std::size_t(2));
    for (const core::Interview &v : versions) {
        QCOMPARE(v.candidateId, m_keep);
        QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(v));
    }
    QCOMPARE(m_store->interview(draftId)->candidateId, m_keep);
    QCOMPARE(m_store->interview(draftId)->regrets.size(), std::size_t(3));
    QCOMPARE(*m_store->openDraft(m_keep, "Sam"), std::optional<core::Id>(draftId));
    QCOMPARE(m_store->decisions(m_keep)->front().rationale, std::string("strong"));
    QCOMPARE(m_store->placementOverrides(m_keep)->front().reason, o.reason);

    // History: the earlier merge first, then this one, naming who went as they were.
    const auto merges = *m_store->candidateMerges(m_keep);
    QCOMPARE(merges.size(), std::size_t(2));
    QCOMPARE(merges[0].mergedName, std::string("K. Berg"));
    QCOMPARE(merges[0].candidateId, m_keep);
    const core::CandidateMerge &m = merges[1];
    QVERIFY(m.id > 0);
    QVERIFY(core::uuid::isValid(m.uuid));
    QVERIFY(m.uuid != merges[0].uuid);
    QCOMPARE(m.candidateId, m_keep);
    QCOMPARE(m.mergedUuid, goneBefore.uuid);
    QCOMPARE(m.mergedName, std::string("Kai B."));
    QCOMPARE(m.mergedEmail, std::string("kai@example.org"));
    QCOMPARE(m.recordedBy, std::string("Mette Lund"));
    QVERIFY(m.recordedAt >= merges[0].recordedAt);
    QVERIFY(m.recordedAt.time_since_epoch().count() > 0);
    QVERIFY(m_store->candidateMerges(m_gone)->empty());

    // Kept: name, role and identity; taken: the e-mail and link it lacked.
    const core::Candidate kept = *m_store->candidate(m_keep);
    QCOMPARE(kept.name, keepBefore.name);
    QCOMPARE(kept.roleId, m_role);
    QCOMPARE(kept.uuid, keepBefore.uuid);
    QCOMPARE(kept.email, std::string("kai@example.org"));
    QCOMPARE(kept.profileLink, std::string("https://example.org/cv/kai"));
    QVERIFY(kept.updatedAt >= keepBefore.updatedAt);
    QCOMPARE(m_store->candidates()->size(), std::size_t(1));
    QCOMPARE(m_store->interviewsForRole(m_role)->at(m_keep).size(), std::size_t(3));
}

void TestCandidateMerges::keptFieldsWin()
{
    core::Candidate keep = *m_store->candidate(m_keep);
    keep.email = "kai.berg@example.org";
    keep.profileLink = "https://example.org/in/kaiberg";
    keep.status = core::Candidate::Status::Withdrawn;
    QVERIFY(m_store->saveCandidate(keep));
    QVERIFY(!m_store->mergeCandidates(m_keep, m_gone, "Ana"));
    const core::Candidate kept = *m_store->candidate(m_keep);
    QCOMPARE(kept.email, keep.email);
    QCOMPARE(kept.profileLink, keep.profileLink);
    QCOMPARE(kept.status, core::Candidate::Status::Withdrawn);
    QCOMPARE(kept.roleId, m_role);
    // The record still names the e-mail of the one that went.
    QCOMPARE(m_store->candidateMerges(m_keep)->front().mergedEmail, std::string("kai@example.org"));
}

void TestCandidateMerges::refusedWithoutChange()
{
    QVERIFY(submitted(m_gone, "Mette"));
    ChangeRecorder changes(*m_store);
    const core::Error self = m_store->mergeCandidates(m_keep, m_keep, "Ana");
    QCOMPARE(self.code, Code::Invalid);
    const core::Error unknownGone = m_store->mergeCandidates(m_keep, 4242, "Ana");
    QCOMPARE(unknownGone.code, Code::NotFound);
    QVERIFY(unknownGone.where.find("4242") != std::string::npos);
    const core::Error unknownKeep = m_store->mergeCandidates(4242, m_gone, "Ana");
    QCOMPARE(unknownKeep.code, Code::NotFound);
    QVERIFY(unknownKeep.where.find("4242") != std::string::npos);
    QCOMPARE(changes.take(), QString());
    QCOMPARE(m_store->candidates()->size(), std::size_t(2));
    QCOMPARE(holdings(m_gone), (std::vector<std::int64_t>{1, 0, 0, 0}));
    QCOMPARE(mergesHeld(), 0);
}

void TestCandidateMerges::announcesBothCandidates()
{
    auto other = m_place->open();
    QVERIFY2(other, failure(other).c_str());
    QVERIFY((*other)->pollExternalChanges());
    ChangeRecorder changes(*m_store);
    QVERIFY(!m_store->mergeCandidates(m_keep, m_gone, "Ana"));
    const QString expected = describe({{Kind::Candidate, m_keep}, {Kind::Candidate, m_gone}});
    QCOMPARE(changes.take(), expected);
    // Another connection learns the same (from the file's change log, from the server's
    // notifications, which may take a moment to arrive).
    std::vector<core::Change> seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
        if (auto more = (*other)->pollExternalChanges())
            seen.insert(seen.end(), more->begin(), more->end());
        return seen.size() >= 2;
        }(),
        2000);
    QCOMPARE(describe(seen), expected);
}

void TestCandidateMerges::profileLinkRoundTrip()
{
    core::Candidate c = *m_store->candidate(m_keep);
    QVERIFY(c.profileLink.empty());
    c.name = "Kai Berg-Olsen";
    c.email = "kai@example.org";
    c.roleId = m_otherRole;
    // Stored as typed; what is a link is the window's to decide, and markup is only text.
    c.profileLink = "https://example.org/cv?who=kai&lang=da#<b>top</b>";
    {
        // Gone before the store it listens to is.
        ChangeRecorder changes(*m_store);
        QVERIFY(m_store->saveCandidate(c));
        QCOMPARE(changes.take(), describe({{Kind::Candidate, m_keep}}));
    }

    // Read back by a store opened afresh.
    m_store.reset();
    auto reopened = m_place->open();
    QVERIFY2(reopened, failure(reopened).c_str());
    m_store = std::move(*reopened);
    const core::Candidate saved = *m_store->candidate(m_keep);
    QCOMPARE(saved.profileLink, c.profileLink);
    QCOMPARE(saved.name, c.name);
    QCOMPARE(saved.email, c.email);
    QCOMPARE(saved.roleId, m_otherRole);
    QCOMPARE(saved.uuid, c.uuid);

    c = saved;
    c.profileLink.clear();
    QVERIFY(m_store->saveCandidate(c));
    QVERIFY(m_store->candidate(m_keep)->profileLink.empty());
}

// A file exported before the merge still names the candidate who went: importing it finds the one
// they went into (DESIGN.md, Identity), so a merge is not undone by the next import.
void TestCandidateMerges::anImportNamingTheMergedCandidateFindsTheKeptOne()
{
    QVERIFY(submitted(m_gone, "Sam"));
    auto before = m_store->exportDataset();
    QVERIFY(before);
    QVERIFY(!m_store->mergeCandidates(m_keep, m_gone, "Mette"));
    auto report = m_store->importDataset(*before);
    QVERIFY(report);
    QVERIFY2(report->changesNothing(), "the merged candidate came back");
    QCOMPARE(m_store->candidates()->size(), std::size_t(1));
    QCOMPARE(m_store->interviews(m_keep)->size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestCandidateMerges)
#include "tst_candidatemerges.moc"
