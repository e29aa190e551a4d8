// Whose a draft is, in the store: drafts are found again (openDraft), listed (drafts()), moved
// (renameDraftAuthor) and amendments started (startAmendment) by core::Interviewer's rule, so an
// interviewer who renames themselves and keeps their e-mail keeps their drafts and may amend what
// they submitted; interviews record the e-mail with the name.

#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/changerecorder.h"
#include "tests/core/scenario.h"

#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using Code = core::Error::Code;

class TestDraftAuthors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void interviewsRecordTheEmail();
    void openDraftAfterARenameWithTheSameEmail();
    void openDraftByNameForDraftsWithoutEmail();
    void changingNameAndEmailMovesOnlyTheirDrafts();
    void aRenamedAuthorAmends();
    void anotherEmailIsNotTheAuthor();

private:
    core::Id draft(const core::Interviewer &who);
    core::Id submitted(const core::Interviewer &who);

    std::unique_ptr<StoreUnderTest> m_place;
    std::unique_ptr<core::Store> m_store;
    core::Id m_candidate = 0;
};

const core::Interviewer Mette{"Mette", "mette@example.org"};

void TestDraftAuthors::init()
{
    m_store.reset(); // before the place it is on
    m_place = std::make_unique<StoreUnderTest>();
    auto store = m_place->open();
    QVERIFY2(store, failure(store).c_str());
    m_store = std::move(*store);
    const core::Id role = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", role, {}, {}, {}});
}

core::Id TestDraftAuthors::draft(const core::Interviewer &who)
{
    core::Interview i = candidateK();
    i.candidateId = m_candidate;
    i.interviewer = who.name;
    i.interviewerEmail = who.email;
    i.submitted = false;
    return *m_store->addInterview(i);
}

core::Id TestDraftAuthors::submitted(const core::Interviewer &who)
{
    const core::Id id = draft(who);
    [&] { QVERIFY(!m_store->submitInterview(id)); }();
    return id;
}

void TestDraftAuthors::interviewsRecordTheEmail()
{
    const core::Id id = draft(Mette);
    QCOMPARE(m_store->interview(id)->interviewerEmail, Mette.email);
    const auto list = *m_store->drafts();
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(core::Interviewer::of(list.front()), Mette);
}

void TestDraftAuthors::openDraftAfterARenameWithTheSameEmail()
{
    const core::Id id = draft(Mette);
    // Preferences now say "Mette Lund", the e-mail typed in other capitals.
    const auto found = m_store->openDraft(m_candidate, {"Mette Lund", "Mette@Example.org"});
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value(), id);
    // Her name with another e-mail is someone else.
    QVERIFY(!m_store->openDraft(m_candidate, {"Mette", "mette@elsewhere.org"})->has_value());
}

void TestDraftAuthors::openDraftByNameForDraftsWithoutEmail()
{
    // A draft begun before the e-mail was recorded is found by its name, in any capitals.
    const core::Id id = draft({"Mette"});
    QCOMPARE(m_store->openDraft(m_candidate, Mette)->value(), id);
    QCOMPARE(m_store->openDraft(m_candidate, {" METTE "})->value(), id);
    QVERIFY(!m_store->openDraft(m_candidate, {"Mette Lund", "mette@example.org"})->has_value());
}

void TestDraftAuthors::changingNameAndEmailMovesOnlyTheirDrafts()
{
    const core::Id hers = draft(Mette);
    const core::Id before = draft({"mette"}); // before she gave an e-mail
    const core::Id namesake = draft({"Mette", "mette@elsewhere.org"});
    const core::Id sealed = submitted(Mette);
    const core::Interviewer renamed{"Mette Lund", "mette.lund@example.org"};

    ChangeRecorder changes(*m_store);
    QVERIFY(!m_store->renameDraftAuthor(Mette, renamed));
    QCOMPARE(changes.take(), describe({{core::Change::Kind::Interview, hers},
                                       {core::Change::Kind::Interview, before}}));
    for (core::Id moved : {hers, before})
        QCOMPARE(core::Interviewer::of(*m_store->interview(moved)), renamed);
    QCOMPARE(core::Interviewer::of(*m_store->interview(namesake)),
             core::Interviewer("Mette", "mette@elsewhere.org"));
    // Sealed under what it was submitted with.
    QCOMPARE(core::Interviewer::of(*m_store->interview(sealed)), Mette);
    // The newest of hers reopens under the new name and e-mail.
    QCOMPARE(m_store->openDraft(m_candidate, renamed)->value(), before);

    // Nothing changed, nothing moved.
    QVERIFY(!m_store->renameDraftAuthor(renamed, renamed));
    QCOMPARE(changes.take(), QString());
}

void TestDraftAuthors::aRenamedAuthorAmends()
{
    const core::Id id = submitted(Mette);
    const auto amendment = m_store->startAmendment(id, {"Mette Lund", "METTE@example.org"}, "fix");
    QVERIFY2(amendment, amendment ? "" : amendment.error().detail.c_str());
    // The amendment is a version of her interview: it keeps what it was submitted with.
    const core::Interview copy = *m_store->interview(*amendment);
    QCOMPARE(core::Interviewer::of(copy), Mette);
    QCOMPARE(copy.version, 2);
    // Her interviews from before she gave an e-mail are still hers.
    const core::Id old = submitted({"Mette"});
    QVERIFY(m_store->startAmendment(old, Mette, "fix"));
}

void TestDraftAuthors::anotherEmailIsNotTheAuthor()
{
    const core::Id id = submitted(Mette);
    const auto refused = m_store->startAmendment(id, {"Mette", "mette@elsewhere.org"}, "fix");
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Code::NotAuthor);
    QVERIFY(m_store->drafts()->empty());
}

QTEST_GUILESS_MAIN(TestDraftAuthors)
#include "tst_draftauthors.moc"
