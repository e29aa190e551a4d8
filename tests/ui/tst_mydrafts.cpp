// Interview → My Drafts on a temporary database, driven from the keyboard: the interviewer's own
// drafts (others' only when asked), Enter reopens, Delete discards after a confirmation that names
// the draft (cancelling keeps it), the list and the "drafts outstanding" counts follow a draft
// added or discarded elsewhere; screenshots with drafts and without.

#include "ui/board/committeeboard.h"
#include "ui/common/columnsdialog.h"
#include "ui/common/dialogs.h"
#include "ui/common/settings.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/mydrafts/draftlistmodel.h"
#include "ui/interview/mydrafts/mydraftsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/sidebar.h"

#include "core/storage/sqlite/statement.h"

#include "tests/common/modeltester.h"
#include "tests/common/nextdialog.h"
#include "tests/common/screenshots.h"
#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"
#include "tests/ui/mainwindowsteps.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <chrono>

using namespace hindsight;
using namespace std::chrono_literals;
using test::child;
using test::focused;
using test::press;

namespace {

const std::string OldName = "Rui (old laptop name)";

// A draft with one regret, `notes` notes linked to it and a probe ticked for it, begun
// `minutesAgo` minutes ago.
core::Id addDraft(core::Store &store, core::Id candidate, const std::string &interviewer, int notes,
                  int minutesAgo)
{
    core::Interview i;
    i.candidateId = candidate;
    i.interviewer = interviewer;
    i.startedAt = std::chrono::floor<std::chrono::milliseconds>(core::Clock::now())
                  - std::chrono::minutes(minutesAgo);
    core::Regret r;
    r.id = 1;
    r.decision = "Sharded the ledger too early";
    r.level = core::Regret::Level::Domain;
    r.domain = "payments";
    r.depth = 3;
    i.regrets = {r};
    for (int n = 0; n < notes; ++n) {
        core::Note note;
        note.atMs = 60000 * n;
        note.stage = "decision";
        note.text = "note " + std::to_string(n + 1);
        note.regretId = 1;
        i.notes.push_back(note);
    }
    i.probeTicks = {{"decision.context", 1, i.startedAt}};
    const auto id = store.addInterview(i);
    return id ? *id : 0;
}

// Rows of an interview in every table a draft writes to.
std::int64_t rowsOf(core::SqliteStore &store, core::Id id)
{
    core::Statement s = store.database().prepare(
        "SELECT (SELECT count(*) FROM interviews WHERE id = ?1) + (SELECT count(*) FROM regrets "
        "WHERE interview_id = ?1) + (SELECT count(*) FROM notes WHERE interview_id = ?1) + "
        "(SELECT count(*) FROM probe_ticks WHERE interview_id = ?1)");
    s.bind(1, id);
    return s.step() == core::Statement::StepResult::Row ? s.columnInt64(0) : -1;
}

// Opens My Drafts from the main window's menu, as a user does, and waits until it has the focus.
ui::MyDraftsDialog *openMyDrafts(ui::MainWindow &window)
{
    test::triggerAction(&window, "actionMyDrafts");
    // Active as QApplication has it (qWaitForWindowActive may return before, on offscreen).
    ui::MyDraftsDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = window.findChild<ui::MyDraftsDialog *>();
            return dialog && dialog->isActiveWindow();
        }))
        return nullptr;
    test::testModel(dialog->model());
    return dialog;
}

QStringList candidates(const ui::MyDraftsDialog *dialog)
{
    return test::columnTexts(*dialog->model(), ui::DraftListModel::CandidateColumn);
}

} // namespace

class TestMyDrafts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOwnDraftsAndOthersOnlyWhenAsked();
    void enterReopensTheDraft();
    void deleteDiscardsAfterConfirmation();
    void followsDraftsWrittenElsewhere();
    void outstandingCountsFollowADiscard();
    void columnsFromTheKeyboard();
    void screenshots();
};

void TestMyDrafts::initTestCase()
{
    test::prepareInterviewTests(this);
}

void TestMyDrafts::listsOwnDraftsAndOthersOnlyWhenAsked()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const std::string me = test::interviewer().toStdString();
    QVERIFY(addDraft(db.store(), db.candidate(), me, 2, 30));
    QVERIFY(addDraft(db.store(), db.candidate(), OldName, 4, 60 * 24 * 9));
    core::Interview submitted;
    submitted.candidateId = db.candidate();
    submitted.interviewer = me;
    submitted.submitted = true;
    QVERIFY(db.store().addInterview(submitted));

    ui::MainWindow window(db.store(), db.path());
    window.show();
    ui::MyDraftsDialog *dialog = openMyDrafts(window);
    QVERIFY(dialog);
    // Only the interviewer's own draft; the submitted interview is no draft.
    QCOMPARE(candidates(dialog), QStringList{QStringLiteral("Noor Haddad")});
    const QAbstractItemModel *m = dialog->model();
    QCOMPARE(m->index(0, ui::DraftListModel::NotesColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(m->index(0, ui::DraftListModel::RoleColumn).data().toString(),
             QStringLiteral("Payment backend"));
    QCOMPARE(m->index(0, ui::DraftListModel::KindColumn).data().toString(),
             QStringLiteral("Interview"));
    auto *table = child<QTableView>(dialog, "myDraftsTable");
    QCOMPARE(focused(), table);
    QVERIFY(table->isColumnHidden(ui::DraftListModel::InterviewerColumn));
    QVERIFY(child<QPushButton>(dialog, "reopenDraft")->isEnabled());
    QVERIFY(!table->accessibleName().isEmpty());

    // The old name's draft shows with the checkbox, set apart, and cannot be reopened.
    auto *others = child<QCheckBox>(dialog, "showOtherNames");
    others->setFocus();
    press(Qt::Key_Space);
    QVERIFY(others->isChecked());
    QCOMPARE(m->rowCount(), 2);
    QVERIFY(!table->isColumnHidden(ui::DraftListModel::InterviewerColumn));
    const int oldRow = dialog->model()->isMine(0) ? 1 : 0;
    QCOMPARE(m->index(oldRow, ui::DraftListModel::InterviewerColumn).data().toString(),
             QString::fromStdString(OldName));
    QVERIFY(!m->index(oldRow, 0).data(ui::DraftListModel::MineRole).toBool());
    table->selectRow(oldRow);
    QVERIFY(!child<QPushButton>(dialog, "reopenDraft")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "discardDraft")->isEnabled());
    QVERIFY(test::labelText(dialog, "draftRowInfo").contains(QString::fromStdString(OldName)));
    dialog->reopenSelected(); // does nothing for someone else's draft
    QVERIFY(dialog->isVisible());

    press(Qt::Key_Space); // the checkbox still has the focus
    QCOMPARE(candidates(dialog), QStringList{QStringLiteral("Noor Haddad")});
    QVERIFY(dialog->model()->isMine(0));
    dialog->close();
}

void TestMyDrafts::enterReopensTheDraft()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id older = addDraft(db.store(), db.candidate(), test::interviewer().toStdString(),
                                    1, 120);
    QVERIFY(older);
    ui::MainWindow window(db.store(), db.path());
    window.show();
    ui::MyDraftsDialog *dialog = openMyDrafts(window);
    QVERIFY(dialog);
    QPointer<ui::MyDraftsDialog> guard(dialog);
    press(Qt::Key_Return);
    QPointer<ui::InterviewWindow> interview;
    QTRY_VERIFY((interview = ui::InterviewLauncher::openWindow(older)));
    QTRY_VERIFY(guard.isNull()); // closed and deleted
    QCOMPARE(interview->session()->interviewId(), older);
    QVERIFY(QTest::qWaitForWindowActive(interview));
    test::closeAndWait(interview);
}

void TestMyDrafts::deleteDiscardsAfterConfirmation()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const std::string me = test::interviewer().toStdString();
    const core::Id draft = addDraft(db.store(), db.candidate(), me, 3, 45);
    QVERIFY(draft);
    QCOMPARE(rowsOf(db.store(), draft), 1 + 1 + 3 + 1);

    ui::MainWindow window(db.store(), db.path());
    window.show();
    ui::MyDraftsDialog *dialog = openMyDrafts(window);
    QVERIFY(dialog);

    // Cancelled: nothing goes. The question named the candidate, the start and the notes.
    ui::Dialogs::setNextAnswer(QMessageBox::Cancel);
    press(Qt::Key_Delete);
    const QString asked = ui::Dialogs::lastMessage();
    QVERIFY2(asked.contains(QStringLiteral("Noor Haddad")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("3 notes")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("started ")), qPrintable(asked));
    QCOMPARE(rowsOf(db.store(), draft), 6);
    QCOMPARE(dialog->model()->rowCount(), 1);

    // Confirmed: the draft and everything in it, in one go; the list says there are none left.
    ui::Dialogs::setNextAnswer(QMessageBox::Discard);
    press(Qt::Key_Delete);
    QCOMPARE(rowsOf(db.store(), draft), 0);
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(dialog, "myDraftsEmpty")->isVisible());
    QVERIFY(test::labelText(dialog, "myDraftsEmpty").startsWith(QStringLiteral("No drafts")));
    QVERIFY(test::labelText(dialog, "draftRowInfo").contains(QStringLiteral("Discarded")));
    QVERIFY(!child<QPushButton>(dialog, "discardDraft")->isEnabled());
    QCOMPARE(focused(), child<QCheckBox>(dialog, "showOtherNames"));

    // Someone else's draft may be discarded too, and the empty list said it was there.
    const core::Id old = addDraft(db.store(), db.candidate(), OldName, 1, 600);
    QVERIFY(old);
    QTRY_VERIFY(test::labelText(dialog, "myDraftsEmpty").contains(QStringLiteral("1 draft under")));
    press(Qt::Key_Space);
    QCOMPARE(dialog->model()->rowCount(), 1);
    ui::Dialogs::setNextAnswer(QMessageBox::Discard);
    dialog->discardSelected();
    QVERIFY(ui::Dialogs::lastMessage().contains(QString::fromStdString(OldName)));
    QCOMPARE(rowsOf(db.store(), old), 0);
    dialog->close();
}

void TestMyDrafts::followsDraftsWrittenElsewhere()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const std::string me = test::interviewer().toStdString();
    QVERIFY(addDraft(db.store(), db.candidate(), me, 1, 90));
    ui::MainWindow window(db.store(), db.path());
    window.show();
    ui::MyDraftsDialog *dialog = openMyDrafts(window);
    QVERIFY(dialog);
    const QModelIndex kept = dialog->model()->index(0, 0);
    QPersistentModelIndex selected(kept);

    // Another Hindsight on the same file begins a draft, writes to it, then discards it.
    const std::unique_ptr<core::SqliteStore> other = db.reader();
    QVERIFY(other);
    const core::Id id = addDraft(*other, db.candidate(), me, 0, 0);
    QVERIFY(id);
    QTRY_COMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(dialog->model()->rowOf(id), 0); // the most recently written first
    core::Note note;
    note.interviewId = id;
    note.text = "written elsewhere";
    QVERIFY(other->saveNote(note));
    QTRY_COMPARE(dialog->model()->index(0, ui::DraftListModel::NotesColumn).data().toString(),
                 QStringLiteral("1"));
    QVERIFY(!other->discardDraft(id));
    QTRY_COMPARE(dialog->model()->rowCount(), 1);
    // The row that stayed kept its selection: rows change in place.
    QVERIFY(selected.isValid());
    QVERIFY(child<QTableView>(dialog, "myDraftsTable")->selectionModel()->isRowSelected(0));
    dialog->close();
}

void TestMyDrafts::outstandingCountsFollowADiscard()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    const core::Id draft = addDraft(db.store(), db.candidate(), OldName, 2, 60 * 24 * 30);
    QVERIFY(draft);
    ui::MainWindow window(db.store(), db.path());
    window.show();
    auto *tree = child<QTreeView>(&window, "sidebarTree");
    tree->setCurrentIndex(test::findCandidate(tree, QStringLiteral("Payment backend"),
                                              QStringLiteral("Noor Haddad")));
    QTRY_VERIFY(test::labelText(&window, "candidateInterviews").contains(QStringLiteral("1 draft")));
    ui::CommitteeBoard board(db.store(), test::roleIdByTitle(db.store(), "Payment backend"));
    QVERIFY(test::labelText(&board, "boardSubtitle").contains(QStringLiteral("1 draft outstanding")));

    ui::MyDraftsDialog *dialog = openMyDrafts(window);
    QVERIFY(dialog);
    QVERIFY(test::labelText(dialog, "myDraftsEmpty").contains(QStringLiteral("1 draft under")));
    dialog->model()->setShowOthers(true);
    ui::Dialogs::setNextAnswer(QMessageBox::Discard);
    dialog->discardSelected();
    QCOMPARE(rowsOf(db.store(), draft), 0);
    // The candidate page and the board follow the store: no abandoned draft counted forever.
    QTRY_VERIFY(!test::labelText(&window, "candidateInterviews").contains(QStringLiteral("draft")));
    QTRY_VERIFY(!test::labelText(&board, "boardSubtitle").contains(QStringLiteral("draft")));
    dialog->close();
}

// The header's menu needs a mouse; Ctrl+Shift+C and the Columns… button give the same choice.
void TestMyDrafts::columnsFromTheKeyboard()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(addDraft(db.store(), db.candidate(), test::interviewer().toStdString(), 1, 30));
    ui::MainWindow window(db.store(), db.path());
    window.show();
    ui::MyDraftsDialog *dialog = openMyDrafts(window);
    QVERIFY(dialog);
    QPushButton *button = nullptr;
    for (auto *b : dialog->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Columns")))
            button = b;
    QVERIFY(button);
    const QString key = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)
                            .toString(QKeySequence::NativeText);
    QVERIFY2(button->toolTip().contains(key), qPrintable(button->toolTip()));

    int columnsListed = 0;
    auto chooser = test::NextDialog::of<ui::ColumnsDialog>([&](ui::ColumnsDialog *d) {
        columnsListed = d->findChild<QListWidget *>() ? d->findChild<QListWidget *>()->count() : 0;
        d->reject();
    });
    press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(chooser->answered());
    // Every column but the candidate's, which always stays.
    QCOMPARE(columnsListed, dialog->model()->columnCount() - 1);
    dialog->close();
}

void TestMyDrafts::screenshots()
{
    const test::ScreenshotFolder shots;
    QVERIFY(shots.isValid());
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        test::TemporaryDatabase demo(test::TemporaryDatabase::Demo);
        QVERIFY2(demo, qPrintable(demo.error()));
        const std::string me = test::interviewer().toStdString();
        int minutes = 20;
        for (const char *name : {"Gita Raman", "Chen Wei", "Lena Fischer"}) {
            const core::Id candidate = demo.candidateId(name);
            QVERIFY2(candidate, name);
            QVERIFY(addDraft(demo.store(), candidate, me, minutes / 10, minutes));
            minutes *= 7;
        }
        const core::Id someone = demo.store().candidates()->front().id;
        QVERIFY(addDraft(demo.store(), someone, OldName, 5, 60 * 24 * 12));

        ui::MainWindow window(demo.store(), demo.path());
        window.show();
        ui::MyDraftsDialog *dialog = openMyDrafts(window);
        QVERIFY(dialog);
        QVERIFY(dialog->model()->rowCount() > 0);
        child<QCheckBox>(dialog, "showOtherNames")->setChecked(true);
        const int old = dialog->model()->isMine(0) ? dialog->model()->rowCount() - 1 : 0;
        child<QTableView>(dialog, "myDraftsTable")->selectRow(old);
        QTest::qWait(50);
        QVERIFY(shots.save(dialog, QStringLiteral("mydrafts-%1.png").arg(paletteName)));
        dialog->close();

        test::InterviewDatabase empty;
        QVERIFY2(empty, qPrintable(empty.error()));
        QVERIFY(addDraft(empty.store(), empty.candidate(), OldName, 1, 60 * 24 * 3));
        ui::MainWindow emptyWindow(empty.store(), empty.path());
        emptyWindow.show();
        dialog = openMyDrafts(emptyWindow);
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "myDraftsEmpty")->isVisible());
        QVERIFY(shots.save(dialog, QStringLiteral("mydrafts-empty-%1.png").arg(paletteName)));
        dialog->close();
    }
}

QTEST_MAIN(TestMyDrafts)
#include "tst_mydrafts.moc"
