#include "ui/interview/shortcutyield.h"

#include <QKeyEvent>
#include <QWidget>

namespace hindsight::ui {

ShortcutYield::ShortcutYield(QObject *parent)
    : QObject(parent)
{
}

void ShortcutYield::setKeys(const QList<QKeySequence> &keys)
{
    m_keys = keys;
}

void ShortcutYield::watch(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool ShortcutYield::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (m_keys.contains(QKeySequence(key->keyCombination()))) {
            // Not accepted: the shortcut map goes on to the window's action.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hindsight::ui
