// The committee board counts interviewers as people (DESIGN.md, Identity): Ana, who renamed
// herself Ana Lima and kept her e-mail, and Ben, who gave none and typed his name in other
// capitals, are one pair in the calibration tab, under the names they used last, with whom each
// name stands for in words; "who said what" heads all of Ana's columns with that one name and says
// in the tooltip what each interview records. Screenshots of both, light and dark.

#include "ui/board/boardactions.h"
#include "ui/board/boarddetails.h"
#include "ui/board/calibrationmodel.h"
#include "ui/board/committeeboard.h"
#include "ui/board/whosaidwhatdialog.h"
#include "ui/board/whosaidwhatmodel.h"
#include "ui/common/englishplurals.h"

#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/ui/boardsteps.h"

#include <QAction>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hindsight;
using L = core::Regret::Level;

class TestBoardIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void calibrationCountsPeopleNotSpellings();
    void whoSaidWhatNamesEachPersonOnce();
    void screenshots();

private:
    core::Id addInterview(core::Id candidate, const char *name, const char *email, int day,
                          core::Regret regret);

    std::unique_ptr<test::TemporaryDatabase> m_db;
    core::Id m_role = 0;
    core::Id m_both = 0; // the candidate Ana interviewed under both names
};

void TestBoardIdentity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

core::Id TestBoardIdentity::addInterview(core::Id candidate, const char *name, const char *email,
                                         int day, core::Regret regret)
{
    core::Interview i;
    i.candidateId = candidate;
    i.interviewer = name;
    i.interviewerEmail = email;
    i.startedAt = core::TimePoint(std::chrono::hours(24 * (20400 + day)));
    i.submitted = true; // added sealed, as an import adds it
    regret.decision = "Kept the ledger in one database";
    i.regrets = {regret};
    const auto id = m_db->store().addInterview(i);
    return id ? *id : 0;
}

void TestBoardIdentity::init()
{
    m_db = std::make_unique<test::TemporaryDatabase>();
    QVERIFY2(*m_db, qPrintable(m_db->error()));
    core::Role role;
    role.title = "Payment backend";
    role.breadthDemand = 7.5;
    role.domainDemands = {{"payments", 1}};
    m_role = *m_db->store().saveRole(role);
    // Ana sees a payments specialist, Ben a product generalist, on every candidate.
    const core::Regret deep = test::regret(L::Domain, "payments", 4, {"databases"});
    const core::Regret broad = test::regret(
        L::Product, "", 3, {"databases", "apis", "caching", "queuing", "auth", "deployment"});
    const char *names[] = {"Gita Raman", "Lars Eriksen", "Chen Wei"};
    for (int n = 0; n < 3; ++n) {
        const core::Id c = *m_db->store().saveCandidate({0, names[n], "", m_role, {}, {}, {}});
        QVERIFY(addInterview(c, "Ana", "ana@example.org", n, deep));
        QVERIFY(addInterview(c, n == 1 ? "BEN" : "Ben", "", n, broad));
        if (n == 2) {
            m_both = c;
            QVERIFY(addInterview(c, "Ana Lima", "Ana@Example.org", 9, deep));
        }
    }
}

void TestBoardIdentity::calibrationCountsPeopleNotSpellings()
{
    ui::CommitteeBoard board(m_db->store(), m_role);
    auto *table = test::child<QTableView>(&board, "calibrationTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
    const QModelIndex pair = table->model()->index(0, ui::CalibrationModel::PairColumn);
    QCOMPARE(pair.data().toString(), QStringLiteral("Ana Lima · Ben"));
    QCOMPARE(table->model()->index(0, ui::CalibrationModel::InCommonColumn).data().toInt(), 3);
    const QString tip = pair.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("every interview recorded with the e-mail Ana@Example.org")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Ben: the interviews recorded under this name")),
             qPrintable(tip));
    const QString words = test::child<QLabel>(&board, "calibrationExplanation")->text();
    QVERIFY2(words.contains(QStringLiteral("Ana Lima and Ben gave the same shape to 0%")),
             qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("Ana@Example.org, under any name")), qPrintable(words));
}

void TestBoardIdentity::whoSaidWhatNamesEachPersonOnce()
{
    ui::CommitteeBoard board(m_db->store(), m_role);
    board.selectCandidate(m_both);
    board.actions()->action(ui::BoardActions::Id::WhoSaidWhat)->trigger();
    auto *dialog = test::openDialog<ui::WhoSaidWhatDialog>(&board);
    QVERIFY(dialog);
    const ui::WhoSaidWhatModel *model = dialog->model();
    QCOMPARE(model->columnCount(), 3);
    QStringList headers;
    QStringList tips;
    for (int c = 0; c < model->columnCount(); ++c) {
        headers << model->headerData(c, Qt::Horizontal).toString();
        tips << model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    QCOMPARE(headers.count(QStringLiteral("Ana Lima")), 2);
    QCOMPARE(headers.count(QStringLiteral("Ben")), 1);
    QVERIFY2(tips.contains(QStringLiteral("Recorded as Ana <ana@example.org>.")),
             qPrintable(tips.join(u'|')));
    QVERIFY2(tips.contains(QStringLiteral("Recorded as Ana Lima <Ana@Example.org>.")),
             qPrintable(tips.join(u'|')));
    dialog->close();
}

void TestBoardIdentity::screenshots()
{
    const test::ScreenshotFolder shots;
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        ui::CommitteeBoard board(m_db->store(), m_role);
        board.resize(1280, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.details()->setCurrentIndex(ui::BoardDetails::CalibrationTab);
        QVERIFY(shots.save(&board,
                           QStringLiteral("board-calibration-identity-%1.png").arg(paletteName)));
        board.selectCandidate(m_both);
        board.actions()->action(ui::BoardActions::Id::WhoSaidWhat)->trigger();
        auto *dialog = test::openDialog<ui::WhoSaidWhatDialog>(&board);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(shots.save(dialog, QStringLiteral("whosaidwhat-identity-%1.png").arg(paletteName)));
        dialog->close();
    }
}

QTEST_MAIN(TestBoardIdentity)
#include "tst_boardidentity.moc"
