// Live boards (issue 15, item 5): a board open as Bob hears Alice's submit within a second,
// through the NOTIFY her commit sends and the StoreWatcher's QSocketNotifier on Bob's
// connection, with no poll timer helping; Alice's draft edits send nothing at all.

#include "tests/common/failure.h"
#include "tests/teamserver/teamdraft.h"
#include "tests/teamserver/teamserver.h"

#include "core/storage/postgres/postgresstore.h"
#include "ui/common/storewatcher.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace hindsight;
using namespace hindsight::test;
using core::Change;

namespace {

// What a board on Bob's store heard: every change, and when the first batch arrived.
struct Heard
{
    std::vector<Change> changes;
    qint64 firstAtMs = -1;

    bool has(const Change &change) const
    {
        return std::find(changes.begin(), changes.end(), change) != changes.end();
    }
};

const char *kindName(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Taxonomy: return "Taxonomy";
    case Change::Kind::Role: return "Role";
    case Change::Kind::Candidate: return "Candidate";
    case Change::Kind::Interview: return "Interview";
    case Change::Kind::DraftContent: return "DraftContent";
    case Change::Kind::Decision: return "Decision";
    case Change::Kind::PlacementOverride: return "PlacementOverride";
    case Change::Kind::TeamMember: return "TeamMember";
    case Change::Kind::Dataset: return "Dataset";
    }
    return "?";
}

QByteArray describe(const std::vector<Change> &changes)
{
    QByteArray out;
    for (const Change &c : changes)
        out += QByteArray(kindName(c.kind)) + ':' + QByteArray::number(c.id) + ' ';
    return out.isEmpty() ? QByteArray("(none)") : out;
}

} // namespace

class TestLiveBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void submitReachesBobWithinASecondThroughTheSocket();
    void committeeChangesReachBobThroughTheSocket();
    void alicesDraftEditsSendBobNothing();

private:
    // Bob's watcher, its changes recorded in m_heard against m_clock.
    void watchAsBob();
    // Stops the watcher's 500 ms poll: from then on only the change socket can wake it.
    void stopPollTimer();

    std::unique_ptr<TeamServer> m_server;
    TeamDraft m_draft;
    std::unique_ptr<core::PostgresStore> m_alice;
    std::unique_ptr<core::PostgresStore> m_bob;
    std::shared_ptr<ui::StoreWatcher> m_watcher;
    QElapsedTimer m_clock;
    Heard m_heard;
};

void TestLiveBoard::init()
{
    m_server = std::make_unique<TeamServer>();
    QVERIFY2(*m_server, m_server->error().c_str());
    auto draft = TeamDraft::create(*m_server);
    QVERIFY2(draft, failure(draft).c_str());
    m_draft = *draft;
    auto alice = TeamDraft::open(*m_server, TeamServer::alice());
    QVERIFY2(alice, failure(alice).c_str());
    m_alice = std::move(*alice);
    auto bob = TeamDraft::open(*m_server, TeamServer::bob());
    QVERIFY2(bob, failure(bob).c_str());
    m_bob = std::move(*bob);
    m_heard = {};
    watchAsBob();
}

void TestLiveBoard::cleanup()
{
    m_watcher.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

void TestLiveBoard::watchAsBob()
{
    QVERIFY2(m_bob->changeSocket() >= 0, "Bob's connection has no socket to watch");
    m_watcher = ui::StoreWatcher::acquire(*m_bob);
    connect(m_watcher.get(), &ui::StoreWatcher::changed, this,
            [this](const std::vector<Change> &changes) {
        if (m_heard.firstAtMs < 0 && m_clock.isValid())
            m_heard.firstAtMs = m_clock.elapsed();
        m_heard.changes.insert(m_heard.changes.end(), changes.begin(), changes.end());
    });
}

void TestLiveBoard::stopPollTimer()
{
    auto *timer = m_watcher->findChild<QTimer *>(QStringLiteral("pollTimer"));
    QVERIFY(timer);
    QCOMPARE(timer->interval(), ui::StoreWatcher::PollIntervalMs);
    QVERIFY(timer->isActive());
    timer->stop();
}

void TestLiveBoard::submitReachesBobWithinASecondThroughTheSocket()
{
    stopPollTimer();
    // Before the submit the draft is Alice's alone: Bob's store cannot read it.
    QVERIFY(!m_bob->interview(m_draft.interviewId));
    QCoreApplication::processEvents();
    QVERIFY2(m_heard.changes.empty(), describe(m_heard.changes).constData());

    // The clock starts right before Alice's commit, on her own connection.
    m_clock.start();
    QVERIFY(!m_alice->submitInterview(m_draft.interviewId));
    const Change submitted{Change::Kind::Interview, m_draft.interviewId};
    QTRY_VERIFY2_WITH_TIMEOUT(m_heard.has(submitted), describe(m_heard.changes).constData(), 10000);
    qInfo("Bob heard Alice's submit %lld ms after her commit began", m_heard.firstAtMs);
    // The bound, with no timer polling: only the socket's notifier can have woken it.
    QVERIFY2(m_heard.firstAtMs >= 0 && m_heard.firstAtMs < 1000,
             qPrintable(QStringLiteral("Bob heard the submit after %1 ms").arg(m_heard.firstAtMs)));
    // Kind and id are enough for the board to read the sealed interview now.
    auto read = m_bob->interview(m_draft.interviewId);
    QVERIFY2(read, failure(read).c_str());
    QVERIFY(read->submitted);
    QCOMPARE(read->regrets.size(), std::size_t(1));
}

void TestLiveBoard::committeeChangesReachBobThroughTheSocket()
{
    stopPollTimer();
    core::Candidate candidate = *m_alice->candidate(m_draft.candidateId);
    candidate.email = "kai@example.org";
    core::Decision decision;
    decision.candidateId = m_draft.candidateId;
    decision.outcome = core::Decision::Outcome::Hire;
    decision.rationale = "strong on streaming";
    decision.recordedBy = "Alice Archer";

    m_clock.start();
    QVERIFY(m_alice->saveCandidate(candidate));
    QVERIFY(m_alice->addDecision(decision));
    const Change renamed{Change::Kind::Candidate, m_draft.candidateId};
    const Change decided{Change::Kind::Decision, m_draft.candidateId};
    QTRY_VERIFY2_WITH_TIMEOUT(m_heard.has(renamed) && m_heard.has(decided),
                              describe(m_heard.changes).constData(), 10000);
    QVERIFY2(
        m_heard.firstAtMs >= 0 && m_heard.firstAtMs < 1000,
        qPrintable(QStringLiteral("Bob heard the first change after %1 ms").arg(m_heard.firstAtMs)));
    // In commit order.
    const auto at = [&](const Change &c) {
        return std::find(m_heard.changes.begin(), m_heard.changes.end(), c);
    };
    QVERIFY(at(renamed) < at(decided));
}

void TestLiveBoard::alicesDraftEditsSendBobNothing()
{
    // The poll timer runs as shipped: whatever a poll could find, Bob would hear.
    const core::Id id = m_draft.interviewId;
    core::Interview draft = *m_alice->interview(id);
    QVERIFY(m_alice->saveNote({0, id, 1000, "system", "owns the consumer fleet", 0, false, {}}));
    core::Regret regret = draft.regrets.at(0);
    regret.decision = "one topic per tenant";
    QVERIFY(m_alice->saveRegret(regret));
    QVERIFY(!m_alice->saveSession(id, "decision", 0, "half a line"));
    QVERIFY(!m_alice->saveStageTimes(id, {{"system", 60000}}));
    const core::TimePoint at{std::chrono::milliseconds(1795000000000)};
    QVERIFY(!m_alice->setProbeTicked(id, {"probe.domain.load", regret.id, at}, true));
    // Two polls' worth of time, then a committee change as a marker: notifications arrive in
    // commit order, so anything the edits sent would be heard before it.
    QTest::qWait(2 * ui::StoreWatcher::PollIntervalMs + 100);
    core::Candidate candidate = *m_alice->candidate(m_draft.candidateId);
    candidate.email = "kai@example.org";
    QVERIFY(m_alice->saveCandidate(candidate));
    const Change marker{Change::Kind::Candidate, m_draft.candidateId};
    QTRY_VERIFY2_WITH_TIMEOUT(m_heard.has(marker), describe(m_heard.changes).constData(), 10000);
    QCOMPARE(describe(m_heard.changes), describe({marker}));
    // And Bob's board still cannot read the draft.
    QVERIFY(!m_bob->interview(id));
}

QTEST_GUILESS_MAIN(TestLiveBoard)
#include "tst_liveboard.moc"
