// Edit → Preferences… (Ctrl+,): the interviewer's name and e-mail, the time budget and retention
// stored as typed, an empty name or an implausible e-mail refused, the first start's welcome with
// the account's full name, drafts following a rename while submitted interviews keep theirs, and
// settings adopted from where Qt kept them before the organisation was named (issue 14, item 5).

#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/mydrafts/draftlistmodel.h"
#include "ui/mainwindow/actionregistry.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"

#include "tests/common/screenshots.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/useractions.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;

namespace {

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void storesWhatIsTyped();
    void refusesAnEmptyNameAndAnImplausibleEmail();
    void firstStartWelcomesWithTheFullName();
    void renameMovesDraftsOnly();
    void draftsFollowTheEmailAndANewName();
    void menuAndShortcut();
    void legacySettingsAreAdoptedOnce();
    void screenshots();
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationName(QStringLiteral("hindsight-test-preferences"));
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::storesWhatIsTyped()
{
    ui::PreferencesDialog dialog(ui::PreferencesDialog::Purpose::Edit);
    auto *name = test::child<QLineEdit>(&dialog, "preferencesName");
    auto *email = test::child<QLineEdit>(&dialog, "preferencesEmail");
    auto *budget = test::child<QSpinBox>(&dialog, "preferencesTimeBudget");
    auto *retention = test::child<QSpinBox>(&dialog, "preferencesRetention");
    QVERIFY(name && email && budget && retention);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Preferences"));
    QCOMPARE(retention->text(), QStringLiteral("Off"));
    name->setText(QStringLiteral("  Ana Lima "));
    email->setText(QStringLiteral("Ana.Lima@example.org"));
    budget->setValue(60);
    retention->setValue(18);
    QVERIFY(okButton(&dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ui::Settings settings;
    QCOMPARE(settings.interviewerName(), QStringLiteral("Ana Lima"));
    QCOMPARE(settings.interviewerEmail(), QStringLiteral("Ana.Lima@example.org"));
    QVERIFY(settings.interviewerConfirmed());
    QCOMPARE(settings.timeBudgetMinutes(), 60);
    QCOMPARE(settings.retentionMonths(), 18);
    QCOMPARE(settings.language(), QString()); // the system's, until one is chosen

    // A language, by its own name, for the next start; System default forgets it again.
    ui::PreferencesDialog again(ui::PreferencesDialog::Purpose::Edit);
    auto *language = test::child<QComboBox>(&again, "preferencesLanguage");
    QVERIFY(language);
    QVERIFY(!language->accessibleName().isEmpty());
    language->setCurrentIndex(language->findText(QStringLiteral("Dansk")));
    again.accept();
    QCOMPARE(ui::Settings().language(), QStringLiteral("da"));
    ui::PreferencesDialog third(ui::PreferencesDialog::Purpose::Edit);
    language = test::child<QComboBox>(&third, "preferencesLanguage");
    QCOMPARE(language->currentData().toString(), QStringLiteral("da"));
    language->setCurrentIndex(0);
    third.accept();
    QCOMPARE(ui::Settings().language(), QString());

    // Paper: Automatic (naming what it stands for here) until A4 or Letter is chosen.
    QCOMPARE(ui::Settings().paper(), ui::Settings::Paper::Automatic);
    ui::PreferencesDialog fourth(ui::PreferencesDialog::Purpose::Edit);
    auto *paper = test::child<QComboBox>(&fourth, "preferencesPaper");
    QVERIFY(paper);
    QVERIFY(!paper->accessibleName().isEmpty());
    QCOMPARE(paper->currentIndex(), 0);
    QVERIFY2(paper->currentText().startsWith(QStringLiteral("Automatic (")),
             qPrintable(paper->currentText()));
    paper->setCurrentIndex(paper->findText(QStringLiteral("Letter")));
    fourth.accept();
    QCOMPARE(ui::Settings().paper(), ui::Settings::Paper::Letter);
    ui::PreferencesDialog fifth(ui::PreferencesDialog::Purpose::Edit);
    paper = test::child<QComboBox>(&fifth, "preferencesPaper");
    QCOMPARE(paper->currentText(), QStringLiteral("Letter"));
    paper->setCurrentIndex(0);
    fifth.accept();
    QCOMPARE(ui::Settings().paper(), ui::Settings::Paper::Automatic);
}

void TestPreferences::refusesAnEmptyNameAndAnImplausibleEmail()
{
    ui::PreferencesDialog dialog(ui::PreferencesDialog::Purpose::Edit);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = test::child<QLineEdit>(&dialog, "preferencesName");
    auto *email = test::child<QLineEdit>(&dialog, "preferencesEmail");
    auto *problem = test::child<QLabel>(&dialog, "preferencesProblem");
    QVERIFY(name && email && problem);
    QVERIFY(!problem->isVisible());

    name->clear();
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("name")));
    dialog.accept(); // as Enter would: nothing is stored, the dialog stays
    QVERIFY(dialog.isVisible());
    QVERIFY(!ui::Settings().interviewerConfirmed());

    name->setText(QStringLiteral("Ana"));
    for (const char *bad : {"ana", "ana@", "ana@example", "a b@example.org", "a@b@c.org"}) {
        email->setText(QString::fromLatin1(bad));
        QVERIFY2(!okButton(&dialog)->isEnabled(), bad);
        QVERIFY2(!ui::PreferencesDialog::isPlausibleEmail(QString::fromLatin1(bad)), bad);
    }
    email->clear(); // an e-mail is optional
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!problem->isVisible());
}

void TestPreferences::firstStartWelcomesWithTheFullName()
{
    ui::PreferencesDialog dialog(ui::PreferencesDialog::Purpose::FirstStart);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Welcome to Hindsight"));
    auto *name = test::child<QLineEdit>(&dialog, "preferencesName");
    QVERIFY(name);
    QCOMPARE(name->text(), ui::Settings::systemUserFullName());
    QVERIFY(!name->text().isEmpty());
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("&Later"));
    // Later asks again next time; only OK confirms.
    dialog.reject();
    QVERIFY(!ui::Settings().interviewerConfirmed());
}

void TestPreferences::renameMovesDraftsOnly()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::Settings().setInterviewerName(QStringLiteral("Old Name"));
    const core::Id candidate = db.candidateId("Gita Raman");
    QVERIFY(candidate);
    core::Interview draft;
    draft.candidateId = candidate;
    draft.interviewer = "Old Name";
    draft.startedAt = core::TimePoint(std::chrono::milliseconds(1795003600000));
    const auto draftId = db.store().addInterview(draft);
    QVERIFY(draftId);
    core::Interview sealed = draft;
    sealed.startedAt = core::TimePoint(std::chrono::milliseconds(1795000000000));
    sealed.submitted = true; // added sealed, as an import adds it
    const auto sealedId = db.store().addInterview(sealed);
    QVERIFY(sealedId);
    QVERIFY(db.store().interview(*sealedId)->submitted);

    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    test::triggerAction(&window, "actionPreferences");
    ui::PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::PreferencesDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->previousInterviewer().name, std::string("Old Name"));
    test::child<QLineEdit>(dialog, "preferencesName")->setText(QStringLiteral("New Name"));
    dialog->accept();

    QCOMPARE(db.store().interview(*draftId)->interviewer, std::string("New Name"));
    QCOMPARE(db.store().interview(*sealedId)->interviewer, std::string("Old Name"));
    const auto reopened = db.store().openDraft(candidate, "New Name");
    QVERIFY(reopened && *reopened);
    QCOMPARE(**reopened, *draftId);
}

// Ana changes her name and e-mail: her drafts (by her old e-mail, or by name from before she gave
// one) move to both; someone else's of the same name stays; My Drafts counts hers as hers, and
// the interview screen reopens her draft instead of starting another. New interviews record her
// e-mail.
void TestPreferences::draftsFollowTheEmailAndANewName()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    ui::Settings().setInterviewerName(QStringLiteral("Ana"));
    ui::Settings().setInterviewerEmail(QStringLiteral("ana@old.example.org"));
    const core::Id gita = db.candidateId("Gita Raman");
    const core::Id other = db.candidateId("Mateus Oliveira");
    QVERIFY(gita && other);
    const auto add = [&](core::Id candidate, const char *name, const char *email) {
        core::Interview draft;
        draft.candidateId = candidate;
        draft.interviewer = name;
        draft.interviewerEmail = email;
        draft.startedAt = core::TimePoint(std::chrono::milliseconds(1795003600000));
        return *db.store().addInterview(draft);
    };
    const core::Id hers = add(gita, "Ana", "ANA@old.example.org");
    const core::Id before = add(other, "ana", ""); // begun before she gave her e-mail
    const core::Id namesake = add(other, "Ana", "ana@elsewhere.example.org");

    ui::MainWindow window(db.store(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    test::triggerAction(&window, "actionPreferences");
    ui::PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::PreferencesDialog *>()) && dialog->isVisible());
    test::child<QLineEdit>(dialog, "preferencesName")->setText(QStringLiteral("Ana Lima"));
    test::child<QLineEdit>(dialog, "preferencesEmail")->setText(QStringLiteral("ana@new.example.org"));
    dialog->accept();

    const core::Interviewer now{"Ana Lima", "ana@new.example.org"};
    QCOMPARE(ui::Settings().interviewer(), now);
    QCOMPARE(core::Interviewer::of(*db.store().interview(hers)), now);
    QCOMPARE(core::Interviewer::of(*db.store().interview(before)), now);
    QCOMPARE(db.store().interview(namesake)->interviewerEmail,
             std::string("ana@elsewhere.example.org"));

    ui::DraftListModel mine(db.store(), ui::Settings().interviewer());
    QVERIFY(!mine.reload());
    QCOMPARE(mine.rowCount(), 2);
    QVERIFY(mine.rowOf(hers) >= 0 && mine.rowOf(before) >= 0);
    QCOMPARE(mine.rowOf(namesake), -1); // someone else's: among the drafts of other people
    QCOMPARE(mine.hiddenCount(), int(db.store().drafts()->size()) - 2);

    QPointer<ui::InterviewWindow> reopened = ui::InterviewLauncher::openFor(db.store(), db.path(),
                                                                            gita);
    QVERIFY(reopened);
    QCOMPARE(reopened->session()->interviewId(), hers);
    reopened->close();
    QTRY_VERIFY(reopened.isNull()); // deleted on close, after its writer flushed

    const core::Id fresh = db.candidateId("Amara Nwosu");
    QVERIFY(fresh);
    QPointer<ui::InterviewWindow> started = ui::InterviewLauncher::openFor(db.store(), db.path(),
                                                                           fresh);
    QVERIFY(started);
    QCOMPARE(core::Interviewer::of(*db.store().interview(started->session()->interviewId())), now);
    started->close();
    QTRY_VERIFY(started.isNull()); // deleted on close, after its writer flushed
}

void TestPreferences::menuAndShortcut()
{
    test::TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow window(db.store(), db.path());
    QAction *action = window.actions()->action(ui::ActionRegistry::Id::Preferences);
    QVERIFY(action);
    QCOMPARE(action->objectName(), QStringLiteral("actionPreferences"));
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QMenu *edit = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Edit"))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(action));
}

void TestPreferences::legacySettingsAreAdoptedOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString legacy = dir.filePath(QStringLiteral("Unknown Organization/hindsight.conf"));
    {
        ui::Settings old(legacy);
        old.setInterviewerName(QStringLiteral("Ana Lima"));
        old.setRetentionMonths(24);
    }
    const QByteArray before = [&] {
        QFile f(legacy);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());

    const QString current = dir.filePath(QStringLiteral("Hindsight/hindsight.conf"));
    {
        ui::Settings settings(current);
        QVERIFY(settings.adoptLegacy(legacy));
        QCOMPARE(settings.interviewerName(), QStringLiteral("Ana Lima"));
        QCOMPARE(settings.retentionMonths(), 24);
        // Once: settings that exist are never overwritten by the old file.
        settings.setInterviewerName(QStringLiteral("Ana L."));
        QVERIFY(!settings.adoptLegacy(legacy));
        QCOMPARE(settings.interviewerName(), QStringLiteral("Ana L."));
    }
    QFile f(legacy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QVERIFY(!ui::Settings(dir.filePath(QStringLiteral("none.conf")))
                 .adoptLegacy(dir.filePath(QStringLiteral("missing.conf"))));
    QVERIFY(
        ui::Settings::legacyFile().endsWith(QStringLiteral("/Unknown Organization/hindsight.conf")));
}

void TestPreferences::screenshots()
{
    const test::ScreenshotFolder shots;
    for (const auto &[paletteName, palette] : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette);
        for (const auto purpose :
             {ui::PreferencesDialog::Purpose::Edit, ui::PreferencesDialog::Purpose::FirstStart}) {
            ui::PreferencesDialog dialog(purpose);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const bool edit = purpose == ui::PreferencesDialog::Purpose::Edit;
            const QString kind = edit ? QStringLiteral("preferences") : QStringLiteral("welcome");
            QVERIFY(shots.save(&dialog, QStringLiteral("%1-%2.png").arg(kind, paletteName)));
            // The refusal, as a user sees it: the whole sentence, under the field.
            if (edit) {
                test::child<QLineEdit>(&dialog, "preferencesEmail")->setText(QStringLiteral("ana@"));
                QVERIFY(shots.save(&dialog,
                                   QStringLiteral("preferences-refused-%1.png").arg(paletteName)));
            }
        }
    }
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
