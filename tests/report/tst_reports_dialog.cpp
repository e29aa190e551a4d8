// The export dialog and the menus that open it, on the demo data: each kind written to the file
// the user chose, only what is selected offered, the print preview, File → Export and Print.
// Set HINDSIGHT_SCREENSHOT_DIR to keep a screenshot of the dialog, the preview and the menu.

#include "ui/board/committeeboard.h"
#include "ui/common/dialogs.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/exportdialog.h"

#include "tests/common/darkpalette.h"
#include "tests/common/nextdialog.h"
#include "tests/common/screenshots.h"
#include "tests/common/testfiles.h"
#include "tests/report/pdfreader.h"
#include "tests/report/reportfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;
using namespace hindsight::test;

class TestReportDialog : public QObject, protected test::ReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportDialogWritesEachKind();
    void exportDialogOffersOnlyWhatIsSelected();
    void printPreviewShowsThePages();
    void menusOfferExportAndPrint();
};

void TestReportDialog::initTestCase()
{
    checkReady();
}

void TestReportDialog::exportDialogWritesEachKind()
{
    const core::Id role = roleId("Payment backend");
    const core::Id candidate = candidateId("Amara Nwosu");
    ui::ExportDialog dialog(m_db.store(), role, candidate, ui::ExportDialog::Purpose::Export);
    QCOMPARE(dialog.kind(), ui::ExportDialog::Kind::CandidateSummary);

    const QString summary = m_out.filePath(QStringLiteral("dialog-summary.pdf"));
    ui::Dialogs::setNextFileName(summary);
    QVERIFY(dialog.exportToFile());
    QVERIFY(pdfText(summary).contains(u"Amara Nwosu"));

    dialog.setKind(ui::ExportDialog::Kind::CommitteePack);
    dialog.setBlind(true);
    const QString pack = m_out.filePath(QStringLiteral("dialog-pack.pdf"));
    ui::Dialogs::setNextFileName(pack);
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    QVERIFY(dialog.exportToFile());
    QCOMPARE(exported.size(), 1);
    const QString packText = pdfText(pack);
    QVERIFY(packText.contains(u"Candidate A"));
    QVERIFY(!packText.contains(u"Amara"));

    dialog.setKind(ui::ExportDialog::Kind::InterviewKit);
    const QString kit = m_out.filePath(QStringLiteral("dialog-kit.pdf"));
    ui::Dialogs::setNextFileName(kit);
    QVERIFY(dialog.exportToFile());
    QVERIFY(pdfText(kit).contains(u"Interview kit"));

    dialog.setKind(ui::ExportDialog::Kind::RoleData);
    const QString json = m_out.filePath(QStringLiteral("dialog-role.json"));
    ui::Dialogs::setNextFileName(json);
    QVERIFY(dialog.exportToFile());
    const QJsonDocument doc = QJsonDocument::fromJson(test::readAll(json));
    QCOMPARE(doc[u"roles"_s].toArray().size(), 1);
    QCOMPARE(doc[u"candidates"_s].toArray().size(), 4 + 0);

    // Cancel writes nothing; a folder that is not there is named in the message.
    ui::Dialogs::setNextFileName(QString());
    QVERIFY(!dialog.exportToFile());
    const QString nowhere = m_out.filePath(QStringLiteral("missing/dialog.json"));
    ui::Dialogs::setNextFileName(nowhere);
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.exportToFile());
    QVERIFY2(ui::Dialogs::lastMessage().contains(u"missing"),
             qPrintable(ui::Dialogs::lastMessage()));
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestReportDialog::exportDialogOffersOnlyWhatIsSelected()
{
    ui::ExportDialog nothing(m_db.store(), std::nullopt, std::nullopt,
                             ui::ExportDialog::Purpose::Print);
    QVERIFY(!nothing.isAvailable(ui::ExportDialog::Kind::CandidateSummary));
    QVERIFY(!nothing.isAvailable(ui::ExportDialog::Kind::CommitteePack));
    QCOMPARE(nothing.kind(), ui::ExportDialog::Kind::AllData);
    // Data cannot be printed.
    auto *print = nothing.findChild<QPushButton *>(QStringLiteral("printButton"));
    QVERIFY(print);
    QVERIFY(!print->isEnabled());
    QVERIFY(print->isDefault());

    ui::ExportDialog role(m_db.store(), roleId("Payment backend"), std::nullopt,
                          ui::ExportDialog::Purpose::Export);
    QCOMPARE(role.kind(), ui::ExportDialog::Kind::CommitteePack);
    auto *blind = role.findChild<QCheckBox *>(QStringLiteral("blindCheck"));
    QVERIFY(blind && blind->isEnabled());
    role.setKind(ui::ExportDialog::Kind::InterviewKit);
    QVERIFY(!blind->isEnabled());
}

void TestReportDialog::printPreviewShowsThePages()
{
    ui::ExportDialog dialog(m_db.store(), roleId("Payment backend"), candidateId("Lars Eriksen"),
                            ui::ExportDialog::Purpose::Print);
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(m_shots.save(&dialog, QStringLiteral("export-dialog.png")));
    {
        const test::ScopedPalette darkened(test::darkPalette());
        ui::ExportDialog dark(m_db.store(), roleId("Payment backend"), std::nullopt,
                              ui::ExportDialog::Purpose::Export);
        dark.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dark));
        QVERIFY(m_shots.save(&dark, QStringLiteral("export-dialog-dark.png")));
    }

    // The preview runs its own event loop; it is answered from inside it, as a user would.
    bool previewed = false;
    const auto preview = test::NextDialog::of<QPrintPreviewDialog>([&](QPrintPreviewDialog *shown) {
        previewed = dialog.findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview")) == shown
                    && QTest::qWaitForWindowExposed(shown);
        QTest::qWait(200);
        m_shots.save(shown, QStringLiteral("print-preview.png"));
        shown->reject();
    });
    dialog.printPreview(); // opens the preview (open(), not exec()) and returns at once
    QTRY_VERIFY(preview->answered());
    QVERIFY(previewed);
}

void TestReportDialog::menusOfferExportAndPrint()
{
    ui::MainWindow window(m_db.store(), m_db.path());
    QMenu *file = window.menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file);
    QAction *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
    QAction *printAction = window.findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(exportAction && printAction);
    QVERIFY(file->actions().contains(exportAction));
    QVERIFY(file->actions().contains(printAction));
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(printAction->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(exportAction->toolTip().contains(
        exportAction->shortcut().toString(QKeySequence::NativeText)));
    // What the user sees of them: the File menu, open.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    file->popup(window.mapToGlobal(QPoint(10, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QVERIFY(m_shots.save(file, QStringLiteral("file-menu.png")));
    file->close();

    ui::CommitteeBoard board(m_db.store(), roleId("Payment backend"));
    QAction *pack = board.findChild<QAction *>(QStringLiteral("actionCommitteePack"));
    QVERIFY(pack);
    QCOMPARE(pack->shortcut(), QKeySequence(QKeySequence::Print));
}

QTEST_MAIN(TestReportDialog)
#include "tst_reports_dialog.moc"
