#pragma once

#include "core/interview.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace hindsight::ui {

class DraftWriter;

// Stands between the interview window and the loss of a word. Before the window closes it gives
// the writer a moment to finish; what is still not in the database is then either kept in the
// journal (closing is safe: it is written the next time the interview or the database opens — the
// user is told so and may also save a copy) or only in memory (closing is refused unless the notes
// were first saved to a file the user chose). Also the Save Notes As… action itself.
class UnsavedNotesGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnsavedNotesGuard)

public:
    using Snapshot = std::function<core::Interview()>;

    // How long a close waits for writes in flight before it asks.
    static constexpr int CloseWaitMs = 1500;

    UnsavedNotesGuard(DraftWriter *writer, Snapshot snapshot, QString candidate, QString role,
                      QWidget *window);

    // True when the window may close now.
    bool mayClose();
    // Asks for a file and writes the notes to it; true once they are there.
    bool saveNotesAs();

private:
    DraftWriter *m_writer;
    Snapshot m_snapshot;
    QString m_candidate;
    QString m_role;
    QWidget *m_window;
};

} // namespace hindsight::ui
