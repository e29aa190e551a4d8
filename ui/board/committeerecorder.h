#pragma once

#include "core/error.h"

#include <QObject>
#include <QString>

class QWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

struct BoardEntry;

// What the committee writes from the board: a decision with its rationale, or a placement that
// differs from the formula's with its reason. Opens the dialog (window-modal, open() not exec()),
// writes what was accepted, and says how it went; the board shows the result because it follows
// the store, not because it is told.
class CommitteeRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitteeRecorder)

public:
    // Dialogs open over `window`; the recorder is its child.
    CommitteeRecorder(core::Store &store, QWidget *window);

    // `name` is how the board shows the candidate (an alias in blind mode).
    void recordDecision(const BoardEntry &entry, const QString &name);
    void overridePlacement(const BoardEntry &entry, const QString &name);

signals:
    void recorded(const QString &message);
    void failed(const QString &what, const hindsight::core::Error &error);

private:
    core::Store &m_store;
    QWidget *m_window;
};

} // namespace hindsight::ui
