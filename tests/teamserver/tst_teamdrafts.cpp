// Drafts sealed by the server, seen through the application: Bob's PostgresStore, on his own
// login, finds none of Alice's draft (no list, no reopening even under her name, no read, no
// export) and can neither write to it nor discard or submit it; once Alice submits, Bob reads
// it, and Alice changes it only by amending. test_teamsecurity shows the same through raw SQL.

#include "tests/common/failure.h"
#include "tests/teamserver/teamdraft.h"
#include "tests/teamserver/teamserver.h"

#include "core/stage.h"

#include <QtTest>

using namespace hindsight;
using test::TeamDraft;
using test::TeamServer;
using Code = core::Error::Code;

class TestTeamDrafts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bobFindsNoneOfAlicesDraft();
    void bobCannotWriteDiscardOrSubmitAlicesDraft();
    void aliceChangesHerSubmittedInterviewOnlyByAmending();

private:
    core::Note note(const std::string &text) const;

    std::unique_ptr<TeamServer> m_server;
    TeamDraft m_draft;
    std::unique_ptr<core::PostgresStore> m_alice;
    std::unique_ptr<core::PostgresStore> m_bob;
};

void TestTeamDrafts::init()
{
    m_server = std::make_unique<TeamServer>();
    QVERIFY2(*m_server, m_server->error().c_str());
    auto draft = TeamDraft::create(*m_server);
    QVERIFY2(draft, test::failure(draft).c_str());
    m_draft = *draft;
    auto alice = TeamDraft::open(*m_server, TeamServer::alice());
    QVERIFY2(alice, test::failure(alice).c_str());
    m_alice = std::move(*alice);
    auto bob = TeamDraft::open(*m_server, TeamServer::bob());
    QVERIFY2(bob, test::failure(bob).c_str());
    m_bob = std::move(*bob);
    auto saved = m_alice->saveNote(note("DRAFT-ONLY: gut feeling"));
    QVERIFY2(saved, test::failure(saved).c_str());
}

void TestTeamDrafts::cleanup()
{
    m_bob.reset();
    m_alice.reset();
    m_server.reset();
}

core::Note TestTeamDrafts::note(const std::string &text) const
{
    core::Note n;
    n.interviewId = m_draft.interviewId;
    n.atMs = 1000;
    n.stage = "system";
    n.text = text;
    return n;
}

void TestTeamDrafts::bobFindsNoneOfAlicesDraft()
{
    // Alice has it: the checks below are not vacuous.
    auto hers = m_alice->drafts();
    QVERIFY2(hers, test::failure(hers).c_str());
    QCOMPARE(hers->size(), std::size_t(1));

    auto drafts = m_bob->drafts();
    QVERIFY2(drafts, test::failure(drafts).c_str());
    QVERIFY(drafts->empty());
    // Not even by claiming Alice's name and e-mail: the server decides by the login.
    auto reopened = m_bob->openDraft(m_draft.candidateId, TeamServer::alice().interviewer);
    QVERIFY2(reopened, test::failure(reopened).c_str());
    QVERIFY(!reopened->has_value());
    QCOMPARE(m_bob->interview(m_draft.interviewId).error().code, Code::NotFound);
    QCOMPARE(m_bob->interviewVersions(m_draft.interviewId).error().code, Code::NotFound);
    auto interviews = m_bob->interviews(m_draft.candidateId);
    QVERIFY2(interviews, test::failure(interviews).c_str());
    QVERIFY(interviews->empty());
    auto forRole = m_bob->interviewsForRole(m_draft.roleId);
    QVERIFY2(forRole, test::failure(forRole).c_str());
    QVERIFY((*forRole)[m_draft.candidateId].empty());
    auto exported = m_bob->exportDataset();
    QVERIFY2(exported, test::failure(exported).c_str());
    for (const auto &candidate : exported->candidates)
        QVERIFY(candidate.interviews.empty());
}

void TestTeamDrafts::bobCannotWriteDiscardOrSubmitAlicesDraft()
{
    QCOMPARE(m_bob->saveNote(note("Bob was here")).error().code, Code::NotFound);
    QCOMPARE(m_bob->saveSession(m_draft.interviewId, "impact", 0, "Bob's line").code,
             Code::NotFound);
    QCOMPARE(m_bob->discardDraft(m_draft.interviewId).code, Code::NotFound);
    QCOMPARE(m_bob->submitInterview(m_draft.interviewId).code, Code::NotFound);
    QCOMPARE(m_bob->startAmendment(m_draft.interviewId, TeamServer::bob().interviewer, "mine now")
                 .error()
                 .code,
             Code::NotFound);

    // Alice's draft is as she left it.
    auto stored = m_alice->interview(m_draft.interviewId);
    QVERIFY2(stored, test::failure(stored).c_str());
    QVERIFY(!stored->submitted);
    QCOMPARE(stored->notes.size(), std::size_t(1));
    QCOMPARE(stored->notes.front().text, std::string("DRAFT-ONLY: gut feeling"));
    QCOMPARE(stored->pendingNote, std::string());
}

void TestTeamDrafts::aliceChangesHerSubmittedInterviewOnlyByAmending()
{
    QVERIFY(!m_alice->submitInterview(m_draft.interviewId));
    // Sealed: Bob reads it now, with its note.
    auto seen = m_bob->interview(m_draft.interviewId);
    QVERIFY2(seen, test::failure(seen).c_str());
    QVERIFY(seen->submitted);
    QCOMPARE(seen->notes.size(), std::size_t(1));

    QCOMPARE(m_alice->saveNote(note("an afterthought")).error().code, Code::Sealed);
    QCOMPARE(m_alice->discardDraft(m_draft.interviewId).code, Code::Sealed);
    QCOMPARE(m_alice->saveSession(m_draft.interviewId, "impact", 0, "").code, Code::Sealed);
    core::Regret changed = seen->regrets.front();
    changed.depth = 1;
    QCOMPARE(m_alice->saveRegret(changed).error().code, Code::Sealed);

    // Only its author amends it, as a new version.
    QCOMPARE(m_bob->startAmendment(m_draft.interviewId, TeamServer::bob().interviewer, "I disagree")
                 .error()
                 .code,
             Code::NotAuthor);
    auto amendment = m_alice->startAmendment(m_draft.interviewId, TeamServer::alice().interviewer,
                                             "depth was overstated");
    QVERIFY2(amendment, test::failure(amendment).c_str());
    QVERIFY(*amendment != m_draft.interviewId);
    auto versions = m_alice->interviewVersions(m_draft.interviewId);
    QVERIFY2(versions, test::failure(versions).c_str());
    QCOMPARE(versions->size(), std::size_t(2));
    QCOMPARE(versions->back().version, 2);
    // The amendment in progress is Alice's draft: Bob still sees the sealed version only.
    auto bobsVersions = m_bob->interviewVersions(m_draft.interviewId);
    QVERIFY2(bobsVersions, test::failure(bobsVersions).c_str());
    QCOMPARE(bobsVersions->size(), std::size_t(1));
    // And the sealed version is as it was.
    auto sealed = m_bob->interview(m_draft.interviewId);
    QVERIFY2(sealed, test::failure(sealed).c_str());
    QCOMPARE(sealed->regrets.front().depth, seen->regrets.front().depth);
    QCOMPARE(sealed->digest, seen->digest);
}

QTEST_GUILESS_MAIN(TestTeamDrafts)
#include "tst_teamdrafts.moc"
