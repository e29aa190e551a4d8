// Named for a screen reader (issue 16, item 5): in every window and dialog (test::visitEveryWindow,
// each tab page in front in turn), every interactive widget a user can see has a name a screen
// reader speaks, as Qt's accessibility gives it: its own accessible name, its text, or the label
// that is its buddy. The failures are listed by window, class and objectName.

#include "ui/common/englishplurals.h"
#include "ui/common/settings.h"

#include "tests/common/temporarydatabase.h"
#include "tests/ui/everywindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace hindsight;

class TestAccessibleNames final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlHasAName();
};

namespace {

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
           || qobject_cast<const QTabBar *>(w) || qobject_cast<const QGraphicsView *>(w);
}

// Parts of another control, named by it: a combo box's field, a spin box's, a header, scroll
// bars, a tab bar's scroll arrows, a line edit's clear button, a tool bar's overflow button, a
// table's corner button.
bool isPartOfAnother(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w) || qobject_cast<const QScrollBar *>(w))
        return true;
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return false;
    // An editable combo box's field takes the keyboard focus itself: a screen reader speaks its
    // name, not the combo box's.
    if (qobject_cast<const QComboBox *>(parent) && qobject_cast<const QLineEdit *>(w))
        return false;
    return qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
           || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QLineEdit *>(parent)
           || w->objectName() == u"qt_toolbar_ext_button" || w->inherits("QTableCornerButton")
           || parent->inherits("QComboBoxPrivateContainer");
}

QString spokenName(QWidget *w)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

} // namespace

void TestAccessibleNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
    ui::Settings().setInterviewerName(QStringLiteral("Mette Lund"));
    ui::Settings().setInterviewerConfirmed(true);
}

void TestAccessibleNames::everyControlHasAName()
{
    test::TemporaryDatabase db(test::TemporaryDatabase::Demo);
    QVERIFY2(db, qPrintable(db.error()));
    QSet<QString> nameless;
    int checked = 0;
    test::visitEveryWindow(db, [&](QWidget *window, const QString &what) {
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || !isInteractive(w) || isPartOfAnother(w))
                continue;
            ++checked;
            if (spokenName(w).isEmpty())
                nameless << QStringLiteral("%1: %2 \"%3\"")
                                .arg(what.section(QLatin1Char(','), 0, 0),
                                     QString::fromLatin1(w->metaObject()->className()),
                                     w->objectName());
        }
    });
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    QStringList list(nameless.begin(), nameless.end());
    list.sort();
    QVERIFY2(list.isEmpty(), qPrintable(QStringLiteral("%1 without a name:\n%2")
                                            .arg(list.size())
                                            .arg(list.join(QLatin1Char('\n')))));
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
