#pragma once

#include "ui/common/actiontooltips.h"

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>

namespace hindsight::ui {

// The QActions of one window, made one way: each gets its text, status tip, shortcuts, an
// objectName (tests find it with findChild, the actions being the window's descendants) and a
// tooltip naming its first shortcut (ActionToolTips). Menus and the shortcut list read them by id
// or all in order. `Id` is the window's enum of actions, numbered 0 to Count - 1; actions made
// from data, such as the interview's layer toggles, are added as extras after them. The actions
// are children of `owner`, the window's registry, and live as long as it does.
template<typename Id, std::size_t Count>
class ActionSet final
{
public:
    explicit ActionSet(QObject *owner)
        : m_owner(owner)
    {
    }
    ActionSet(const ActionSet &) = delete;
    ActionSet &operator=(const ActionSet &) = delete;

    // The action of `id`; made once, before anything reads it.
    QAction *make(Id id, QStringView objectName, const QString &text, const QString &statusTip,
                  const QList<QKeySequence> &shortcuts = {})
    {
        QAction *a = create(objectName, text, statusTip, shortcuts);
        m_actions[std::size_t(id)] = a;
        return a;
    }
    // An action outside the enum, listed after the enum's in actions().
    QAction *makeExtra(QStringView objectName, const QString &text, const QString &statusTip,
                       const QList<QKeySequence> &shortcuts = {})
    {
        QAction *a = create(objectName, text, statusTip, shortcuts);
        m_extras.append(a);
        return a;
    }

    QAction *action(Id id) const { return m_actions[std::size_t(id)]; }
    // In enum order (the order of the menus), then the extras in the order they were made.
    QList<QAction *> actions() const
    {
        QList<QAction *> list(m_actions.begin(), m_actions.end());
        list << m_extras;
        return list;
    }

private:
    QAction *create(QStringView objectName, const QString &text, const QString &statusTip,
                    const QList<QKeySequence> &shortcuts)
    {
        auto *a = new QAction(text, m_owner);
        a->setObjectName(objectName.toString());
        a->setStatusTip(statusTip);
        a->setShortcuts(shortcuts);
        ActionToolTips::nameShortcut(a);
        return a;
    }

    QObject *m_owner;
    std::array<QAction *, Count> m_actions{};
    QList<QAction *> m_extras;
};

} // namespace hindsight::ui
