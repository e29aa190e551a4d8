#pragma once

// What a user does, as one call each, so a ui test reads like the steps it takes: choose an action
// by name, find a widget by its object name, type, press a key. Message boxes and file dialogs are
// answered through ui::Dialogs (setNextAnswer, setNextFileName), other dialogs with NextDialog.

#include <QObject>
#include <QString>
#include <QWidget>

namespace hindsight::test {

// Warns that `parent` has no child of `className` named `name` (any name when null).
void warnNoChild(const QObject *parent, const char *className, const char *name);

// The child of `parent` of type T with this objectName (any name when null), or null, with a
// warning that says what was missing.
template<typename T = QWidget>
T *child(const QObject *parent, const char *name = nullptr)
{
    T *found = parent ? parent->findChild<T *>(name ? QLatin1StringView(name) : QString()) : nullptr;
    if (!found)
        warnNoChild(parent, T::staticMetaObject.className(), name);
    return found;
}

// Triggers the QAction with this objectName among `root`'s children, as choosing it in a menu or
// pressing its shortcut does. Fails the running test, naming the action, when there is no such
// action or it is disabled.
void triggerAction(const QObject *root, const char *name);

// The widget that has the keyboard focus, or null.
QWidget *focused();
// Types the text into the focused widget, key by key.
void type(const QString &text);
// Presses and releases one key, with modifiers, in the focused widget.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

} // namespace hindsight::test
