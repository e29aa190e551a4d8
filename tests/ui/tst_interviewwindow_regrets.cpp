// Several regrets in the live interview, by key events only: the field keys (Alt+D …) reach the
// current regret and nothing else, Tab never walks into a folded card, a click or Ctrl+Up/Down
// makes a regret current and says so, Esc goes back to the notes, Ctrl+Q quits.

#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"
#include "ui/interview/regrets/regretcard.h"
#include "ui/mainwindow/mainwindow.h"

#include "tests/common/useractions.h"
#include "tests/ui/interviewsteps.h"

#include <QAction>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace hindsight;
using Level = core::Regret::Level;
using test::card;
using test::cardOf;
using test::closeAndWait;
using test::focused;
using test::note;
using test::press;
using test::startInterview;
using test::statusText;
using test::type;

namespace {

QString focusedName()
{
    return focused() ? focused()->objectName() : QString();
}

// The regret whose card has the keyboard focus, or -1.
int focusedRegret(ui::InterviewWindow *w)
{
    const ui::RegretCard *c = cardOf(focused());
    for (int i = 0; c && i < w->session()->regretCount(); ++i) {
        if (card(w, i) == c)
            return i;
    }
    return -1;
}

} // namespace

class TestInterviewWindowRegrets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoRegretsByKeysOnly();
    void fieldKeysReachOnlyTheCurrentRegret();
    void tabStaysInTheCurrentCard();
    void clickOrCtrlDownMakesARegretCurrent();
    void shortcutsAreUniqueAndNamed_data();
    void shortcutsAreUniqueAndNamed();
    void ctrlQQuitsAndKeepsTheDraft();
};

void TestInterviewWindowRegrets::initTestCase()
{
    test::prepareInterviewTests(this);
}

// The reported failure: after Ctrl+R, Alt+D went into regret 1 and the keys meant for regret 2
// rewrote it.
void TestInterviewWindowRegrets::twoRegretsByKeysOnly()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    ui::InterviewSession *s = w->session();

    note(QStringLiteral("Payments platform, about 200 orders a day"));
    press(Qt::Key_Right, Qt::ControlModifier); // decision stage
    press(Qt::Key_D, Qt::AltModifier);
    QCOMPARE(focusedName(), QStringLiteral("regretDecision"));
    QCOMPARE(focusedRegret(w), 0);
    type(QStringLiteral("first"));
    press(Qt::Key_Escape);
    QCOMPARE(focusedName(), QStringLiteral("noteEditor"));
    press(Qt::Key_2, Qt::ControlModifier); // domain-specific
    press(Qt::Key_D, Qt::ControlModifier);
    type(QStringLiteral("stream"));
    press(Qt::Key_Return);
    QTRY_COMPARE(focusedName(), QStringLiteral("noteEditor"));
    press(Qt::Key_4, Qt::AltModifier);
    press(Qt::Key_1, Qt::AltModifier | Qt::ShiftModifier); // databases
    press(Qt::Key_2, Qt::AltModifier | Qt::ShiftModifier); // apis
    const core::Regret first = s->regret(0);

    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(s->currentRegret(), 1);
    QCOMPARE(focusedName(), QStringLiteral("noteEditor"));
    press(Qt::Key_D, Qt::AltModifier);
    QCOMPARE(focusedName(), QStringLiteral("regretDecision"));
    QCOMPARE(focusedRegret(w), 1);
    type(QStringLiteral("second"));
    press(Qt::Key_L, Qt::AltModifier);
    QCOMPARE(focusedName(), QStringLiteral("regretLevel"));
    QCOMPARE(focusedRegret(w), 1);
    press(Qt::Key_Down); // the first level: product-level
    press(Qt::Key_M, Qt::AltModifier);
    QCOMPARE(focusedName(), QStringLiteral("regretDomain"));
    QCOMPARE(focusedRegret(w), 1);
    type(QStringLiteral("pay"));
    press(Qt::Key_Return); // back to the notes
    QTRY_COMPARE(focusedName(), QStringLiteral("noteEditor"));
    press(Qt::Key_P, Qt::AltModifier);
    QCOMPARE(focusedName(), QStringLiteral("regretDepth"));
    QCOMPARE(focusedRegret(w), 1);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Down);                               // 0, 1, 2
    press(Qt::Key_3, Qt::AltModifier | Qt::ShiftModifier); // caching, from inside the card
    press(Qt::Key_Escape);
    QCOMPARE(focusedName(), QStringLiteral("noteEditor"));
    QCOMPARE(s->currentRegret(), 1);
    QCOMPARE(s->regret(0), first);

    QVERIFY(w->writer()->waitUntilSaved());
    auto stored = db.reader()->interview(s->interviewId());
    QVERIFY(stored);
    QCOMPARE(stored->regrets.size(), std::size_t(2));
    const core::Regret &one = stored->regrets[0];
    QCOMPARE(one.decision, std::string("first"));
    QCOMPARE(one.level, Level::Domain);
    QCOMPARE(one.domain, std::string("streaming"));
    QCOMPARE(one.depth, 4);
    QCOMPARE(one.layers, (std::set<std::string>{"databases", "apis"}));
    const core::Regret &two = stored->regrets[1];
    QCOMPARE(two.decision, std::string("second"));
    QVERIFY(two.levelChosen);
    QCOMPARE(two.level, Level::Product);
    QCOMPARE(two.domain, std::string("payments"));
    QVERIFY(two.depthChosen);
    QCOMPARE(two.depth, 2);
    QCOMPARE(two.layers, (std::set<std::string>{"caching"}));
    closeAndWait(w);
}

void TestInterviewWindowRegrets::fieldKeysReachOnlyTheCurrentRegret()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    press(Qt::Key_R, Qt::ControlModifier);
    press(Qt::Key_R, Qt::ControlModifier);
    press(Qt::Key_Up, Qt::ControlModifier); // regret 2 of 3
    QCOMPARE(w->session()->currentRegret(), 1);
    QVERIFY(statusText(w).contains(QStringLiteral("Regret 2 of 3")));

    const QList<std::pair<Qt::Key, const char *>> keys = {
        {Qt::Key_Y, "regretSystem"},  {Qt::Key_D, "regretDecision"}, {Qt::Key_W, "regretWhy"},
        {Qt::Key_N, "regretInstead"}, {Qt::Key_C, "regretImpact"},   {Qt::Key_L, "regretLevel"},
        {Qt::Key_M, "regretDomain"},  {Qt::Key_P, "regretDepth"},
    };
    for (const auto &[key, name] : keys) {
        press(key, Qt::AltModifier);
        QCOMPARE(focusedName(), QLatin1String(name));
        QCOMPARE(focusedRegret(w), 1);
        press(Qt::Key_Escape);
        QCOMPARE(focusedName(), QStringLiteral("noteEditor"));
        QCOMPARE(w->session()->currentRegret(), 1);
    }
    // Esc keeps what was typed: it is in the session already.
    press(Qt::Key_W, Qt::AltModifier);
    type(QStringLiteral("an outage"));
    press(Qt::Key_Escape);
    QCOMPARE(focusedName(), QStringLiteral("noteEditor"));
    QCOMPARE(w->session()->regret(1).why, std::string("an outage"));
    QVERIFY(w->session()->regret(0).why.empty());
    closeAndWait(w);
}

void TestInterviewWindowRegrets::tabStaysInTheCurrentCard()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    press(Qt::Key_R, Qt::ControlModifier);
    press(Qt::Key_R, Qt::ControlModifier);
    press(Qt::Key_Up, Qt::ControlModifier);
    for (int i : {0, 2}) {
        QVERIFY(!card(w, i)->isCurrent());
        QCOMPARE(card(w, i)->focusPolicy(), Qt::NoFocus);
    }
    QVERIFY(card(w, 1)->isCurrent());
    for (Qt::KeyboardModifiers modifiers : {Qt::NoModifier, Qt::ShiftModifier}) {
        press(Qt::Key_Y, Qt::AltModifier);
        bool left = false;
        for (int i = 0; i < 60; ++i) {
            press(Qt::Key_Tab, modifiers);
            const int regret = focusedRegret(w);
            QVERIFY2(regret == -1 || regret == 1, qPrintable(focusedName()));
            left = left || regret == -1;
        }
        QVERIFY(left); // Tab does leave the card, for the rest of the window
        QCOMPARE(w->session()->currentRegret(), 1);
    }
    closeAndWait(w);
}

void TestInterviewWindowRegrets::clickOrCtrlDownMakesARegretCurrent()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    ui::InterviewSession *s = w->session();
    press(Qt::Key_D, Qt::AltModifier);
    type(QStringLiteral("generic settings layer"));
    press(Qt::Key_Escape);
    press(Qt::Key_R, Qt::ControlModifier);
    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(s->currentRegret(), 2);

    // A compact card is one line that names the regret.
    ui::RegretCard *one = card(w, 0);
    QTRY_VERIFY(one->height() < 3 * one->fontMetrics().height());
    QVERIFY(one->accessibleDescription().contains(QStringLiteral("generic settings layer")));
    QCOMPARE(one->accessibleName(), QStringLiteral("Regret 1"));
    QTest::mouseClick(one, Qt::LeftButton, {}, QPoint(20, one->height() / 2));
    QCOMPARE(s->currentRegret(), 0);
    QVERIFY(one->isCurrent());
    QVERIFY(!card(w, 2)->isCurrent());
    QVERIFY(statusText(w).contains(QStringLiteral("Regret 1 of 3: generic settings layer")));
    QCOMPARE(focusedName(), QStringLiteral("noteEditor")); // a click does not take the keyboard

    // Ctrl+Down from inside a card takes the focus to the same field of the next regret.
    press(Qt::Key_W, Qt::AltModifier);
    QCOMPARE(focusedRegret(w), 0);
    press(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(s->currentRegret(), 1);
    QCOMPARE(focusedName(), QStringLiteral("regretWhy"));
    QCOMPARE(focusedRegret(w), 1);
    QVERIFY(statusText(w).contains(QStringLiteral("Regret 2 of 3")));
    type(QStringLiteral("x"));
    QCOMPARE(s->regret(1).why, std::string("x"));
    QVERIFY(s->regret(0).why.empty());
    closeAndWait(w);
}

void TestInterviewWindowRegrets::shortcutsAreUniqueAndNamed_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("Danish") << QStringLiteral("da");
    QTest::newRow("Indonesian") << QStringLiteral("id");
}

// No two actions share keys, and no Alt key of an action is a menu's mnemonic: the menu titles
// are translated, the keys are not, so every language is checked.
void TestInterviewWindowRegrets::shortcutsAreUniqueAndNamed()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral("hindsight_%1").arg(language),
                                QStringLiteral(HINDSIGHT_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
    });
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> w = startInterview(db);
    QVERIFY(w);
    QSet<QString> mnemonics;
    for (QAction *menu : w->menuBar()->actions()) {
        const QString text = menu->text();
        const auto amp = text.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(text));
        const QString letter = text.mid(amp + 1, 1).toUpper();
        QVERIFY2(!mnemonics.contains(letter), qPrintable(text));
        mnemonics.insert(letter);
    }
    QHash<QKeySequence, QString> seen;
    for (QAction *a : w->findChildren<QAction *>()) {
        if (!a->objectName().startsWith(QStringLiteral("action")))
            continue;
        for (const QKeySequence &keys : a->shortcuts()) {
            QVERIFY2(!seen.contains(keys),
                     qPrintable(a->objectName() + QStringLiteral(" and ") + seen.value(keys)));
            seen.insert(keys, a->objectName());
            for (const QString &letter : std::as_const(mnemonics)) {
                QVERIFY2(keys != QKeySequence(QStringLiteral("Alt+") + letter),
                         qPrintable(a->objectName() + QStringLiteral(" is Alt+") + letter));
            }
        }
        if (!a->shortcut().isEmpty()) {
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(a->objectName()));
        }
    }
    auto *quit = w->findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    auto *quote = w->findChild<QAction *>(QStringLiteral("actionToggleQuote"));
    QCOMPARE(quote->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Apostrophe));
    QVERIFY(quote->toolTip().contains(QStringLiteral("Ctrl+'")));
    closeAndWait(w);
}

// Ctrl+Q quits here as in the main window; the line being typed is on disk afterwards.
void TestInterviewWindowRegrets::ctrlQQuitsAndKeepsTheDraft()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    ui::MainWindow main(db.store(), db.path());
    main.show();
    main.activateWindow(); // under Xvfb without a window manager nothing activates by itself
    QVERIFY(QTest::qWaitForWindowActive(&main));
    press(Qt::Key_N, Qt::ControlModifier);
    QPointer<ui::InterviewWindow> w = main.findChild<ui::InterviewWindow *>();
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTRY_COMPARE(focusedName(), QStringLiteral("noteEditor"));
    const core::Id id = w->session()->interviewId();
    note(QStringLiteral("a committed note"));
    type(QStringLiteral("half a thought"));
    press(Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(w.isNull());
    QVERIFY(!main.isVisible());

    auto stored = db.reader()->interview(id);
    QVERIFY(stored);
    QCOMPARE(stored->pendingNote, std::string("half a thought"));
    QCOMPARE(stored->notes.size(), std::size_t(1));
    QVERIFY(!stored->notes.front().quote); // Ctrl+Q no longer marks a quote
}

QTEST_MAIN(TestInterviewWindowRegrets)
#include "tst_interviewwindow_regrets.moc"
