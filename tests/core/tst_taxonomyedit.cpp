#include "tests/common/failure.h"
#include "tests/common/storeundertest.h"
#include "tests/core/scenario.h"

#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using K = core::Taxonomy::Kind;
using Code = core::Error::Code;

// Renaming and deleting taxonomy entries users added: built-ins never change, an entry in use by
// a regret or a role demand can only be renamed.
class TestTaxonomyEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void renameChangesOnlyTheLabel();
    void builtInsAreRefused();
    void unknownEntryIsNotFound();
    void unusedEntryIsDeleted();
    void domainInRoleDemandIsInUse();
    void domainOfRegretIsInUse();
    void layerOfRegretIsInUse();

private:
    std::unique_ptr<StoreUnderTest> m_place;
    std::unique_ptr<core::Store> m_store;
};

void TestTaxonomyEdit::init()
{
    m_store.reset(); // before the place it is on
    m_place = std::make_unique<StoreUnderTest>();
    auto store = m_place->open();
    QVERIFY2(store, failure(store).c_str());
    m_store = std::move(*store);
    QVERIFY(!m_store->addTaxonomyEntry({K::Layer, "search-index", "Search indexes", false}));
    QVERIFY(!m_store->addTaxonomyEntry({K::Domain, "geo", "Geospatial", false}));
}

void TestTaxonomyEdit::renameChangesOnlyTheLabel()
{
    QVERIFY(!m_store->renameTaxonomyEntry(K::Domain, "geo", "Geospatial indexing"));
    const auto t = m_store->taxonomy();
    QVERIFY(t.ok());
    QCOMPARE(t->find(K::Domain, "geo")->label, std::string("Geospatial indexing"));
    QCOMPARE(t->layerCount(), std::size_t(9));
    QCOMPARE(m_store->renameTaxonomyEntry(K::Domain, "geo", "").code, Code::Invalid);
}

void TestTaxonomyEdit::builtInsAreRefused()
{
    QCOMPARE(m_store->renameTaxonomyEntry(K::Layer, "apis", "Endpoints").code, Code::Invalid);
    QCOMPARE(m_store->deleteTaxonomyEntry(K::Domain, "payments").code, Code::Invalid);
    QVERIFY(m_store->taxonomy()->hasDomain("payments"));
}

void TestTaxonomyEdit::unknownEntryIsNotFound()
{
    QCOMPARE(m_store->renameTaxonomyEntry(K::Layer, "nothing", "x").code, Code::NotFound);
    QCOMPARE(m_store->deleteTaxonomyEntry(K::Layer, "nothing").code, Code::NotFound);
    // Same id, other kind.
    QCOMPARE(m_store->deleteTaxonomyEntry(K::Layer, "geo").code, Code::NotFound);
}

void TestTaxonomyEdit::unusedEntryIsDeleted()
{
    QVERIFY(!m_store->deleteTaxonomyEntry(K::Layer, "search-index"));
    QVERIFY(!m_store->deleteTaxonomyEntry(K::Domain, "geo"));
    const auto t = m_store->taxonomy();
    QCOMPARE(t->layerCount(), std::size_t(8));
    QVERIFY(!t->hasDomain("geo"));
}

void TestTaxonomyEdit::domainInRoleDemandIsInUse()
{
    const auto roleId = m_store->saveRole(role("Maps", 5.0, {{"geo", 3}}));
    QVERIFY(roleId.ok());
    QCOMPARE(m_store->deleteTaxonomyEntry(K::Domain, "geo").code, Code::InUse);
    QVERIFY(m_store->taxonomy()->hasDomain("geo"));
    // Renaming stays allowed, and once no demand refers to it, it can go.
    QVERIFY(!m_store->renameTaxonomyEntry(K::Domain, "geo", "Maps and places"));
    core::Role r = *m_store->role(*roleId);
    r.domainDemands.clear();
    QVERIFY(m_store->saveRole(r).ok());
    QVERIFY(!m_store->deleteTaxonomyEntry(K::Domain, "geo"));
}

void TestTaxonomyEdit::domainOfRegretIsInUse()
{
    const core::Id roleId = *m_store->saveRole(role("Maps", 5.0, {}));
    const core::Id c = *m_store->saveCandidate({0, "A", "", roleId, {}});
    core::Interview i = interview({regret(core::Regret::Level::Domain, "geo", 3, {"apis"})});
    i.candidateId = c;
    QVERIFY(m_store->addInterview(i).ok());
    QCOMPARE(m_store->deleteTaxonomyEntry(K::Domain, "geo").code, Code::InUse);
}

void TestTaxonomyEdit::layerOfRegretIsInUse()
{
    const core::Id roleId = *m_store->saveRole(role("Search", 5.0, {}));
    const core::Id c = *m_store->saveCandidate({0, "A", "", roleId, {}});
    core::Interview i = interview({regret(core::Regret::Level::Product, "", 2, {"search-index"})},
                                  false);
    i.candidateId = c;
    QVERIFY(m_store->addInterview(i).ok());
    QCOMPARE(m_store->deleteTaxonomyEntry(K::Layer, "search-index").code, Code::InUse);
    QVERIFY(m_store->taxonomy()->hasLayer("search-index"));
}

QTEST_GUILESS_MAIN(TestTaxonomyEdit)
#include "tst_taxonomyedit.moc"
