#include "tests/core/scenario.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using Code = core::Error::Code;

namespace {

const core::TimePoint t0{std::chrono::milliseconds(1795000000000)};

} // namespace

// The committee tables of the SQLite file, written with SQL around the store: rows go with their
// candidate or role, and the schema's CHECKs hold. The store's behaviour: tst_committeestore.cpp.
class TestCommitteeSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rowsGoWithTheirCandidateOrRole();
    void schemaChecksFiguresToo();

private:
    int count(const char *table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::SqliteStore> m_store;
    core::Id m_role = 0;
    core::Id m_otherRole = 0;
    core::Id m_candidate = 0;
    core::Id m_otherCandidate = 0;
};

void TestCommitteeSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::SqliteStore::open(m_dir->filePath(QStringLiteral("db.sqlite3")).toStdString());
    QVERIFY(store);
    m_store = std::move(*store);
    m_role = *m_store->saveRole(paymentBackend());
    m_otherRole = *m_store->saveRole(fraudPipeline());
    m_candidate = *m_store->saveCandidate({0, "Kai", "", m_role, core::Candidate::Status::Active});
    m_otherCandidate = *m_store->saveCandidate({0, "Gita", "", m_role,
                                                core::Candidate::Status::Active});
}

int TestCommitteeSchema::count(const char *table)
{
    core::Statement s = m_store->database().prepare(std::string("SELECT count(*) FROM ") + table);
    return s.step() == core::Statement::StepResult::Row ? s.columnInt(0) : -1;
}

// ON DELETE CASCADE: the store has no deletion of candidates or roles yet, so the rows are removed
// with SQL, as a future deletion (or a shared server) would.
void TestCommitteeSchema::rowsGoWithTheirCandidateOrRole()
{
    QVERIFY(m_store->addPlacementOverride({0, m_candidate, 1, 1, "a", "", t0}));
    QVERIFY(m_store->addPlacementOverride({0, m_candidate, 2, 2, "b", "", t0}));
    QVERIFY(m_store->addPlacementOverride({0, m_otherCandidate, 3, 3, "c", "", t0}));
    QVERIFY(m_store->saveTeamMember({0, m_role, "Ada", 5, 5}));
    QVERIFY(m_store->saveTeamMember({0, m_otherRole, "Bo", 5, 5}));
    QVERIFY(m_store->saveTeamMember({0, m_otherRole, "Cy", 5, 5}));

    core::Statement delCandidate = m_store->database().prepare("DELETE FROM candidates WHERE id = ?1");
    delCandidate.bind(1, m_candidate);
    QVERIFY(!delCandidate.run());
    QCOMPARE(count("placement_overrides"), 1);
    QCOMPARE(m_store->placementOverrides(m_otherCandidate)->size(), std::size_t(1));

    core::Statement delRole = m_store->database().prepare("DELETE FROM roles WHERE id = ?1");
    delRole.bind(1, m_otherRole); // no candidates, so the role itself may go
    QVERIFY(!delRole.run());
    QCOMPARE(count("team_members"), 1);
    QCOMPARE(m_store->teamMembers(m_role)->size(), std::size_t(1));
}

// The CHECK constraints hold even for a writer that bypasses the store's validation.
void TestCommitteeSchema::schemaChecksFiguresToo()
{
    auto insert = [&](const char *sql, core::Id owner) {
        core::Statement s = m_store->database().prepare(sql);
        s.bind(1, owner);
        return s.run().code;
    };
    const char *override = "INSERT INTO placement_overrides (candidate_id, breadth, depth, reason, "
                           "recorded_at) VALUES (?1, ?2, ?3, 'r', 0)";
    const char *member = "INSERT INTO team_members (role_id, name, breadth, depth) "
                         "VALUES (?1, 'x', ?2, ?3)";
    auto withFigures = [&](const char *sql, core::Id owner, double breadth, double depth) {
        core::Statement s = m_store->database().prepare(sql);
        s.bind(1, owner).bind(2, breadth).bind(3, depth);
        return s.run().code;
    };
    QCOMPARE(withFigures(override, m_candidate, 10.5, 1), Code::Constraint);
    QCOMPARE(withFigures(override, m_candidate, 1, -1), Code::Constraint);
    QCOMPARE(withFigures(member, m_role, 1, 10.5), Code::Constraint);
    QCOMPARE(withFigures(member, m_role + 1000, 1, 1), Code::Constraint); // foreign key
    QCOMPARE(insert("INSERT INTO placement_overrides (candidate_id, breadth, depth, reason, "
                    "recorded_at) VALUES (?1, 1, 1, NULL, 0)",
                    m_candidate),
             Code::Constraint); // reason NOT NULL
    QCOMPARE(withFigures(override, m_candidate, 0, 10), Code::None);
    QCOMPARE(withFigures(member, m_role, 10, 0), Code::None);
    QCOMPARE(count("placement_overrides"), 1);
    QCOMPARE(count("team_members"), 1);
}

QTEST_GUILESS_MAIN(TestCommitteeSchema)
#include "tst_committeeschema.moc"
