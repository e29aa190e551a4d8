#include "ui/mainwindow/actionregistry.h"
#include "ui/board/boardmodel.h"
#include "ui/candidate/candidatepage.h"
#include "ui/board/committeeboard.h"
#include "ui/common/dialogs.h"
#include "ui/candidate/emptystate.h"
#include "ui/common/englishplurals.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/common/settings.h"
#include "ui/candidate/riskchips.h"
#include "ui/mainwindow/shortcutmodel.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include "ui/interchange/jsonimporter.h"

#include "core/storage/sqlitestore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include "tests/common/darkpalette.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QTabWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

#include <memory>

using namespace hindsight;

namespace {

const QString DemoFile = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/demo/demo.json");

// A database in a temporary folder that lives as long as the fixture.
struct Database
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<core::SqliteStore> store;

    Database()
    {
        path = dir.filePath(QStringLiteral("hindsight.sqlite3"));
        auto opened = core::SqliteStore::open(path.toStdString());
        if (opened)
            store = std::move(*opened);
    }
};

core::Regret regret(core::Regret::Level level, const char *domain, int depth,
                    std::set<std::string> layers, const char *decision)
{
    core::Regret r;
    r.level = level;
    r.domain = domain;
    r.depth = depth;
    r.layers = std::move(layers);
    r.decision = decision;
    return r;
}

core::Interview interviewK(core::Id candidate)
{
    using L = core::Regret::Level;
    core::Interview i;
    i.candidateId = candidate;
    i.interviewer = "Sam Okafor";
    i.submitted = true;
    i.regrets = {regret(L::Domain, "streaming", 4, {"queuing", "databases"},
                        "Rebuilt consumer state by hand instead of a log-compacted topic"),
                 regret(L::Domain, "performance", 3, {"queuing"},
                        "Batched scoring calls without a latency budget")};
    core::Note n;
    n.atMs = 95'000;
    n.stage = "decision";
    n.text = "We replayed the whole topic after every deploy";
    n.quote = true;
    i.notes = {n};
    return i;
}

core::Interview interviewG(core::Id candidate)
{
    using L = core::Regret::Level;
    core::Interview i;
    i.candidateId = candidate;
    i.interviewer = "Mette Lund";
    i.submitted = true;
    i.regrets = {regret(L::Product, "", 3, {"databases", "apis", "caching", "queuing", "deployment"},
                        "A generic configuration layer instead of plain tables"),
                 regret(L::Product, "", 2, {"auth", "integrations"},
                        "Hand-rolled sign-in instead of the provider's"),
                 regret(L::Mixed, "payments", 1, {"databases"}, "Stored amounts as floats")};
    return i;
}

// DESIGN.md's worked examples: candidates K and G, each under both example roles.
void fillWorkedExamples(core::Store &store)
{
    core::Role fraud;
    fraud.title = "Fraud scoring pipeline";
    fraud.breadthDemand = 2.5;
    fraud.domainDemands = {{"streaming", 4}, {"performance", 3}};
    core::Role payment;
    payment.title = "Payment backend";
    payment.breadthDemand = 7.5;
    payment.domainDemands = {{"payments", 1}};
    for (const core::Role &role : {fraud, payment}) {
        const core::Id roleId = *store.saveRole(role);
        core::Candidate k{0, "Kim Keller", "kim@example.com", roleId};
        core::Candidate g{0, "Gus Green", "gus@example.com", roleId};
        QVERIFY(store.addInterview(interviewK(*store.saveCandidate(k))));
        QVERIFY(store.addInterview(interviewG(*store.saveCandidate(g))));
    }
}

template<typename T = QWidget>
T *child(QWidget *window, const char *name)
{
    return window->findChild<T *>(QLatin1String(name));
}

void triggerAction(ui::MainWindow &window, const char *name)
{
    QAction *action = window.findChild<QAction *>(QLatin1String(name));
    QVERIFY2(action, name);
    QVERIFY2(action->isEnabled(), name);
    action->trigger();
}

QString labelText(QWidget *window, const char *name)
{
    const QLabel *label = child<QLabel>(window, name);
    return label ? label->text() : QString();
}

// The proxy index of the candidate called `name` under the role titled `role`.
QModelIndex findCandidate(QTreeView *tree, const QString &role, const QString &name)
{
    const QAbstractItemModel *m = tree->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex roleIndex = m->index(r, 0);
        // Role rows read "Title (count)".
        if (!roleIndex.data().toString().startsWith(role + QStringLiteral(" (")))
            continue;
        for (int c = 0; c < m->rowCount(roleIndex); ++c) {
            if (m->index(c, 0, roleIndex).data().toString() == name)
                return m->index(c, 0, roleIndex);
        }
    }
    return {};
}

using hindsight::test::darkPalette;

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workedExamplesShowExactFigures();
    void filterKeepsRolesOfMatchingCandidates();
    void goActionsWalkTheCandidates();
    void filterShortcutFocusesTheField();
    void explanationLinksOpenTheirRegret();
    void emptyDatabaseSaysWhatToDo();
    void menusHoldOnlyRegistryActions();
    void shortcutsDialogListsEveryAction();
    void aboutNamesVersionAndLicence();
    void importThroughTheMenu();
    void importFailureNamesThePath();
    void draftsAreMarkedAndNotCounted();
    void committeeBoardFromTheRoleMenu();
    void screenshots();

private:
    std::unique_ptr<Database> demoDatabase();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // As app/main does: English plural forms ("1 candidate", "3 candidates").
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

std::unique_ptr<Database> TestMainWindow::demoDatabase()
{
    auto db = std::make_unique<Database>();
    if (!db->store)
        return nullptr;
    if (const auto failure = interchange::JsonImporter::importFile(*db->store, DemoFile)) {
        qWarning() << "demo import failed:" << failure->sentence();
        return nullptr;
    }
    return db;
}

void TestMainWindow::workedExamplesShowExactFigures()
{
    Database db;
    QVERIFY(db.store);
    fillWorkedExamples(*db.store);
    ui::MainWindow window(*db.store, db.path);

    auto *tree = child<QTreeView>(&window, "sidebarTree");
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 2);

    const QModelIndex fraudK = findCandidate(tree, QStringLiteral("Fraud scoring pipeline"),
                                             QStringLiteral("Kim Keller"));
    QVERIFY(fraudK.isValid());
    tree->selectionModel()->setCurrentIndex(fraudK, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(labelText(&window, "fitValue"), QStringLiteral("100"));
    QCOMPARE(labelText(&window, "breadthValue"), QStringLiteral("2.5"));
    QCOMPARE(labelText(&window, "depthValue"), QStringLiteral("10"));
    QCOMPARE(labelText(&window, "archetypeValue"), QStringLiteral("Specialist"));
    QCOMPARE(child<ui::RiskChips>(&window, "risksValue")->text(), QStringLiteral("Good match"));
    // The sidebar shows the same fit beside the name.
    QCOMPARE(fraudK.siblingAtColumn(1).data().toString(), QStringLiteral("100%"));

    // The explanation names the regrets behind depth, in translated words, not core's toText().
    const QString why = child<QTextBrowser>(&window, "explanationView")->toPlainText();
    QVERIFY2(why.contains(QStringLiteral("Rebuilt consumer state by hand")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Sam Okafor")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Domain-specific")), qPrintable(why));
    QVERIFY2(!why.contains(QStringLiteral("depth_gap")) && !why.contains(QStringLiteral("Risk ")),
             qPrintable(why));

    const QModelIndex paymentK =
        findCandidate(tree, QStringLiteral("Payment backend"), QStringLiteral("Kim Keller"));
    tree->selectionModel()->setCurrentIndex(paymentK, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(labelText(&window, "fitValue"), QStringLiteral("45"));
    QCOMPARE(child<ui::RiskChips>(&window, "risksValue")->text(),
             QStringLiteral("Under-depth, Under-breadth, Over-specialization"));
    QCOMPARE(child<QLabel>(&window, "fitValue")->accessibleName(),
             QStringLiteral("Fit 45 out of 100"));

    const QModelIndex fraudG =
        findCandidate(tree, QStringLiteral("Fraud scoring pipeline"), QStringLiteral("Gus Green"));
    tree->selectionModel()->setCurrentIndex(fraudG, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(labelText(&window, "fitValue"), QStringLiteral("40"));
    QCOMPARE(labelText(&window, "breadthValue"), QStringLiteral("8.75"));
    QCOMPARE(labelText(&window, "archetypeValue"), QStringLiteral("Generalist"));
    QCOMPARE(child<ui::RiskChips>(&window, "risksValue")->text(), QStringLiteral("Under-depth"));
}

void TestMainWindow::filterKeepsRolesOfMatchingCandidates()
{
    Database db;
    QVERIFY(db.store);
    fillWorkedExamples(*db.store);
    ui::MainWindow window(*db.store, db.path);
    auto *tree = child<QTreeView>(&window, "sidebarTree");
    auto *filter = child<QLineEdit>(&window, "sidebarFilter");
    QVERIFY(filter);
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter candidates… (Ctrl+F)"));
    QVERIFY(filter->isClearButtonEnabled());
    const QAbstractItemModel *m = tree->model();

    // A name: both roles stay, each with its one matching candidate.
    QTest::keyClicks(filter, QStringLiteral("kim"));
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->rowCount(m->index(0, 0)), 1);
    QCOMPARE(m->rowCount(m->index(1, 0)), 1);
    QVERIFY(tree->isExpanded(m->index(0, 0)));
    QCOMPARE(m->index(0, 0, m->index(0, 0)).data().toString(), QStringLiteral("Kim Keller"));
    // Search as you type: the page shows the first match.
    QCOMPARE(labelText(&window, "candidateName"), QStringLiteral("Kim Keller"));
    QVERIFY(labelText(&window, "statusCounts").contains(QStringLiteral("2 shown")));

    // An e-mail address matches too; case does not matter.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("GUS@"));
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->index(0, 0, m->index(0, 0)).data().toString(), QStringLiteral("Gus Green"));

    // A role title keeps the role with all of its candidates.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("fraud"));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->rowCount(m->index(0, 0)), 2);

    // Nothing matches: no rows, and the sidebar says so.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(!child<QLabel>(&window, "sidebarNoMatch")->isHidden());

    filter->clear();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->rowCount(m->index(0, 0)) + m->rowCount(m->index(1, 0)), 4);
    QVERIFY(child<QLabel>(&window, "sidebarNoMatch")->isHidden());
}

void TestMainWindow::goActionsWalkTheCandidates()
{
    auto db = demoDatabase();
    QVERIFY(db);
    ui::MainWindow window(*db->store, db->path);
    auto *tree = child<QTreeView>(&window, "sidebarTree");

    // The first candidate is selected on start.
    const QModelIndex first = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), first);
    QCOMPARE(labelText(&window, "candidateName"), first.data().toString());

    triggerAction(window, "actionNextCandidate");
    const QString second = tree->model()->index(1, 0, tree->model()->index(0, 0)).data().toString();
    QCOMPARE(labelText(&window, "candidateName"), second);
    triggerAction(window, "actionPreviousCandidate");
    QCOMPARE(labelText(&window, "candidateName"), first.data().toString());
    // Previous from the first wraps to the last candidate of the last role.
    triggerAction(window, "actionPreviousCandidate");
    const QModelIndex lastRole = tree->model()->index(tree->model()->rowCount() - 1, 0);
    QCOMPARE(labelText(&window, "candidateName"),
             tree->model()->index(tree->model()->rowCount(lastRole) - 1, 0, lastRole).data()
                 .toString());

    // Selecting a role row shows the role, not a stale candidate.
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QVERIFY(!child<ui::CandidatePage>(&window, "candidatePage")->isShowingCandidate());
    QCOMPARE(tree->model()->index(0, 0).data().toString(),
             child<ui::EmptyState>(&window, "emptyState")->title() + QStringLiteral(" (4)"));

    // Keyboard: Down from the role row goes to its first candidate.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(labelText(&window, "candidateName"), first.data().toString());

    // Refresh keeps the selection.
    triggerAction(window, "actionNextCandidate");
    triggerAction(window, "actionRefresh");
    QCOMPARE(labelText(&window, "candidateName"), second);
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("4 roles · 15 candidates"));
}

void TestMainWindow::filterShortcutFocusesTheField()
{
    auto db = demoDatabase();
    QVERIFY(db);
    ui::MainWindow window(*db->store, db->path);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *filter = child<QLineEdit>(&window, "sidebarFilter");
    child<QTreeView>(&window, "sidebarTree")->setFocus();

    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(filter->hasFocus());
    // Accents are ignored: "sofia" finds Sofía.
    QTest::keyClicks(filter, QStringLiteral("sofia"));
    QCOMPARE(labelText(&window, "candidateName"), QStringLiteral("Sofía Martínez"));
    QTest::keyClick(filter, Qt::Key_Down);
    auto *tree = child<QTreeView>(&window, "sidebarTree");
    QVERIFY(tree->hasFocus());
    // Tab goes on from the list into the page.
    QTest::keyClick(tree, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("explanationView"));

    // The Go shortcuts work from anywhere in the window.
    filter->clear();
    const QString before = labelText(&window, "candidateName");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    QVERIFY(labelText(&window, "candidateName") != before);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(labelText(&window, "candidateName"), before);
}

void TestMainWindow::explanationLinksOpenTheirRegret()
{
    Database db;
    QVERIFY(db.store);
    fillWorkedExamples(*db.store);
    ui::MainWindow window(*db.store, db.path);
    auto *why = child<QTextBrowser>(&window, "explanationView");
    auto *evidence = child<QTreeView>(&window, "evidenceTree");

    // The second regret of the interview, linked from the explanation.
    const QRegularExpression link(QStringLiteral("href=\"(regret:\\d+)\""));
    QStringList links;
    for (auto it = link.globalMatch(why->toHtml()); it.hasNext();)
        links << it.next().captured(1);
    QVERIFY2(links.size() >= 2, qPrintable(why->toHtml()));
    emit why->anchorClicked(QUrl(links.at(1)));
    const QModelIndex current = evidence->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), 1);
    QVERIFY(current.parent().isValid());
    QVERIFY(child<QTextBrowser>(&window, "evidenceDetail")->toPlainText()
                .contains(QStringLiteral("Regret 2")));
}

void TestMainWindow::emptyDatabaseSaysWhatToDo()
{
    Database db;
    QVERIFY(db.store);
    ui::MainWindow window(*db.store, db.path);
    auto *page = child<ui::CandidatePage>(&window, "candidatePage");
    QVERIFY(!page->isShowingCandidate());
    auto *empty = child<ui::EmptyState>(&window, "emptyState");
    QCOMPARE(empty->title(), QStringLiteral("No candidates yet"));
    QVERIFY(empty->body().contains(QStringLiteral("File → Import…")));
    QVERIFY(empty->body().contains(QStringLiteral("hindsight --demo")));
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("0 roles · 0 candidates"));
    QVERIFY(labelText(&window, "statusDatabase").contains(QDir::toNativeSeparators(db.path)));
    QVERIFY(window.windowTitle().contains(QStringLiteral("hindsight.sqlite3")));
    // Nothing to walk through: the Go actions say so by being disabled.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNextCandidate"))->isEnabled());
}

void TestMainWindow::menusHoldOnlyRegistryActions()
{
    auto db = demoDatabase();
    QVERIFY(db);
    ui::MainWindow window(*db->store, db->path);
    const QList<QAction *> registered = window.actions()->actions();

    QSet<QAction *> inMenus;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QVERIFY(!menu->isEmpty());
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(registered.contains(a), qPrintable(a->text()));
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY(a->objectName().startsWith(QStringLiteral("action")));
            inMenus.insert(a);
        }
    }
    QCOMPARE(inMenus.size(), registered.size());

    const QList<std::pair<const char *, QKeySequence>> expected = {
        {"actionImport", QKeySequence(Qt::CTRL | Qt::Key_I)},
        {"actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {"actionFilterCandidates", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {"actionRefresh", QKeySequence(Qt::Key_F5)},
        {"actionNextCandidate", QKeySequence(Qt::ALT | Qt::Key_Down)},
        {"actionPreviousCandidate", QKeySequence(Qt::ALT | Qt::Key_Up)},
    };
    for (const auto &[name, keys] : expected) {
        const QAction *a = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(a, name);
        QVERIFY2(a->shortcuts().contains(keys), name);
        QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)), name);
    }
    for (const char *name : {"actionAbout", "actionKeyboardShortcuts"})
        QVERIFY(window.findChild<QAction *>(QLatin1String(name)));
}

void TestMainWindow::shortcutsDialogListsEveryAction()
{
    auto db = demoDatabase();
    QVERIFY(db);
    ui::MainWindow window(*db->store, db->path);
    window.show();
    triggerAction(window, "actionKeyboardShortcuts");
    ui::ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::ShortcutsDialog *>()) && dialog->isVisible());
    const QAbstractItemModel *m = child<QTableView>(dialog, "shortcutsTable")->model();
    QCOMPARE(m->rowCount(), window.actions()->actions().size());
    bool quitListed = false;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == QStringLiteral("Quit")) {
            quitListed = true;
            QCOMPARE(m->index(r, 1).data().toString(),
                     QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText));
        }
    }
    QVERIFY(quitListed);
    dialog->close();
}

void TestMainWindow::aboutNamesVersionAndLicence()
{
    Database db;
    QVERIFY(db.store);
    ui::MainWindow window(*db.store, db.path);
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    triggerAction(window, "actionAbout");
    QVERIFY(ui::Dialogs::lastMessage().contains(QStringLiteral("0.1.0")));
    QVERIFY(ui::Dialogs::lastMessage().contains(QStringLiteral("GPL-3.0-or-later")));
}

void TestMainWindow::importThroughTheMenu()
{
    Database db;
    QVERIFY(db.store);
    ui::MainWindow window(*db.store, db.path);
    QVERIFY(!child<ui::CandidatePage>(&window, "candidatePage")->isShowingCandidate());

    // Cancelling the file dialog changes nothing.
    ui::Dialogs::setNextFileName(QString());
    triggerAction(window, "actionImport");
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("0 roles · 0 candidates"));

    ui::Dialogs::setNextFileName(DemoFile);
    triggerAction(window, "actionImport");
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("4 roles · 15 candidates"));
    QVERIFY(child<ui::CandidatePage>(&window, "candidatePage")->isShowingCandidate());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("15 candidates")));
}

void TestMainWindow::importFailureNamesThePath()
{
    Database db;
    QVERIFY(db.store);
    ui::MainWindow window(*db.store, db.path);
    QFile bad(db.dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"hindsight","version":1,
        "roles":[{"id":"r1","title":"T","description":"","breadthDemand":5,"domainDemands":{}}],
        "candidates":[{"id":"c1","name":"N","email":"","roleId":"r1","interviews":[
          {"id":"i1","interviewer":"S","startedAt":"2026-11-20T10:00:00Z","submitted":true,
           "regrets":[{"level":"product","depth":7,"layers":[]}],"notes":[]}]}]})");
    bad.close();

    ui::Dialogs::setNextFileName(bad.fileName());
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    triggerAction(window, "actionImport");
    QVERIFY2(ui::Dialogs::lastMessage().contains(
                 QStringLiteral("candidates[0].interviews[0].regrets[0].depth")),
             qPrintable(ui::Dialogs::lastMessage()));
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("0 roles · 0 candidates"));
}

void TestMainWindow::draftsAreMarkedAndNotCounted()
{
    Database db;
    QVERIFY(db.store);
    core::Role role;
    role.title = "Payment backend";
    role.breadthDemand = 7.5;
    role.domainDemands = {{"payments", 1}};
    const core::Id roleId = *db.store->saveRole(role);
    const core::Id id = *db.store->saveCandidate({0, "Dora Draft", "", roleId});
    core::Interview draft = interviewG(id);
    draft.submitted = false;
    QVERIFY(db.store->addInterview(draft));

    // The author sees their own draft, marked as one.
    ui::Settings().setInterviewerName(QString::fromStdString(draft.interviewer));
    {
        ui::MainWindow window(*db.store, db.path);
        QCOMPARE(labelText(&window, "candidateName"), QStringLiteral("Dora Draft"));
        // No submitted interview: no figures rather than misleading zeros.
        QCOMPARE(labelText(&window, "fitValue"), QStringLiteral("–"));
        QVERIFY(labelText(&window, "candidateInterviews").contains(QStringLiteral("1 draft")));
        const QAbstractItemModel *evidence = child<QTreeView>(&window, "evidenceTree")->model();
        QCOMPARE(evidence->rowCount(), 1);
        QVERIFY(evidence->index(0, 0).data().toString().startsWith(QStringLiteral("Draft by")));
        QCOMPARE(evidence->rowCount(evidence->index(0, 0)), 3);
    }
    // Anyone else learns that a draft exists, and nothing of what is in it.
    ui::Settings().setInterviewerName(QStringLiteral("Someone Else"));
    ui::MainWindow window(*db.store, db.path);
    QVERIFY(labelText(&window, "candidateInterviews").contains(QStringLiteral("1 draft")));
    QCOMPARE(child<QTreeView>(&window, "evidenceTree")->model()->rowCount(), 0);
}

void TestMainWindow::committeeBoardFromTheRoleMenu()
{
    Database db;
    QVERIFY(db.store);
    fillWorkedExamples(*db.store);
    ui::MainWindow window(*db.store, db.path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    triggerAction(window, "actionCommitteeBoard");
    const auto boards = window.findChildren<ui::CommitteeBoard *>();
    QCOMPARE(boards.size(), 1);
    QVERIFY(boards.front()->isVisible());
    QCOMPARE(boards.front()->model()->rowCount(), 2);
    // The board opens on the candidate the window showed.
    QVERIFY(boards.front()->selectedCandidate().has_value());
    // Asking again raises the same board instead of opening a second one.
    triggerAction(window, "actionCommitteeBoard");
    QCOMPARE(window.findChildren<ui::CommitteeBoard *>().size(), 1);
}

void TestMainWindow::screenshots()
{
    // Always rendered and saved, so a screen that fails to paint fails the test; kept where
    // HINDSIGHT_SCREENSHOT_DIR says, to be looked at.
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = scratch.path();
    QVERIFY(QDir().mkpath(dir));
    auto db = demoDatabase();
    QVERIFY(db);
    Database empty;
    QVERIFY(empty.store);

    const QPalette original = QApplication::palette();
    const struct { const char *name; QPalette palette; } palettes[] = {
        {"light", original}, {"dark", darkPalette()}};
    for (const auto &[paletteName, palette] : palettes) {
        QApplication::setPalette(palette);
        ui::MainWindow window(*db->store, db->path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = child<QTreeView>(&window, "sidebarTree");
        const struct { const char *role; const char *candidate; const char *tag; } shots[] = {
            {"Payment backend", "Mateus Oliveira", "specialist-in-generalist-role"},
            {"Payment backend", "Lars Eriksen", "with-draft"},
            {"Fraud scoring pipeline", "Kai Lindqvist", "good-match"},
        };
        for (QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
            window.resize(size);
            for (const auto &shot : shots) {
                const QModelIndex index = findCandidate(tree, QString::fromUtf8(shot.role),
                                                        QString::fromUtf8(shot.candidate));
                QVERIFY2(index.isValid(), shot.candidate);
                tree->setCurrentIndex(index);
                QTest::qWait(50);
                const QString file = QStringLiteral("%1/main-%2x%3-%4-%5.png")
                                         .arg(dir).arg(size.width()).arg(size.height())
                                         .arg(QLatin1String(paletteName), QLatin1String(shot.tag));
                QVERIFY(window.grab().save(file));
            }
            auto *charts = child<QTabWidget>(&window, "candidateCharts");
            charts->setCurrentIndex(1);
            QVERIFY(window.grab().save(QStringLiteral("%1/main-%2x%3-%4-domain-chart.png")
                                           .arg(dir).arg(size.width()).arg(size.height())
                                           .arg(QLatin1String(paletteName))));
            charts->setCurrentIndex(0);
        }
        tree->setCurrentIndex(tree->model()->index(1, 0));
        QTest::qWait(50);
        QVERIFY(window.grab().save(QStringLiteral("%1/role-%2.png")
                                       .arg(dir, QLatin1String(paletteName))));

        ui::MainWindow emptyWindow(*empty.store, empty.path);
        emptyWindow.resize(1366, 768);
        emptyWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&emptyWindow));
        QVERIFY(emptyWindow.grab().save(QStringLiteral("%1/empty-%2.png")
                                            .arg(dir, QLatin1String(paletteName))));
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
