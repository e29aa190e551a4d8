#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace hindsight::ui {

// Lists every action of the window with its shortcut (Help → Keyboard Shortcuts).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace hindsight::ui
