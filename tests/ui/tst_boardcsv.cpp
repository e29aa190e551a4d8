// The committee board's CSV export: strict RFC 4180 with a BOM, candidate names that are formula
// payloads made inert, and a failed export that leaves the disk as it was.

#include "ui/board/boardfiltermodel.h"
#include "ui/board/boardmodel.h"
#include "ui/board/committeeboard.h"
#include "ui/common/englishplurals.h"

#include "tests/common/generateddataset.h"
#include "tests/common/strictcsv.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"

#include <QFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

// One role whose candidates are named with test::awkwardTexts(); every other one has a submitted
// interview, so both scored and unscored rows are exported. Returns the role's id, 0 on failure.
core::Id addAwkwardCandidates(core::Store &store)
{
    const auto roleId = store.saveRole({0, "Payment backend", "", 7.5, {{"payments", 2}}});
    if (!roleId)
        return 0;
    int n = 0;
    for (const std::string &name : test::awkwardTexts()) {
        const auto id = store.saveCandidate({0, name, "", *roleId});
        if (!id)
            return 0;
        if (n++ % 2 != 0)
            continue;
        core::Interview interview;
        interview.candidateId = *id;
        interview.interviewer = "Sam";
        interview.submitted = true;
        core::Regret regret;
        regret.level = core::Regret::Level::Domain;
        regret.domain = "payments";
        regret.depth = 1 + n % 4;
        regret.layers = {"apis", "databases"};
        interview.regrets = {regret};
        if (!store.addInterview(interview))
            return 0;
    }
    return *roleId;
}

} // namespace

class TestBoardCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void strictRfc4180WithInertPayloads();
    void readOnlyFolderLeavesNothing();
    void pathBelowAFileLeavesNothing();
};

void TestBoardCsv::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestBoardCsv::strictRfc4180WithInertPayloads()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = addAwkwardCandidates(db.store());
    QVERIFY(role);
    ui::CommitteeBoard board(db.store(), role);
    const int rows = board.filterModel()->rowCount();
    QCOMPARE(rows, int(test::awkwardTexts().size()));

    QTemporaryDir dir;
    const QString file = dir.filePath(u"board.csv"_s);
    const auto failure = board.exportCsv(file);
    QVERIFY2(!failure, qPrintable(failure ? failure->sentence() : QString()));
    QString error;
    const auto csv = test::parseStrictCsv(test::readAll(file), &error);
    QVERIFY2(csv, qPrintable(error));
    QVERIFY(csv->hadBom);
    QCOMPARE(csv->records.size(), rows + 1);
    QCOMPARE(csv->records[0].size(), int(ui::BoardModel::ColumnCount));
    QCOMPARE(csv->records[0].first(), u"Candidate"_s);

    for (const QStringList &record : csv->records) {
        for (const QString &cell : record)
            QVERIFY2(!test::looksLikeFormula(cell), qPrintable(cell));
    }
    // Each name is there once, inert but recognisable, in the row the table shows it in.
    for (const std::string &text : test::awkwardTexts()) {
        const QString name = QString::fromStdString(text);
        const auto matches = std::count_if(csv->records.begin() + 1, csv->records.end(),
                                           [&](const QStringList &record) {
            return test::isInertFormOf(record[0], name);
        });
        QVERIFY2(matches == 1, qPrintable(name));
    }
    for (int row = 0; row < rows; ++row) {
        const QString shown =
            board.filterModel()->index(row, ui::BoardModel::NameColumn).data().toString();
        QVERIFY2(test::isInertFormOf(csv->records[row + 1][0], shown), qPrintable(shown));
    }
}

void TestBoardCsv::readOnlyFolderLeavesNothing()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions; run the tests as a normal user to cover this");
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = addAwkwardCandidates(db.store());
    QVERIFY(role);
    ui::CommitteeBoard board(db.store(), role);

    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.csv"_s);
    QVERIFY(!board.exportCsv(good));
    const QByteArray goodBytes = test::readAll(good);
    QVERIFY(goodBytes.size() > 100);
    const QFile::Permissions open = QFile::permissions(dir.path());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                  | QFile::ExeGroup | QFile::ReadOther
                                                  | QFile::ExeOther));
    // Unlocked again whatever happens, so the temporary folder can be removed.
    const auto unlock = qScopeGuard([&] { QFile::setPermissions(dir.path(), open); });
    const QStringList before = test::folderEntries(dir.path());

    for (const QString &target : {good, dir.filePath(u"new.csv"_s)}) {
        const auto failure = board.exportCsv(target);
        QVERIFY(failure);
        QVERIFY2(failure->sentence().contains(target), qPrintable(failure->sentence()));
        QCOMPARE(test::folderEntries(dir.path()), before); // no new file, no temporary file
        QCOMPARE(test::readAll(good), goodBytes);
    }
#else
    QSKIP("needs POSIX folder permissions");
#endif
}

// A path through a plain file fails for root too.
void TestBoardCsv::pathBelowAFileLeavesNothing()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = addAwkwardCandidates(db.store());
    QVERIFY(role);
    ui::CommitteeBoard board(db.store(), role);

    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.txt"_s);
    QVERIFY(test::writeFile(plain, "not a folder\n"));
    const QStringList before = test::folderEntries(dir.path());
    const QString target = plain + u"/board.csv"_s;
    const auto failure = board.exportCsv(target);
    QVERIFY(failure);
    QVERIFY2(failure->sentence().contains(target), qPrintable(failure->sentence()));
    QCOMPARE(test::readAll(plain), QByteArray("not a folder\n"));
    QCOMPARE(test::folderEntries(dir.path()), before);
}

QTEST_MAIN(TestBoardCsv)
#include "tst_boardcsv.moc"
