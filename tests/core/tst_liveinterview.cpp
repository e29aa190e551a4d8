#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/scenario.h"

#include "core/interviewseal.h"
#include "core/sha256.h"

#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using L = core::Regret::Level;
using Code = core::Error::Code;

namespace {

// "v2:" and 64 hex digits: the digest of schema 5 (InterviewSeal::digest).
bool isCurrentDigest(const std::string &digest)
{
    return digest.size() == 67 && digest.rfind("v2:", 0) == 0
           && digest.find_first_not_of("0123456789abcdef", 3) == std::string::npos;
}

} // namespace

// The store API behind the live interview screen, on every store (test_liveinterview on SQLite,
// test_liveinterview_postgres on the team server): drafts edited row by row, submission that
// validates and seals. Edits made to the file behind the store's back: tst_sqlitestore.cpp.
class TestLiveInterview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sha256KnownVectors();
    void notesAreSavedEditedDeletedAndRestored();
    void regretsKeepLayersAndRatingFlags();
    void sessionAndProbeTicksRoundTrip();
    void openDraftFindsTheInterviewersDraft();
    void submitListsWhatIsMissing();
    void submitSealsAndKeepsThePendingLine();
    void sealedInterviewRefusesWrites();
    void importedSubmissionsAreSealed();

private:
    core::Id newDraft(core::Interview draft = {});

    std::unique_ptr<StoreUnderTest> m_place;
    std::unique_ptr<core::Store> m_store;
    core::Id m_candidate = 0;
};

void TestLiveInterview::init()
{
    m_store.reset(); // before the place it is on
    m_place = std::make_unique<StoreUnderTest>();
    auto store = m_place->open();
    QVERIFY2(store, failure(store).c_str());
    m_store = std::move(*store);
    const core::Id role = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", role, {}});
}

core::Id TestLiveInterview::newDraft(core::Interview draft)
{
    draft.candidateId = m_candidate;
    draft.interviewer = "Mette";
    draft.submitted = false;
    return *m_store->addInterview(draft);
}

void TestLiveInterview::sha256KnownVectors()
{
    QCOMPARE(core::sha256Hex(""),
             std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(core::sha256Hex("abc"),
             std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(core::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    QCOMPARE(core::sha256Hex(std::string(1000, 'a')).size(), std::size_t(64));
}

void TestLiveInterview::notesAreSavedEditedDeletedAndRestored()
{
    const core::Id draft = newDraft();
    core::Note n{0, draft, 4200, "system", "owns the consumer fleet", 0, false, {}};
    n.uuid = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"; // made where the note was typed: kept
    auto id = m_store->saveNote(n);
    QVERIFY(id);
    n.id = *id;
    n.text = "owns the consumer fleet, 12k events/s";
    n.quote = true;
    QCOMPARE(*m_store->saveNote(n), n.id);
    QCOMPARE(m_store->interview(draft)->notes.at(0), n);

    QVERIFY(!m_store->deleteNote(n.id));
    QVERIFY(m_store->interview(draft)->notes.empty());
    QCOMPARE(m_store->deleteNote(n.id).code, Code::NotFound);
    // Undoing the deletion writes the same row back, with the same id.
    QCOMPARE(*m_store->saveNote(n), n.id);
    QCOMPARE(m_store->interview(draft)->notes.at(0), n);
}

void TestLiveInterview::regretsKeepLayersAndRatingFlags()
{
    const core::Id draft = newDraft();
    core::Regret r;
    r.interviewId = draft;
    r.levelChosen = false;
    r.depthChosen = false;
    auto id = m_store->saveRegret(r);
    QVERIFY(id);
    auto back = m_store->interview(draft)->regrets.at(0);
    QVERIFY(!back.levelChosen);
    QVERIFY(!back.depthChosen);

    back.level = L::Domain;
    back.domain = "streaming";
    back.levelChosen = true;
    back.depth = 3;
    back.depthChosen = true;
    back.layers = {"queuing", "databases"};
    back.decision = "hand-written state rebuild";
    QVERIFY(m_store->saveRegret(back));
    QCOMPARE(m_store->interview(draft)->regrets.at(0), back);
    back.layers = {"apis"};
    QVERIFY(m_store->saveRegret(back));
    QCOMPARE(m_store->interview(draft)->regrets.at(0).layers, std::set<std::string>{"apis"});

    QVERIFY(!m_store->deleteRegret(back.id));
    QVERIFY(m_store->interview(draft)->regrets.empty());
}

void TestLiveInterview::sessionAndProbeTicksRoundTrip()
{
    const core::Id draft = newDraft(candidateK());
    const core::Interview loaded = *m_store->interview(draft);
    const core::Id first = loaded.regrets.at(0).id;
    const core::Id second = loaded.regrets.at(1).id;
    const core::TimePoint at{std::chrono::milliseconds(1795000000000)};
    QVERIFY(!m_store->saveSession(draft, "probe", 1, "half a thought, not yet Enter"));
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.failure-modes", first, at}, true));
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.load", first, at}, true));
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.load", first, at}, true)); // idempotent
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.failure-modes", first, at}, false));
    // The same probe for the second regret is a tick of its own.
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.load", second, at + std::chrono::minutes(9)},
                                     true));
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.guarantees", 0, at}, true));
    const core::Interview i = *m_store->interview(draft);
    QCOMPARE(i.stage, std::string("probe"));
    QCOMPARE(i.currentRegret, 1);
    QCOMPARE(i.pendingNote, std::string("half a thought, not yet Enter"));
    // Ticks without a regret first, then by regret position.
    const std::vector<core::ProbeTick> expected{{"probe.guarantees", 0, at},
                                                {"probe.load", first, at},
                                                {"probe.load", second, at + std::chrono::minutes(9)}};
    QCOMPARE(i.probeTicks, expected);
    QVERIFY(!m_store->setProbeTicked(draft, {"probe.load", second, at}, false));
    QCOMPARE(m_store->interview(draft)->probeTicks.size(), std::size_t(2));
    QCOMPARE(m_store->saveSession(99999, "probe", 0, "").code, Code::NotFound);

    // A regret of another interview is refused; deleting a regret takes its ticks along.
    const core::Id other = newDraft(candidateK());
    const core::Id foreign = m_store->interview(other)->regrets.at(0).id;
    QCOMPARE(m_store->setProbeTicked(draft, {"probe.load", foreign, at}, true).code, Code::Invalid);
    QVERIFY(!m_store->deleteRegret(first));
    QCOMPARE(m_store->interview(draft)->probeTicks,
             (std::vector<core::ProbeTick>{{"probe.guarantees", 0, at}}));
}

void TestLiveInterview::openDraftFindsTheInterviewersDraft()
{
    QVERIFY(!m_store->openDraft(m_candidate, "Mette")->has_value());
    const core::Id draft = newDraft();
    QCOMPARE(m_store->openDraft(m_candidate, "Mette")->value(), draft);
    QVERIFY(!m_store->openDraft(m_candidate, "Sam")->has_value());
}

void TestLiveInterview::submitListsWhatIsMissing()
{
    const core::Taxonomy t = core::Taxonomy::builtIn();
    auto known = [&](const std::string &d) { return t.hasDomain(d); };
    core::Interview i;
    using K = core::InterviewSeal::Problem::Kind;
    auto problems = core::InterviewSeal::problems(i, known);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(problems[0].kind, K::NoRegrets);

    i.regrets.resize(3);
    i.regrets[0].position = 0;
    i.regrets[0].levelChosen = false; // no level
    i.regrets[1].position = 1;
    i.regrets[1].level = L::Mixed; // domain missing, depth not chosen
    i.regrets[1].depthChosen = false;
    i.regrets[2].position = 2;
    i.regrets[2].level = L::Domain;
    i.regrets[2].domain = "astrology"; // not in the taxonomy
    problems = core::InterviewSeal::problems(i, known);
    QCOMPARE(problems.size(), std::size_t(4));
    QCOMPARE(problems[0].kind, K::NoLevel);
    QCOMPARE(problems[1].kind, K::NoDomain);
    QCOMPARE(problems[1].regretPosition, 1);
    QCOMPARE(problems[2].kind, K::NoDepth);
    QCOMPARE(problems[3].kind, K::UnknownDomain);

    // The store refuses to submit such an interview and leaves it a draft.
    core::Interview draft = candidateK();
    draft.regrets[1].depthChosen = false;
    const core::Id id = newDraft(draft);
    QCOMPARE(m_store->submitInterview(id).code, Code::Invalid);
    QVERIFY(!m_store->interview(id)->submitted);
}

void TestLiveInterview::submitSealsAndKeepsThePendingLine()
{
    core::Interview draft = candidateK();
    draft.notes = {{0, 0, 1000, "system", "consumer fleet", 0, false}};
    const core::Id id = newDraft(draft);
    QVERIFY(!m_store->saveSession(id, "wrapup", 1, "last words before submit"));
    QVERIFY(!m_store->submitInterview(id));
    const core::Interview sealed = *m_store->interview(id);
    QVERIFY(sealed.submitted);
    QVERIFY(isCurrentDigest(sealed.digest));
    QVERIFY(sealed.pendingNote.empty());
    QCOMPARE(sealed.notes.size(), std::size_t(2));
    QCOMPARE(sealed.notes.back().text, std::string("last words before submit"));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(sealed));
    QCOMPARE(m_store->submitInterview(id).code, Code::Sealed);
}

void TestLiveInterview::sealedInterviewRefusesWrites()
{
    const core::Id id = newDraft(candidateK());
    QVERIFY(!m_store->submitInterview(id));
    const core::Interview sealed = *m_store->interview(id);
    QCOMPARE(m_store->saveNote({0, id, 5, "system", "late", 0, false}).error().code, Code::Sealed);
    core::Regret r = sealed.regrets[0];
    r.depth = 1;
    QCOMPARE(m_store->saveRegret(r).error().code, Code::Sealed);
    QCOMPARE(m_store->deleteRegret(r.id).code, Code::Sealed);
    QCOMPARE(m_store->saveSession(id, "probe", 0, "x").code, Code::Sealed);
    QCOMPARE(m_store->setProbeTicked(id, {"probe.load", r.id, {}}, true).code, Code::Sealed);
    QCOMPARE(m_store->saveStageTimes(id, {{"system", 5}}).code, Code::Sealed);
    QCOMPARE(m_store->discardDraft(id).code, Code::Sealed);
    QCOMPARE(*m_store->interview(id), sealed); // nothing changed
}

void TestLiveInterview::importedSubmissionsAreSealed()
{
    core::Dataset d;
    d.roles = {paymentBackend()};
    d.candidates.resize(1);
    d.candidates[0].candidate.name = "Gita";
    d.candidates[0].interviews = {candidateG()};
    d.candidates[0].interviews[0].notes = {{0, 0, 10, "decision", "generic config layer", 0, true}};
    QVERIFY(m_store->importDataset(d));
    const core::Id gita = m_store->candidates(std::nullopt)->at(0).name == "Gita"
                              ? m_store->candidates(std::nullopt)->at(0).id
                              : m_store->candidates(std::nullopt)->at(1).id;
    const core::Interview i = m_store->interviews(gita)->at(0);
    QVERIFY(isCurrentDigest(i.digest));
    QVERIFY(!core::InterviewSeal::modifiedAfterSubmission(i));
}

QTEST_GUILESS_MAIN(TestLiveInterview)
#include "tst_liveinterview.moc"
