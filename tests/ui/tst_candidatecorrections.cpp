// Candidate → Edit Candidate…, Merge Candidate… and Delete Candidate… through the real window on
// a temporary database: in the menu bar and the sidebar's context menu with their shortcuts; an
// edit with its checks and the profile link it shows and opens; a deletion confirmed (and one
// cancelled) that leaves neither rows nor a backup holding the person; a merge picked and done by
// keyboard alone, shown in the committee history; screenshots of both dialogs (issue 14, item 6).

#include "ui/board/boardactions.h"
#include "ui/board/committeeboard.h"
#include "ui/board/historymodel.h"
#include "ui/candidate/candidateeditdialog.h"
#include "ui/candidate/candidatemergedialog.h"
#include "ui/common/dialogs.h"
#include "ui/common/englishplurals.h"
#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/sidebar.h"

#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/statement.h"

#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace hindsight;
using test::child;
using test::focused;

namespace {

// Stands in for the desktop's browser: QDesktopServices hands it the https links it would open.
class LinkCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;
    Q_INVOKABLE void open(const QUrl &url) { opened << url; }
};

// The objectName of the widget with the keyboard focus; empty when none has it.
QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

std::int64_t countIn(core::Database &db, const std::string &sql, core::Id id)
{
    core::Statement s = db.prepare(sql);
    s.bind(1, id);
    return s.step() == core::Statement::StepResult::Row ? s.columnInt64(0) : -1;
}

core::Candidate person(std::string name, core::Id role)
{
    core::Candidate c;
    c.name = std::move(name);
    c.roleId = role;
    return c;
}

} // namespace

class TestCandidateCorrections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inTheCandidateMenuWithShortcuts();
    void editCorrectsOneCandidate();
    void deleteAsksAndLeavesNothing();
    void mergeByKeyboard();
    void screenshots();

private:
    template<typename Dialog>
    Dialog *open(ui::MainWindow &window, const char *action);
};

void TestCandidateCorrections::initTestCase()
{
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

template<typename Dialog>
Dialog *TestCandidateCorrections::open(ui::MainWindow &window, const char *action)
{
    test::triggerAction(&window, action);
    Dialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            return (dialog = window.findChild<Dialog *>()) && dialog->isVisible();
        }))
        return nullptr;
    // On the offscreen platform no window is active once an earlier dialog has closed.
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

void TestCandidateCorrections::inTheCandidateMenuWithShortcuts()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    using Id = ui::ActionRegistry::Id;
    const QList<std::tuple<Id, const char *, QKeySequence>> expected = {
        {Id::EditCandidate, "actionEditCandidate", QKeySequence(Qt::Key_F2)},
        {Id::MergeCandidate, "actionMergeCandidate", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {Id::DeleteCandidate, "actionDeleteCandidate", QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
    };
    QMenu *menu = nullptr;
    for (QAction *a : window.menuBar()->actions()) {
        if (a->text() == QStringLiteral("&Candidate"))
            menu = a->menu();
    }
    QVERIFY(menu);
    const auto *tree = child<QTreeView>(&window, "sidebarTree");
    for (const auto &[id, name, keys] : expected) {
        QAction *a = window.actions()->action(id);
        QCOMPARE(a->objectName(), QLatin1String(name));
        QCOMPARE(a->shortcut(), keys);
        QVERIFY2(a->toolTip().contains(keys.toString(QKeySequence::NativeText)),
                 qPrintable(a->toolTip()));
        QVERIFY(menu->actions().contains(a));
        QVERIFY(tree->actions().contains(a));
    }
    // No shortcut of the window means two actions.
    QSet<QKeySequence> seen;
    for (const QAction *a : window.actions()->actions()) {
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!seen.contains(k), qPrintable(k.toString()));
            seen.insert(k);
        }
    }
    // With no candidate selected, each says so instead of opening anything.
    test::triggerAction(&window, "actionEditCandidate");
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Select a candidate first."));
    QVERIFY(!window.findChild<ui::CandidateEditDialog *>());
}

void TestCandidateCorrections::editCorrectsOneCandidate()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id lars = db.candidateId("Lars Eriksen");
    const core::Id fraud = db.roleId("Fraud scoring pipeline");
    QVERIFY(lars && fraud);
    const core::Candidate before = *db.store().candidate(lars);
    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<ui::Sidebar *>();
    QVERIFY(sidebar->selectCandidate(lars));

    // Cancel changes nothing.
    auto *dialog = open<ui::CandidateEditDialog>(window, "actionEditCandidate");
    QVERIFY(dialog);
    QTRY_COMPARE(focusedName(), QStringLiteral("candidateEditName"));
    test::type(QStringLiteral("Someone else"));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<ui::CandidateEditDialog *>());
    QCOMPARE(*db.store().candidate(lars), before);

    dialog = open<ui::CandidateEditDialog>(window, "actionEditCandidate");
    QVERIFY(dialog);
    QTRY_COMPARE(focusedName(), QStringLiteral("candidateEditName"));
    for (const char *field :
         {"candidateEditName", "candidateEditEmail", "candidateEditRole", "candidateEditLink"})
        QVERIFY2(!child<QWidget>(dialog, field)->accessibleName().isEmpty(), field);
    QCOMPARE(child<QLineEdit>(dialog, "candidateEditName")->text(), QStringLiteral("Lars Eriksen"));
    QPushButton *save = nullptr;
    for (auto *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Save")))
            save = b;
    }
    QVERIFY(save && save->isEnabled());
    auto *problem = child<QLabel>(dialog, "candidateEditProblem");

    // What is refused, each with its reason and Save off.
    auto *link = child<QLineEdit>(dialog, "candidateEditLink");
    for (const QString &bad :
         {QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
          QStringLiteral("example.org/cv"), QStringLiteral("https://")}) {
        link->setText(bad);
        QVERIFY2(!save->isEnabled(), qPrintable(bad));
        QVERIFY(problem->isVisibleTo(dialog));
        QVERIFY2(problem->text().contains(QStringLiteral("http")), qPrintable(problem->text()));
    }
    const QString url = QStringLiteral("https://example.org/cv?who=lars&x=<i>top</i>");
    link->setText(url);
    QVERIFY(save->isEnabled());
    child<QLineEdit>(dialog, "candidateEditEmail")->setText(QStringLiteral("lars@"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("e-mail")));
    child<QLineEdit>(dialog, "candidateEditEmail")->setText(QStringLiteral("lars@example.org"));
    child<QLineEdit>(dialog, "candidateEditName")->setText(QStringLiteral("   "));
    QVERIFY(!save->isEnabled());
    child<QLineEdit>(dialog, "candidateEditName")->setText(QStringLiteral("<b>Lars</b> Eriksen"));
    auto *role = child<QComboBox>(dialog, "candidateEditRole");
    QCOMPARE(role->currentText(), QStringLiteral("Payment backend"));
    QVERIFY(!child<QLabel>(dialog, "candidateEditRoleNote")->isVisibleTo(dialog));
    role->setCurrentIndex(role->findText(QStringLiteral("Fraud scoring pipeline")));
    QVERIFY(child<QLabel>(dialog, "candidateEditRoleNote")->isVisibleTo(dialog));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QTRY_VERIFY(!window.findChild<ui::CandidateEditDialog *>());
    const core::Candidate after = *db.store().candidate(lars);
    QCOMPARE(after.name, std::string("<b>Lars</b> Eriksen"));
    QCOMPARE(after.email, std::string("lars@example.org"));
    QCOMPARE(after.roleId, fraud);
    QCOMPARE(QString::fromStdString(after.profileLink), url);
    QCOMPARE(after.uuid, before.uuid);
    QCOMPARE(sidebar->currentCandidate(), std::optional<core::Id>(lars));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Saved the candidate")));

    // The page shows the name as typed and the link as a link that shows its text, not markup.
    QTRY_COMPARE(child<QLabel>(&window, "candidateName")->text(),
                 QStringLiteral("<b>Lars</b> Eriksen"));
    QCOMPARE(child<QLabel>(&window, "candidateName")->textFormat(), Qt::PlainText);
    auto *shown = child<QLabel>(&window, "candidateProfileLink");
    QVERIFY(shown->isVisibleTo(&window));
    QCOMPARE(shown->textFormat(), Qt::RichText);
    // Its words and its address are escaped or encoded: no tag of the link's own reaches the label.
    QVERIFY2(shown->text().contains(QStringLiteral("who=lars&amp;x=")), qPrintable(shown->text()));
    QVERIFY(!shown->text().contains(QStringLiteral("<i>")));
    QCOMPARE(shown->text().count(QStringLiteral("<a ")), 1);
    QVERIFY(shown->accessibleName().contains(url));
    LinkCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    // Whatever the label's link says, the stored one is what opens.
    emit shown->linkActivated(QStringLiteral("https://elsewhere.example/"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.front(), QUrl(url));
    QCOMPARE(browser.opened.front().host(), QStringLiteral("example.org"));

    // A stored link that is not a web link (an import may bring one) is text, never a link.
    core::Candidate odd = after;
    odd.profileLink = "javascript:alert(1)";
    QVERIFY(db.store().saveCandidate(odd));
    QTRY_COMPARE(shown->textFormat(), Qt::PlainText);
    QVERIFY(shown->text().contains(QStringLiteral("javascript:alert(1)")));
}

void TestCandidateCorrections::deleteAsksAndLeavesNothing()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id gita = db.candidateId("Gita Raman");
    QVERIFY(gita);
    core::Database &file = db.store().database();
    const std::int64_t interviews = countIn(
        file, "SELECT count(*) FROM interviews WHERE candidate_id = ?1", gita);
    QVERIFY(interviews > 0);
    // A backup that holds her: deleting her from the window rewrites it without her.
    const auto backup = core::Backups::make(file);
    QVERIFY(backup);
    const std::size_t candidates = db.store().candidates()->size();
    ui::MainWindow window(db.store(), db.path());
    auto *sidebar = window.findChild<ui::Sidebar *>();
    QVERIFY(sidebar->selectCandidate(gita));

    ui::Dialogs::setNextAnswer(QMessageBox::Cancel);
    test::triggerAction(&window, "actionDeleteCandidate");
    const QString asked = ui::Dialogs::lastMessage();
    QVERIFY2(asked.contains(QStringLiteral("Gita Raman")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("%1 interview").arg(interviews)), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("1 backup")), qPrintable(asked));
    QVERIFY(db.store().candidate(gita));
    QCOMPARE(db.store().candidates()->size(), candidates);

    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    test::triggerAction(&window, "actionDeleteCandidate");
    QCOMPARE(db.store().candidate(gita).error().code, core::Error::Code::NotFound);
    QCOMPARE(db.store().candidates()->size(), candidates - 1);
    QCOMPARE(countIn(file, "SELECT count(*) FROM interviews WHERE candidate_id = ?1", gita), 0);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Deleted the candidate \u2068Gita Raman\u2069."));
    QTRY_VERIFY(sidebar->currentCandidate() && *sidebar->currentCandidate() != gita);
    auto old = core::Database::open(*backup, core::Database::OpenMode::ReadOnly);
    QVERIFY(old);
    core::Statement s = (*old)->prepare("SELECT count(*) FROM candidates WHERE name = 'Gita Raman'");
    QVERIFY(s.step() == core::Statement::StepResult::Row);
    QCOMPARE(s.columnInt(0), 0);
}

void TestCandidateCorrections::mergeByKeyboard()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id gita = db.candidateId("Gita Raman");
    const core::Id fraud = db.roleId("Fraud scoring pipeline");
    QVERIFY(gita && fraud);
    // The same person, added again under another role, with a decision of her own.
    core::Candidate again = person("Gita R.", fraud);
    again.profileLink = "https://example.org/in/gita";
    const core::Id duplicate = *db.store().saveCandidate(again);
    core::Decision d;
    d.candidateId = duplicate;
    d.outcome = core::Decision::Outcome::Hold;
    d.rationale = "wait for the second interview";
    d.recordedBy = "Ana";
    QVERIFY(db.store().addDecision(d));
    const auto keptDecisions = db.store().decisions(gita)->size();

    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<ui::Sidebar *>()->selectCandidate(gita));
    auto *dialog = open<ui::CandidateMergeDialog>(window, "actionMergeCandidate");
    QVERIFY(dialog);
    QTRY_COMPARE(focusedName(), QStringLiteral("candidateMergeFilter"));
    for (const char *name : {"candidateMergeFilter", "candidateMergeList", "candidateMergeSummary"})
        QVERIFY2(!child<QWidget>(dialog, name)->accessibleName().isEmpty(), name);
    auto *merge = child<QPushButton>(dialog, "candidateMergeButton");
    QVERIFY(!merge->isEnabled());
    // The one kept is not offered; the others are, by role.
    const QAbstractItemModel *list = child<QTreeView>(dialog, "candidateMergeList")->model();
    int offered = 0;
    for (int r = 0; r < list->rowCount(); ++r) {
        for (int c = 0; c < list->rowCount(list->index(r, 0)); ++c) {
            QVERIFY(list->index(c, 0, list->index(r, 0)).data().toString()
                    != QStringLiteral("Gita Raman"));
            ++offered;
        }
    }
    QCOMPARE(offered, int(db.store().candidates()->size()) - 1);

    test::type(QStringLiteral("gita"));
    QCOMPARE(dialog->other(), std::optional<core::Id>(duplicate));
    const QString summary = child<QLabel>(dialog, "candidateMergeSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("1 decision")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("different roles")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Payment backend")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("link")), qPrintable(summary));
    QVERIFY(merge->isEnabled());
    test::press(Qt::Key_Down);
    QCOMPARE(focusedName(), QStringLiteral("candidateMergeList"));
    test::press(Qt::Key_Return);

    QTRY_VERIFY(!window.findChild<ui::CandidateMergeDialog *>());
    QCOMPARE(db.store().candidate(duplicate).error().code, core::Error::Code::NotFound);
    QCOMPARE(db.store().decisions(gita)->size(), keptDecisions + 1);
    const core::Candidate kept = *db.store().candidate(gita);
    QCOMPARE(kept.roleId, db.roleId("Payment backend"));
    QCOMPARE(kept.profileLink, again.profileLink);
    const auto merges = *db.store().candidateMerges(gita);
    QCOMPARE(merges.size(), std::size_t(1));
    QCOMPARE(merges.front().mergedName, std::string("Gita R."));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Merged")));

    // The committee history of the one kept says so, with who and when.
    test::triggerAction(&window, "actionCommitteeBoard");
    ui::CommitteeBoard *board = nullptr;
    QTRY_VERIFY((board = window.findChild<ui::CommitteeBoard *>()) != nullptr);
    board->selectCandidate(gita);
    const QAbstractItemModel *history = child<QTableView>(board, "historyTable")->model();
    QStringList whats;
    QString who;
    for (int r = 0; r < history->rowCount(); ++r) {
        whats << history->index(r, ui::HistoryModel::WhatColumn).data().toString();
        if (whats.last().startsWith(QStringLiteral("Merged")))
            who = history->index(r, ui::HistoryModel::WhoColumn).data().toString();
    }
    QVERIFY2(whats.contains(QStringLiteral("Merged \u2068Gita R.\u2069 into this candidate")),
             qPrintable(whats.join(u'|')));
    QCOMPARE(who.toStdString(), merges.front().recordedBy);
    // Blind mode names nobody.
    board->actions()->action(ui::BoardActions::Id::BlindMode)->setChecked(true);
    QVERIFY(history->rowCount() > 0);
    for (int r = 0; r < history->rowCount(); ++r) {
        for (int c = 0; c < history->columnCount(); ++c)
            QVERIFY(!history->index(r, c).data().toString().contains(QStringLiteral("Gita")));
    }
}

void TestCandidateCorrections::screenshots()
{
    // Always rendered and saved in both palettes; kept where HINDSIGHT_SCREENSHOT_DIR says.
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id amara = db.candidateId("Amara Nwosu");
    core::Candidate c = *db.store().candidate(amara);
    c.profileLink = "https://example.org/people/amara-nwosu/curriculum-vitae-2026?lang=en&ref=hindsight";
    QVERIFY(db.store().saveCandidate(c));
    QVERIFY(db.store().saveCandidate(person("Amara N.", db.roleId("Early-stage product engineer"))));
    for (const auto &[name, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        ui::MainWindow window(db.store(), db.path());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<ui::Sidebar *>()->selectCandidate(amara));
        QVERIFY(shots.save(&window, QStringLiteral("candidate-link-%1.png").arg(name)));

        auto *edit = open<ui::CandidateEditDialog>(window, "actionEditCandidate");
        QVERIFY(edit);
        child<QComboBox>(edit, "candidateEditRole")->setCurrentIndex(0);
        QTest::qWait(50);
        QVERIFY(shots.save(edit, QStringLiteral("candidate-edit-%1.png").arg(name)));
        child<QLineEdit>(edit, "candidateEditLink")->setText(QStringLiteral("www.example.org/cv"));
        QTest::qWait(50);
        QVERIFY(child<QLabel>(edit, "candidateEditProblem")->isVisible());
        QVERIFY(shots.save(edit, QStringLiteral("candidate-edit-problem-%1.png").arg(name)));
        edit->reject();
        QTRY_VERIFY(!window.findChild<ui::CandidateEditDialog *>());

        auto *merge = open<ui::CandidateMergeDialog>(window, "actionMergeCandidate");
        QVERIFY(merge);
        test::type(QStringLiteral("amara"));
        QVERIFY(merge->other());
        QTest::qWait(50);
        QVERIFY(shots.save(merge, QStringLiteral("candidate-merge-%1.png").arg(name)));
        merge->reject();
        QTRY_VERIFY(!window.findChild<ui::CandidateMergeDialog *>());
    }
}

QTEST_MAIN(TestCandidateCorrections)
#include "tst_candidatecorrections.moc"
