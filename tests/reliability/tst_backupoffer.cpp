// The window's answer to a damaged database (issue 13, item 2): the newest verified backup is
// offered by date and path; taken, the damaged file and its side files are kept with a .damaged
// suffix and the backup opens in its place; declined, nothing changes; with no verified backup,
// or an error that is not damage, nothing is offered.

#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/sqlitestore.h"
#include "tests/common/nextdialog.h"
#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "ui/common/backupoffer.h"
#include "ui/common/statusmessage.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>

using namespace hindsight;
using Outcome = ui::BackupOffer::Outcome;

namespace {

std::string str(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QByteArray md5(const QString &path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Md5);
}

// Overwrites the first bytes of the file, so open() refuses it as not a database.
bool damage(const QString &path)
{
    QByteArray bytes = test::readAll(path);
    if (bytes.size() < 100)
        return false;
    bytes.replace(0, 16, "Not SQLite at al");
    return test::writeFile(path, bytes);
}

} // namespace

class TestBackupOffer : public QObject
{
    Q_OBJECT

private slots:
    void damagedDatabaseOpensTheNewestBackup();
    void declinedOfferChangesNothing();
    void nothingOfferedWithoutAVerifiedBackup();
    void nothingOfferedForAnErrorThatIsNotDamage();
    void statusBarHasRoomForTheNote();

private:
    // The demo database with one backup, a candidate added after it, then closed and damaged,
    // with a -wal beside it; the error open() refused it with.
    core::Error prepareDamaged(test::TemporaryDatabase &db);
};

core::Error TestBackupOffer::prepareDamaged(test::TemporaryDatabase &db)
{
    if (!db || !core::Backups::make(db.store().database()))
        return {};
    if (!db.store().saveCandidate({0, "After the backup", "", db.roleId("Payment backend"), {}}))
        return {};
    db.close();
    if (!damage(db.path())
        || !test::writeFile(db.path() + QStringLiteral("-wal"), "a damaged write-ahead log"))
        return {};
    auto refused = core::SqliteStore::open(str(db.path()));
    return refused ? core::Error{} : refused.error();
}

void TestBackupOffer::damagedDatabaseOpensTheNewestBackup()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    const core::Error error = prepareDamaged(db);
    QVERIFY(core::isDamage(error.code));
    const QByteArray damagedFile = md5(db.path());
    const QByteArray damagedWal = md5(db.path() + QStringLiteral("-wal"));
    const auto backups = core::Backups::list(str(db.path()));
    QCOMPARE(backups.size(), std::size_t(1));
    const QString backup = QString::fromStdString(backups.front().path);
    const QString keptAs = db.path() + QStringLiteral(".damaged");
    const QDateTime made = QDateTime::fromSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::seconds>(backups.front().time.time_since_epoch())
            .count(),
        QTimeZone::utc());

    test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    QString shown;
    bool plain = true;
    bool saved = false;
    auto offer = test::NextDialog::of<QMessageBox>([&](QMessageBox *box) {
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        for (const QLabel *label : box->findChildren<QLabel *>())
            plain = plain && (label->text().isEmpty() || label->textFormat() == Qt::PlainText);
        saved = shots.save(box, QStringLiteral("backup-offer.png"));
        auto *open = box->findChild<QPushButton *>(QStringLiteral("openBackup"));
        QVERIFY(open);
        QCOMPARE(box->defaultButton(), open);
        open->click();
    });
    const auto answer = ui::BackupOffer::ask(nullptr, db.path(), error);
    QVERIFY(offer->answered());
    QVERIFY(saved);
    QVERIFY(plain);

    // The dialog named the damaged file, the backup by path and date, and where the damaged file
    // would be kept.
    QVERIFY2(shown.contains(db.path()), qPrintable(shown));
    QVERIFY2(shown.contains(backup), qPrintable(shown));
    QVERIFY2(shown.contains(keptAs), qPrintable(shown));
    QVERIFY2(shown.contains(QLocale().toString(made.toLocalTime().date(), QLocale::LongFormat)),
             qPrintable(shown));

    QCOMPARE(int(answer.outcome), int(Outcome::Restored));
    QVERIFY2(answer.message.contains(keptAs), qPrintable(answer.message));
    // The damaged file and its -wal are kept, byte for byte; the backup is in place and opens.
    QCOMPARE(md5(keptAs), damagedFile);
    QCOMPARE(md5(keptAs + QStringLiteral("-wal")), damagedWal);
    QVERIFY(!QFile::exists(db.path() + QStringLiteral("-wal")));
    QVERIFY2(db.reopen(), qPrintable(db.error()));
    QCOMPARE(db.store().candidates()->size(), std::size_t(15));
    QCOMPARE(db.candidateId("After the backup"), core::Id(0));
    QVERIFY(QFile::exists(backup)); // the backup itself stays
}

void TestBackupOffer::declinedOfferChangesNothing()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    const core::Error error = prepareDamaged(db);
    QVERIFY(core::isDamage(error.code));
    const QStringList before = test::folderEntries(db.folder());
    const QByteArray file = md5(db.path());

    auto offer = test::NextDialog::of<QMessageBox>([](QMessageBox *box) {
        auto *quit = box->findChild<QPushButton *>(QStringLiteral("quit"));
        QVERIFY(quit);
        QCOMPARE(box->escapeButton(), quit);
        quit->click();
    });
    const auto answer = ui::BackupOffer::ask(nullptr, db.path(), error);
    QVERIFY(offer->answered());
    QCOMPARE(int(answer.outcome), int(Outcome::Declined));
    QVERIFY(answer.message.contains(db.path()));
    QCOMPARE(md5(db.path()), file);
    QCOMPARE(test::folderEntries(db.folder()), before);
}

void TestBackupOffer::nothingOfferedWithoutAVerifiedBackup()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    const core::Error error = prepareDamaged(db);
    QVERIFY(core::isDamage(error.code));
    // The only backup is damaged too.
    const auto backups = core::Backups::list(str(db.path()));
    QCOMPARE(backups.size(), std::size_t(1));
    QVERIFY(damage(QString::fromStdString(backups.front().path)));
    const QStringList before = test::folderEntries(db.folder());

    auto offer = test::NextDialog::of<QMessageBox>([](QMessageBox *box) { box->reject(); }, 500);
    const auto answer = ui::BackupOffer::ask(nullptr, db.path(), error);
    QCOMPARE(int(answer.outcome), int(Outcome::NothingToOffer));
    QTest::qWait(600);
    QVERIFY(!offer->answered());
    QTest::ignoreMessage(QtWarningMsg, "no QMessageBox was shown to answer");
    offer.reset();
    QCOMPARE(test::folderEntries(db.folder()), before);
}

void TestBackupOffer::nothingOfferedForAnErrorThatIsNotDamage()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(core::Backups::make(db.store().database()));
    db.close();
    const core::Error busy{core::Error::Code::Busy, str(db.path()), "database is locked"};
    QVERIFY(!core::isDamage(busy.code));
    const QByteArray file = md5(db.path());
    auto offer = test::NextDialog::of<QMessageBox>([](QMessageBox *box) { box->reject(); }, 500);
    const auto answer = ui::BackupOffer::ask(nullptr, db.path(), busy);
    QCOMPARE(int(answer.outcome), int(Outcome::NothingToOffer));
    QTest::qWait(600);
    QVERIFY(!offer->answered());
    QTest::ignoreMessage(QtWarningMsg, "no QMessageBox was shown to answer");
    offer.reset();
    QCOMPARE(md5(db.path()), file);
}

// What the window says after opening a backup (or when a daily backup failed) stays in its
// status bar; the database path, which stretches over the bar, makes room for it while it shows.
void TestBackupOffer::statusBarHasRoomForTheNote()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *path = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusDatabase"));
    QVERIFY(path);
    QVERIFY(path->isVisible());
    const QString note = QStringLiteral("Opened the backup made on …");
    ui::StatusMessage::keep(window.statusBar(), note);
    QCOMPARE(window.statusBar()->currentMessage(), note);
    QVERIFY(!path->isVisible());
    window.statusBar()->clearMessage();
    QVERIFY(path->isVisible());
}

QTEST_MAIN(TestBackupOffer)
#include "tst_backupoffer.moc"
