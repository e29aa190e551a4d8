// Role → Delete Role…: a role nobody applies for goes, with its demands and team, after a
// confirmation naming it; Cancel keeps it; a role with candidates is refused, saying how many, and
// nothing changes (issue 14, item 6).

#include "ui/common/dialogs.h"
#include "ui/common/englishplurals.h"
#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/role/roledeleter.h"

#include "core/storage/sqlite/statement.h"
#include "core/teammember.h"

#include "tests/common/temporarydatabase.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace hindsight;

class TestRoleDeleter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleWithoutCandidatesGoesWithItsTeam();
    void cancelKeepsTheRole();
    void roleWithCandidatesIsRefused();
    void inTheRoleMenu();

private:
    core::Id addEmptyRole(test::TemporaryDatabase &db);
};

void TestRoleDeleter::initTestCase()
{
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

core::Id TestRoleDeleter::addEmptyRole(test::TemporaryDatabase &db)
{
    core::Role role;
    role.title = "Typo backend";
    role.breadthDemand = 5.0;
    role.domainDemands = {{"payments", 2}};
    const auto id = db.store().saveRole(role);
    if (!id)
        return 0;
    if (!db.store().saveTeamMember({0, *id, "Noor Haddad", 4.0, 6.0}))
        return 0;
    return *id;
}

void TestRoleDeleter::roleWithoutCandidatesGoesWithItsTeam()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = addEmptyRole(db);
    QVERIFY(role);
    const std::size_t before = db.store().roles()->size();

    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    const QString done = ui::RoleDeleter::run(nullptr, db.store(), role);
    QVERIFY2(done.contains(QStringLiteral("Typo backend")), qPrintable(done));
    QVERIFY(ui::Dialogs::lastMessage().contains(QStringLiteral("Typo backend")));
    QCOMPARE(db.store().roles()->size(), before - 1);
    QCOMPARE(db.store().role(role).error().code, core::Error::Code::NotFound);
    // The demands and the team went with it.
    for (const char *table : {"role_demands", "team_members"}) {
        core::Statement s = db.store().database().prepare(std::string("SELECT count(*) FROM ")
                                                          + table + " WHERE role_id = ?1");
        s.bind(1, role);
        QVERIFY(s.step() == core::Statement::StepResult::Row);
        QCOMPARE(s.columnInt(0), 0);
    }
}

void TestRoleDeleter::cancelKeepsTheRole()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = addEmptyRole(db);
    QVERIFY(role);
    ui::Dialogs::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(ui::RoleDeleter::run(nullptr, db.store(), role).isEmpty());
    QVERIFY(db.store().role(role));
}

void TestRoleDeleter::roleWithCandidatesIsRefused()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    QVERIFY(role);
    const std::size_t candidates = db.store().candidates(role)->size();
    QVERIFY(candidates > 0);

    ui::Dialogs::setNextAnswer(QMessageBox::Ok); // would confirm, if it were asked
    QVERIFY(ui::RoleDeleter::run(nullptr, db.store(), role).isEmpty());
    QVERIFY2(ui::Dialogs::lastMessage().contains(
                 QStringLiteral("%1 candidates apply for it").arg(candidates)),
             qPrintable(ui::Dialogs::lastMessage()));
    QVERIFY(db.store().role(role));
    QCOMPARE(db.store().candidates(role)->size(), candidates);
    // The store refuses too, naming the role, whatever the window does.
    const core::Error e = db.store().deleteRole(role);
    QCOMPARE(e.code, core::Error::Code::InUse);
    QVERIFY(e.where.find("Payment backend") != std::string::npos);
}

void TestRoleDeleter::inTheRoleMenu()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    QAction *action = window.actions()->action(ui::ActionRegistry::Id::DeleteRole);
    QCOMPARE(action->objectName(), QStringLiteral("actionDeleteRole"));
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)));
    QMenu *role = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Role"))
            role = menu->menu();
    }
    QVERIFY(role);
    QVERIFY(role->actions().contains(action));
}

QTEST_MAIN(TestRoleDeleter)
#include "tst_roledeleter.moc"
