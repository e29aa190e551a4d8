// JsonExporter writing files: the whole store or one role; a missing folder, a folder in the way,
// a store that fails and a disk that fills up all leave the disk as it was; success replaces the
// old file whole; a new file is readable by its owner alone.

#include "ui/interchange/jsonexporter.h"
#include "ui/interchange/jsonimporter.h"

#include "core/storage/sqlite/sqlitestore.h"

#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/interchange/richdataset.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>

#include <csignal>
#endif

using namespace hindsight;
using interchange::Failure;
using interchange::JsonExporter;
using interchange::JsonImporter;
using namespace hindsight::test;

class TestJsonExporterFiles : public QObject
{
    Q_OBJECT

private slots:
    void exportsWholeStoreAndOneRole();
    void failsInMissingFolder();
    void failsOnFolderInTheWay();
    void storeFailureKeepsGoodFile();
    void writeFailureKeepsGoodFile();
    void replacesGoodFileOnSuccess();
    void newFileIsPrivate();
};

void TestJsonExporterFiles::exportsWholeStoreAndOneRole()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    QVERIFY(!JsonImporter::importFile(store, test::scenarioFile()));

    const QString all = db.filePath(QStringLiteral("all.json"));
    QVERIFY(!JsonExporter::exportFile(store, all));
    const auto everything = parse(readAll(all));
    QVERIFY(everything);
    QCOMPARE(everything->roles.size(), std::size_t(4));
    QCOMPARE(everything->candidates.size(), std::size_t(28));

    const auto roles = store.roles();
    QVERIFY(roles);
    const auto fraud = std::find_if(roles->begin(), roles->end(), [](const core::Role &r) {
        return r.title == "Fraud scoring pipeline";
    });
    QVERIFY(fraud != roles->end());
    const QString one = db.filePath(QStringLiteral("fraud.json"));
    QVERIFY(!JsonExporter::exportFile(store, one, fraud->id));
    const auto subset = parse(readAll(one));
    QVERIFY(subset);
    QCOMPARE(subset->roles.size(), std::size_t(1));
    QCOMPARE(subset->roles[0].title, std::string("Fraud scoring pipeline"));
    QCOMPARE(subset->candidates.size(), store.candidates(fraud->id)->size());
    QVERIFY(!subset->candidates.empty());
}

void TestJsonExporterFiles::failsInMissingFolder()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    const QString target = db.filePath(QStringLiteral("no/such/folder/out.json"));
    const auto failure = JsonExporter::exportFile(store, target);
    QVERIFY(failure);
    QCOMPARE(failure->where, target);
    QVERIFY2(failure->sentence().contains(target), qPrintable(failure->sentence()));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(db.filePath(QStringLiteral("no"))));
}

void TestJsonExporterFiles::failsOnFolderInTheWay()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    const QString target = db.filePath(QStringLiteral("out.json"));
    QVERIFY(QDir(db.folder()).mkdir(QStringLiteral("out.json")));
    const QStringList before =
        QDir(db.folder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const auto failure = JsonExporter::exportFile(store, target);
    QVERIFY(failure);
    QCOMPARE(failure->where, target);
    QVERIFY(failure->sentence().contains(target));
    QVERIFY(QFileInfo(target).isDir());
    // No temporary file is left behind beside it.
    QCOMPARE(QDir(db.folder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             before);
}

void TestJsonExporterFiles::storeFailureKeepsGoodFile()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    QVERIFY(!JsonImporter::importFile(store, test::scenarioFile()));
    const QString target = db.filePath(QStringLiteral("good.json"));
    QVERIFY(!JsonExporter::exportFile(store, target));
    const QByteArray good = readAll(target);
    QVERIFY(good.size() > 1000);

    // A role that does not exist: the export fails before writing and the good file stays.
    const auto failure = JsonExporter::exportFile(store, target, core::Id(987654));
    QVERIFY(failure);
    QVERIFY2(failure->where.contains(QStringLiteral("987654")), qPrintable(failure->where));
    QVERIFY(!failure->cause.isEmpty());
    QCOMPARE(readAll(target), good);
}

void TestJsonExporterFiles::writeFailureKeepsGoodFile()
{
#ifdef Q_OS_UNIX
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    QVERIFY(!JsonImporter::importFile(store, test::scenarioFile()));
    const QString target = db.filePath(QStringLiteral("good.json"));
    const QByteArray good = "{\"format\": \"hindsight\", \"version\": 1}";
    QVERIFY(writeFile(target, good));
    const QStringList before = QDir(db.folder()).entryList(QDir::Files | QDir::Hidden);

    // A file size limit makes the write fail part-way, as a full disk would; it binds root too,
    // unlike file permissions. SIGXFSZ would kill the process, so it is ignored meanwhile.
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto failure = JsonExporter::exportFile(store, target);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(failure);
    QCOMPARE(failure->where, target);
    QVERIFY(failure->sentence().contains(target));
    // The system's reason, not a generic one (tests run with LANG=C.UTF-8).
    QVERIFY2(failure->sentence().contains(QStringLiteral("too large")),
             qPrintable(failure->sentence()));
    QCOMPARE(readAll(target), good);
    QCOMPARE(QDir(db.folder()).entryList(QDir::Files | QDir::Hidden), before);
#else
    QSKIP("needs a POSIX file size limit");
#endif
}

void TestJsonExporterFiles::replacesGoodFileOnSuccess()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    const QString target = db.filePath(QStringLiteral("out.json"));
    QVERIFY(writeFile(target, "old contents"));
    QVERIFY(store.importDataset(richDataset()));
    QVERIFY(!JsonExporter::exportFile(store, target));
    const auto back = parse(readAll(target));
    QVERIFY(back);
    QCOMPARE(back->candidates.size(), std::size_t(2));
}

void TestJsonExporterFiles::newFileIsPrivate()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::SqliteStore &store = db.store();
    const QString target = db.filePath(QStringLiteral("out.json"));
    QVERIFY(!JsonExporter::exportFile(store, target));
    const QFileDevice::Permissions permissions = QFileInfo(target).permissions();
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

QTEST_GUILESS_MAIN(TestJsonExporterFiles)
#include "tst_jsonexporter_files.moc"
