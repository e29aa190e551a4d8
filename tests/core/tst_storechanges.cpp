#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace hindsight;
using namespace hindsight::test;
using K = core::Change::Kind;
using L = core::Regret::Level;
using Code = core::Error::Code;

namespace {

template<typename T>
core::Error errorOf(const core::Result<T> &result)
{
    return result ? core::Error{} : result.error();
}

// An authorizer that refuses COMMIT: the transaction's writes all succeed, its COMMIT fails.
int refuseCommit(void *, int action, const char *what, const char *, const char *, const char *)
{
    return action == SQLITE_TRANSACTION && what && std::string_view(what) == "COMMIT" ? SQLITE_DENY
                                                                                      : SQLITE_OK;
}

} // namespace

// Change events of one store: every successful write announces what it changed (kind and id)
// exactly once, after its commit; a write that fails announces and logs nothing.
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
    void failedCommitAnnouncesNothing();
    void unsubscribedListenersHearNothing();

private:
    int logRows();
    // "<code> / announced: <changes> / logged: <rows added>" for a write that was to fail.
    QString refusal(const core::Error &error, int rowsBefore);
    static QString refused(Code code);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_store;
    std::unique_ptr<ChangeRecorder> m_recorder;
    core::Id m_role = 0;
    core::Id m_candidate = 0;
};

void TestStoreChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString file = m_dir->filePath(QStringLiteral("db.sqlite3"));
    auto store = core::SqliteStore::open(file.toStdString());
    QVERIFY(store);
    m_store = std::move(*store);
    m_role = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", m_role, {}});
    m_recorder = std::make_unique<ChangeRecorder>(*m_store);
}

void TestStoreChanges::cleanup()
{
    m_recorder.reset();
    m_store.reset();
}

int TestStoreChanges::logRows()
{
    core::Statement s = m_store->database().prepare("SELECT count(*) FROM change_log");
    return s.step() == core::Statement::StepResult::Row ? s.columnInt(0) : -1;
}

QString TestStoreChanges::refusal(const core::Error &error, int rowsBefore)
{
    return QStringLiteral("%1 / announced: %2 / logged: %3")
        .arg(int(error.code))
        .arg(m_recorder->take())
        .arg(logRows() - rowsBefore);
}

QString TestStoreChanges::refused(Code code)
{
    return QStringLiteral("%1 / announced:  / logged: 0").arg(int(code));
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
    core::Interview sealedInterview = candidateK();
    sealedInterview.candidateId = m_candidate;
    const core::Id sealed = *m_store->addInterview(sealedInterview);
    core::Interview incomplete = interview({}, false);
    incomplete.candidateId = m_candidate;
    const core::Id draft = *m_store->addInterview(incomplete);
    QVERIFY(m_store->saveTeamMember({0, m_role, "Ada", 5, 5}));
    m_recorder->take();
    const int rows = logRows();
    QVERIFY(rows > 0);

    using TK = core::Taxonomy::Kind;
    QCOMPARE(refusal(m_store->addTaxonomyEntry({TK::Domain, "Not An Id", "x", false}), rows),
             refused(Code::Invalid));
    QCOMPARE(refusal(m_store->addTaxonomyEntry({TK::Domain, "streaming", "again", false}), rows),
             refused(Code::Constraint));
    QCOMPARE(refusal(m_store->renameTaxonomyEntry(TK::Domain, "nowhere", "x"), rows),
             refused(Code::NotFound));
    QCOMPARE(refusal(m_store->deleteTaxonomyEntry(TK::Layer, "apis"), rows), refused(Code::Invalid));
    core::Role tooBroad = paymentBackend();
    tooBroad.breadthDemand = 11;
    QCOMPARE(refusal(errorOf(m_store->saveRole(tooBroad)), rows), refused(Code::Invalid));
    core::Role unknown = paymentBackend();
    unknown.id = 4242;
    QCOMPARE(refusal(errorOf(m_store->saveRole(unknown)), rows), refused(Code::NotFound));
    QCOMPARE(refusal(errorOf(m_store->saveCandidate({0, "  ", "", m_role, {}})), rows),
             refused(Code::Invalid));
    QCOMPARE(refusal(errorOf(m_store->saveCandidate({0, "Nobody", "", 4242, {}})), rows),
             refused(Code::Constraint));
    QCOMPARE(refusal(errorOf(m_store->addCandidateWithRole({0, "", "", 0, {}}, paymentBackend())),
                     rows),
             refused(Code::Invalid));

    QCOMPARE(refusal(errorOf(m_store->saveNote({0, sealed, 0, "system", "late", 0, false})), rows),
             refused(Code::Sealed));
    QCOMPARE(refusal(m_store->deleteNote(4242), rows), refused(Code::NotFound));
    core::Regret tooDeep = regret(L::Product, "", 9, {});
    tooDeep.interviewId = draft;
    QCOMPARE(refusal(errorOf(m_store->saveRegret(tooDeep)), rows), refused(Code::Invalid));
    QCOMPARE(refusal(m_store->deleteRegret(4242), rows), refused(Code::NotFound));
    QCOMPARE(refusal(m_store->saveSession(sealed, "probe", 0, ""), rows), refused(Code::Sealed));
    QCOMPARE(refusal(m_store->setProbeTicked(4242, {"probe.domain.load", 0, {}}, true), rows),
             refused(Code::NotFound));
    QCOMPARE(refusal(m_store->submitInterview(draft), rows), refused(Code::Invalid));
    QCOMPARE(refusal(m_store->submitInterview(sealed), rows), refused(Code::Sealed));

    QCOMPARE(refusal(errorOf(m_store->addDecision({0, 4242, {}, "", "", {}})), rows),
             refused(Code::Constraint));
    QCOMPARE(refusal(errorOf(m_store->addPlacementOverride({0, 4242, 1, 1, "why", "", {}})), rows),
             refused(Code::NotFound));
    QCOMPARE(refusal(errorOf(m_store->saveTeamMember({4242, m_role, "Ada", 5, 5})), rows),
             refused(Code::NotFound));
    QCOMPARE(refusal(m_store->deleteTeamMember(4242), rows), refused(Code::NotFound));

    // An import that fails after writing a role rolls it back and announces nothing.
    core::Dataset broken;
    broken.roles = {role("Half imported", 5, {})};
    broken.candidates.push_back({{0, "Sol", "", 0, {}}, 7, {}, {}});
    QCOMPARE(refusal(m_store->importDataset(broken).error(), rows), refused(Code::Invalid));
    QCOMPARE(m_store->roles()->size(), std::size_t(1));
}

// A listener runs after the commit: what it reads, through this store or another connection,
// already holds the change.
void TestStoreChanges::listenersHearTheCommittedState()
{
    auto other = core::SqliteStore::open(m_store->database().path());
    QVERIFY(other);
    std::vector<std::string> seenByOther;
    const auto subscription = m_store->subscribe([&](const core::Change &change) {
        if (change.kind != K::Candidate)
            return;
        if (auto c = (*other)->candidate(change.id))
            seenByOther.push_back(c->name);
    });
    QVERIFY(m_store->saveCandidate({0, "Gita", "", m_role, {}}));
    m_store->unsubscribe(subscription);
    QCOMPARE(seenByOther, std::vector<std::string>{"Gita"});
}

void TestStoreChanges::failedCommitAnnouncesNothing()
{
    const int rows = logRows();
    sqlite3_set_authorizer(m_store->database().handle(), refuseCommit, nullptr);
    auto id = m_store->saveCandidate({0, "Gita", "", m_role, {}});
    sqlite3_set_authorizer(m_store->database().handle(), nullptr, nullptr);
    QVERIFY(!id);
    QCOMPARE(m_recorder->take(), QString());
    QCOMPARE(logRows(), rows);
    QCOMPARE(m_store->candidates()->size(), std::size_t(1));
    // The transaction was rolled back, not left open: the next write works.
    QVERIFY(m_store->saveCandidate({0, "Gita", "", m_role, {}}));
    QCOMPARE(m_store->candidates()->size(), std::size_t(2));
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
