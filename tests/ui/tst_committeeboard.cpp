// The committee board's table and chart on a temporary database: sorting and filtering through
// the proxy, the selection linked both ways, submitted interviews only, blind mode that leaks no
// name, the CSV export, and screenshots (the demo and 200 generated candidates, light and dark).

#include "ui/board/boardactions.h"
#include "ui/board/boarddetails.h"
#include "ui/board/boardfiltermodel.h"
#include "ui/board/boardmodel.h"
#include "ui/board/committeeboard.h"
#include "ui/board/decisiondialog.h"
#include "ui/board/whosaidwhatdialog.h"
#include "ui/charts/breadthdepthchart.h"
#include "ui/common/englishplurals.h"

#include "tests/common/darkpalette.h"
#include "tests/common/modeltester.h"
#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/ui/boardsteps.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace hindsight;
using Col = ui::BoardModel::Column;
using test::generate;
using test::openDialog;
using test::visibleTexts;

class TestCommitteeBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortingAndFilteringThroughTheProxy();
    void selectionIsLinkedBothWays();
    void boardUsesSubmittedInterviewsOnly();
    void blindModeLeaksNoName();
    void csvExportAndUnwritablePath();
    void detailsMarkUnderDepthNotProbed();
    void everyShortcutIsItsOwn();
    void screenshots_data();
    void screenshots();
};

void TestCommitteeBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestCommitteeBoard::sortingAndFilteringThroughTheProxy()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Fraud scoring pipeline");
    ui::CommitteeBoard board(db.store(), role);
    ui::BoardFilterModel *proxy = board.filterModel();
    // The board's model and its proxy keep to the model contract through every step below.
    test::testModel(board.model());
    test::testModel(proxy);
    QCOMPARE(proxy->rowCount(), 4);

    // Sorted by fit, highest first, by default; then by name both ways.
    for (int r = 1; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r - 1, Col::FitColumn).data(ui::BoardModel::SortRole).toInt()
                >= proxy->index(r, Col::FitColumn).data(ui::BoardModel::SortRole).toInt());
    proxy->sort(Col::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, Col::NameColumn).data().toString(), QStringLiteral("Chen Wei"));
    proxy->sort(Col::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, Col::NameColumn).data().toString(), QStringLiteral("Rahul Mehta"));

    proxy->setArchetype(core::Archetype::Specialist);
    QCOMPARE(proxy->rowCount(), 2);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, Col::ArchetypeColumn).data().toString(),
                 QStringLiteral("Specialist"));
    proxy->setArchetype(std::nullopt);

    proxy->setRisk(core::Risk::GoodMatch);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, Col::NameColumn).data().toString(), QStringLiteral("Kai Lindqvist"));
    proxy->setRisk(std::nullopt);

    proxy->setDecision(ui::BoardFilterModel::DecisionFilter{core::Decision::Outcome::Advance});
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, Col::DecisionColumn).data().toString(), QStringLiteral("Advance"));
    proxy->setDecision(ui::BoardFilterModel::DecisionFilter{}); // undecided
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, Col::DecisionColumn).data().toString().isEmpty());
    const auto &entries = board.model()->snapshot().entries;
    const auto undecided = std::count_if(entries.begin(), entries.end(),
                                         [](const ui::BoardEntry &e) { return !e.decision(); });
    QVERIFY(undecided > 0 && undecided < qsizetype(entries.size()));
    QCOMPARE(proxy->rowCount(), int(undecided));
    proxy->setDecision(std::nullopt);

    proxy->setText(QStringLiteral("fatima"));
    QCOMPARE(proxy->rowCount(), 1);
    // The chart draws what the table shows.
    QCOMPARE(board.chart()->candidatePoints().size(), 1);
    board.actions()->action(ui::BoardActions::Id::ClearFilters)->trigger();
    QCOMPARE(proxy->rowCount(), 4);
    QCOMPARE(board.chart()->candidatePoints().size(), 4);
}

void TestCommitteeBoard::selectionIsLinkedBothWays()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    ui::CommitteeBoard board(db.store(), role);
    const ui::BoardSnapshot &s = board.model()->snapshot();
    QVERIFY(s.entries.size() >= 2);

    // Row to point.
    const core::Id first = s.entries[0].id();
    board.table()->setCurrentIndex(board.filterModel()->mapFromSource(board.model()->indexOf(first)));
    QCOMPARE(board.chart()->selectedCandidate(), std::optional(first));
    // The selected candidate's interviews are drawn, nobody else's.
    QCOMPARE(board.chart()->interviewPoints().size(),
             qsizetype(s.entries[0].scored.figures.interviews.size()));

    // Point to row.
    const core::Id second = s.entries[1].id();
    emit board.chart()->candidateClicked(second);
    QCOMPARE(board.selectedCandidate(), std::optional(second));
    QCOMPARE(board.table()->currentIndex().data(ui::BoardModel::IdRole).value<core::Id>(), second);
}

void TestCommitteeBoard::boardUsesSubmittedInterviewsOnly()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = generate(db.store(), 30);
    ui::CommitteeBoard board(db.store(), role);
    int drafts = 0;
    for (const ui::BoardEntry &e : board.model()->snapshot().entries) {
        drafts += e.scored.figures.draftInterviews;
        for (const core::Interview &i : e.submitted)
            QVERIFY(i.submitted);
        QCOMPARE(qsizetype(e.submitted.size()), qsizetype(e.scored.figures.submittedInterviews));
        const QModelIndex row = board.model()->indexOf(e.id(), Col::DraftsColumn);
        QCOMPARE(row.data().toInt(), e.scored.figures.draftInterviews);
    }
    QVERIFY(drafts > 0); // the generator makes some, so the test means something
    QVERIFY(board.findChild<QLabel *>(QStringLiteral("boardSubtitle"))
                ->text()
                .contains(QStringLiteral("%1 drafts outstanding").arg(drafts)));
}

void TestCommitteeBoard::blindModeLeaksNoName()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    for (const core::Role &role : *db.store().roles()) {
        ui::CommitteeBoard board(db.store(), role.id);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.actions()->action(ui::BoardActions::Id::BlindMode)->setChecked(true);
        const auto &entries = board.model()->snapshot().entries;

        QStringList texts;
        QStringList aliases;
        for (const ui::BoardEntry &e : entries) {
            aliases << e.alias;
            board.selectCandidate(e.id());
            texts << visibleTexts(&board);
            texts << board.chart()->tooltipFor(e.id()) << board.chart()->nameLabels();
            board.actions()->action(ui::BoardActions::Id::WhoSaidWhat)->trigger();
            auto *who = openDialog<ui::WhoSaidWhatDialog>(&board);
            QVERIFY(who);
            texts << visibleTexts(who);
            delete who;
            board.actions()->action(ui::BoardActions::Id::RecordDecision)->trigger();
            auto *decision = openDialog<ui::DecisionDialog>(&board);
            texts << visibleTexts(decision);
            delete decision;
        }
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("blind.csv"));
        QVERIFY(!board.exportCsv(csv));
        texts << QString::fromUtf8(test::readAll(csv));

        const QString all = texts.join(QLatin1Char('\n'));
        for (const ui::BoardEntry &e : entries) {
            const QString name = QString::fromStdString(e.scored.candidate.name);
            QVERIFY2(!all.contains(name), qPrintable(name + QStringLiteral(" leaks in blind mode")));
            // Surnames alone too: "Lindqvist" names Kai Lindqvist as well as the full name does.
            for (const QString &part : name.split(QLatin1Char(' ')))
                QVERIFY2(part.size() < 4 || !all.contains(part), qPrintable(part));
            QVERIFY2(all.contains(e.alias), qPrintable(e.alias));
        }
        // A real name finds nothing in blind mode; the alias finds its candidate.
        board.filterModel()->setText(QString::fromStdString(entries.front().scored.candidate.name));
        QCOMPARE(board.filterModel()->rowCount(), 0);
        board.filterModel()->setText(entries.front().alias);
        QCOMPARE(board.filterModel()->rowCount(), 1);
    }
}

void TestCommitteeBoard::csvExportAndUnwritablePath()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id role = db.roleId("Payment backend");
    ui::CommitteeBoard board(db.store(), role);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("board.csv"));
    QVERIFY(!board.exportCsv(good));
    const QByteArray csv = test::readAll(good);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Candidate,"));
    QCOMPARE(csv.count("\r\n"), board.filterModel()->rowCount() + 1);

    const QString unwritable = dir.filePath(QStringLiteral("missing/folder/board.csv"));
    const auto failure = board.exportCsv(unwritable);
    QVERIFY(failure);
    QVERIFY(failure->sentence().contains(unwritable));
    QVERIFY(!QFile::exists(unwritable));
}

void TestCommitteeBoard::detailsMarkUnderDepthNotProbed()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const QString mark = QStringLiteral("Under-depth (not probed: ask about Payments)");
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        // Mateus Oliveira was never asked about payments, the payment backend's one domain.
        ui::CommitteeBoard board(db.store(), db.roleId("Payment backend"));
        board.resize(1366, 768);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        const core::Id mateus = db.candidateId("Mateus Oliveira");
        board.selectCandidate(mateus);
        QApplication::processEvents();
        auto *summary = board.findChild<QLabel *>(QStringLiteral("boardCandidateSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(mark), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"missing evidence, not a weakness"));
        // The figure stays the formula's.
        const QString fit = board.model()->indexOf(mateus, Col::FitColumn).data().toString().chopped(1);
        QVERIFY(summary->text().contains(QStringLiteral("fit %1.").arg(fit)));
        QVERIFY(board.model()->indexOf(mateus, Col::RisksColumn).data().toString().contains(mark));
        QVERIFY(visibleTexts(&board).join(u'\n').contains(mark));
        QVERIFY(shots.save(&board, QStringLiteral("board-not-probed-%1.png").arg(paletteName)));
        QVERIFY(shots.save(board.details(),
                           QStringLiteral("board-details-not-probed-%1.png").arg(paletteName)));
    }

    // Sofía Martínez was asked about compliance and stayed shallow: a weakness, no mark.
    ui::CommitteeBoard ledger(db.store(), db.roleId("Ledger and compliance lead"));
    ledger.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ledger));
    const core::Id sofia = db.candidateId("Sofía Martínez");
    ledger.selectCandidate(sofia);
    QApplication::processEvents();
    const QString text = ledger.findChild<QLabel *>(QStringLiteral("boardCandidateSummary"))->text();
    QVERIFY2(text.contains(u"Sofía Martínez"), qPrintable(text));
    QVERIFY(!text.contains(u"not probed"));
    QVERIFY(
        ledger.model()->indexOf(sofia, Col::RisksColumn).data().toString().contains(u"Under-depth"));
    QVERIFY(
        !ledger.model()->indexOf(sofia, Col::RisksColumn).data().toString().contains(u"not probed"));
}

// Two actions bound to one key cancel each other out in Qt (an "ambiguous shortcut"): neither
// runs. The chart's Show as Table once took the board's Add Team Member key.
void TestCommitteeBoard::everyShortcutIsItsOwn()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::CommitteeBoard board(db.store(), db.roleId("Payment backend"));
    QMap<QKeySequence, QStringList> owners;
    for (const QAction *action : board.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            owners[key] << action->text();
    }
    QVERIFY(owners.size() > 10);
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.key().toString() + QStringLiteral(": ") + it.value().join(u" | ");
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    // The chart's own key swaps it for its table from the board, focus on the chart.
    board.resize(1366, 768);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    board.chart()->setFocus();
    QTRY_VERIFY(board.chart()->hasFocus());
    QTest::keyClick(board.chart(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!board.chart()->isVisible());
}

void TestCommitteeBoard::screenshots_data()
{
    QTest::addColumn<int>("generated");
    QTest::addColumn<bool>("dark");
    QTest::newRow("demo-light") << 0 << false;
    QTest::newRow("demo-dark") << 0 << true;
    QTest::newRow("200-light") << 200 << false;
    QTest::newRow("200-dark") << 200 << true;
}

void TestCommitteeBoard::screenshots()
{
    QFETCH(int, generated);
    QFETCH(bool, dark);
    // Always rendered and saved; kept where HINDSIGHT_SCREENSHOT_DIR says.
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    core::Id role = 0;
    if (generated > 0) {
        role = generate(db.store(), generated);
    } else {
        QVERIFY2(db.importFile(test::demoFile()), qPrintable(db.error()));
        role = db.roleId("Payment backend");
        // The team the demo database places, so the screenshot shows it drawn apart.
        QVERIFY(db.store().saveTeamMember({0, role, "Jonas Berg", 8.0, 3.75}));
        QVERIFY(db.store().saveTeamMember({0, role, "Rafael Costa", 3.5, 9.0}));
    }
    std::optional<test::ScopedPalette> darkened;
    if (dark)
        darkened.emplace(test::darkPalette());
    {
        ui::CommitteeBoard board(db.store(), role);
        board.resize(1600, 1000);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.table()->selectRow(0);
        QApplication::processEvents();
        QCOMPARE(board.chart()->teamPoints().size(), generated > 0 ? 0 : 2);
        QCOMPARE(board.chart()->candidatePoints().size(),
                 qsizetype(std::count_if(board.model()->snapshot().entries.begin(),
                                         board.model()->snapshot().entries.end(),
                                         [](const ui::BoardEntry &e) {
            return e.scored.figures.submittedInterviews > 0;
                 })));
        // A crowded board drops the name labels; a small one names its points.
        QCOMPARE(board.chart()->nameLabels().isEmpty(),
                 generated > ui::BreadthDepthChart::LabelLimit);
        const QImage image = board.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 1000));
        QVERIFY(shots.save(
            image, QStringLiteral("board-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
    }
}

QTEST_MAIN(TestCommitteeBoard)
#include "tst_committeeboard.moc"
