#include "tests/common/temporarydatabase.h"
#include "tests/reliability/markedpeople.h"

#include "ui/common/dialogs.h"
#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/mainwindow/purgedialog.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace hindsight;
using test::KeeperMarker;
using test::VictimMarker;
using Action = core::CandidateErasure::BackupAction;

// Retention in the window: the period is stored in the settings, and the dialog offered at start
// lists exactly the candidates due, erases nothing on Not Now, and on Erase leaves nothing of them
// in the database, its -wal or the backups.
class TestPurgeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nothingOfferedWhenOffOrNobodyIsDue();
    void listsTheDueAndErasesNothingOnNotNow();
    void eraseLeavesNothingOfThem();

private:
    QStringList everyFile() const;

    std::unique_ptr<test::TemporaryDatabase> m_db;
    core::Id m_victim = 0;
    QString m_backup;
};

void TestPurgeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As app/main does: English plural forms ("1 backup", "3 interviews").
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestPurgeDialog::init()
{
    m_db = std::make_unique<test::TemporaryDatabase>();
    QVERIFY2(*m_db, qPrintable(m_db->error()));
    auto &store = m_db->store();
    const core::Id role = test::addRole(store);
    QVERIFY(test::addMarkedPerson(store, role, "Kim Lund", KeeperMarker));
    m_victim = test::addMarkedPerson(store, role, "Vera Okafor", VictimMarker);
    QVERIFY(m_victim);
    const auto twoYearsAgo = std::chrono::time_point_cast<std::chrono::milliseconds>(
        core::Clock::now() - std::chrono::hours(24 * 730));
    QVERIFY(test::backdate(store, m_victim, twoYearsAgo.time_since_epoch().count()));
    m_backup = test::writeBackup(store, QStringLiteral("20250101-120000"));
    QVERIFY(!m_backup.isEmpty());
}

QStringList TestPurgeDialog::everyFile() const
{
    QStringList files{m_db->path(), m_db->path() + QStringLiteral("-wal"),
                      m_db->path() + QStringLiteral("-shm")};
    const QDir backups(m_db->filePath(QStringLiteral("backups")));
    for (const QString &name : backups.entryList(QDir::Files | QDir::Hidden))
        files << backups.filePath(name);
    return files;
}

void TestPurgeDialog::nothingOfferedWhenOffOrNobodyIsDue()
{
    QVERIFY(!ui::PurgeDialog::createIfDue(m_db->store(), 0));
    // Two years is not more than 36 months.
    QVERIFY(!ui::PurgeDialog::createIfDue(m_db->store(), 36));
}

void TestPurgeDialog::listsTheDueAndErasesNothingOnNotNow()
{
    auto dialog = ui::PurgeDialog::createIfDue(m_db->store(), 12);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeView *>(QStringLiteral("purgeList"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Vera Okafor"));
    QCOMPARE(list->model()->index(0, 1).data().toString(), QStringLiteral("Payments backend"));
    QStringList labels;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        labels << label->text();
    const QString said = labels.join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QStringLiteral("3 interviews (1 draft)")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("1 backup in")), qPrintable(said));
    QCOMPARE(dialog->backupAction(), Action::Rewrite);

    auto *notNow = dialog->findChild<QPushButton *>(QStringLiteral("purgeNotNow"));
    QVERIFY(notNow && notNow->isDefault());
    notNow->click();
    QVERIFY(!dialog->outcome());
    QVERIFY(m_db->store().candidate(m_victim));
    QVERIFY(test::fileContains(m_backup, VictimMarker));
}

void TestPurgeDialog::eraseLeavesNothingOfThem()
{
    auto dialog = ui::PurgeDialog::createIfDue(m_db->store(), 12);
    QVERIFY(dialog);
    dialog->setBackupAction(Action::Delete);
    dialog->findChild<QPushButton *>(QStringLiteral("purgeErase"))->click();
    QVERIFY(dialog->outcome());
    QVERIFY2(dialog->outcome()->ok(), dialog->outcome()->error.detail.c_str());
    QVERIFY(ui::Dialogs::lastMessage().isEmpty());
    QVERIFY(!m_db->store().candidate(m_victim));
    QVERIFY(!QFileInfo::exists(m_backup));
    for (const QString &file : everyFile())
        QVERIFY2(!test::fileContains(file, VictimMarker), qPrintable(file));
    QVERIFY(test::fileContains(m_db->path(), KeeperMarker));
    QVERIFY(!ui::PurgeDialog::createIfDue(m_db->store(), 12));
}

QTEST_MAIN(TestPurgeDialog)
#include "tst_purgedialog.moc"
