#include "core/uuid.h"

#include <QTest>

#include <set>
#include <string>

using namespace hindsight;

// Stable identities: random ones never repeat, name-based ones always do, and both are in the
// canonical text form other tools expect.
class TestUuid : public QObject
{
    Q_OBJECT

private slots:
    void randomIdsAreVersionFourAndDistinct();
    void nameBasedIdsAreStable();
    void validity();
};

void TestUuid::randomIdsAreVersionFourAndDistinct()
{
    std::set<std::string> seen;
    for (int i = 0; i < 10000; ++i) {
        const std::string id = core::uuid::random();
        QVERIFY2(core::uuid::isValid(id), id.c_str());
        QCOMPARE(id[14], '4');
        QVERIFY(std::string("89ab").find(id[19]) != std::string::npos);
        QVERIFY(seen.insert(id).second);
    }
}

void TestUuid::nameBasedIdsAreStable()
{
    const std::string a = core::uuid::fromName("role\x1fpayment backend");
    QVERIFY(core::uuid::isValid(a));
    QCOMPARE(a[14], '8');
    QCOMPARE(core::uuid::fromName("role\x1fpayment backend"), a);
    QVERIFY(core::uuid::fromName("role\x1fpayment backend ") != a);
}

void TestUuid::validity()
{
    QVERIFY(core::uuid::isValid("123e4567-e89b-42d3-a456-426614174000"));
    QVERIFY(!core::uuid::isValid("123E4567-E89B-42D3-A456-426614174000")); // the form is lowercase
    QVERIFY(!core::uuid::isValid("123e4567e89b42d3a456426614174000"));
    QVERIFY(!core::uuid::isValid("123e4567-e89b-42d3-a456-42661417400"));
    QVERIFY(!core::uuid::isValid("123e4567-e89b-42d3-a456-42661417400g"));
    QVERIFY(!core::uuid::isValid(""));
}

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
