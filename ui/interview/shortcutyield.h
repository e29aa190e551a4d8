#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace hindsight::ui {

// Lets window shortcuts win over text fields. A text field claims common editing keys (Ctrl+Z,
// Ctrl+Left/Right …) through ShortcutOverride; the live interview wants those keys for its own
// undo stack and stage stepper even while the cursor is in the note editor. Widgets watched here
// decline the override for the given keys, so the window's action fires instead.
class ShortcutYield final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutYield)

public:
    explicit ShortcutYield(QObject *parent = nullptr);

    void setKeys(const QList<QKeySequence> &keys);
    void watch(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QKeySequence> m_keys;
};

} // namespace hindsight::ui
