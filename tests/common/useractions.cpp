#include "tests/common/useractions.h"

#include <QAction>
#include <QApplication>
#include <QTest>

namespace hindsight::test {

void warnNoChild(const QObject *parent, const char *className, const char *name)
{
    if (!parent) {
        qWarning("no %s named \"%s\": the parent to look in is null", className, name ? name : "");
        return;
    }
    qWarning("no %s named \"%s\" in %s \"%s\"", className, name ? name : "*",
             parent->metaObject()->className(), qPrintable(parent->objectName()));
}

void triggerAction(const QObject *root, const char *name)
{
    QVERIFY2(root,
             qPrintable(QStringLiteral("no window to trigger %1 in").arg(QLatin1StringView(name))));
    QAction *action = root->findChild<QAction *>(QLatin1StringView(name));
    QVERIFY2(action, qPrintable(QStringLiteral("%1 has no action named %2")
                                    .arg(QLatin1StringView(root->metaObject()->className()),
                                         QLatin1StringView(name))));
    QVERIFY2(action->isEnabled(), qPrintable(QStringLiteral("%1 (\"%2\") is disabled")
                                                 .arg(QLatin1StringView(name), action->text())));
    action->trigger();
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QVERIFY2(focused(), "nothing has the keyboard focus to type into");
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QVERIFY2(focused(), "nothing has the keyboard focus to press a key in");
    QTest::keyClick(focused(), key, modifiers);
}

} // namespace hindsight::test
