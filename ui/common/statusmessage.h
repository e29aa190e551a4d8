#pragma once

#include "ui/interchange/failure.h"

#include <QString>

class QMainWindow;
class QStatusBar;

namespace hindsight::ui {

// What a window says in its status bar, said one way everywhere: a report of something done
// passes after a few seconds, a failure or a standing hint stays until the next message.
class StatusMessage final
{
public:
    StatusMessage() = delete;

    // How long a report of something done stays.
    static constexpr int BriefMs = 6000;

    // A report of something done: "Exported 12 candidates to …".
    static void show(QStatusBar *bar, const QString &text);
    // A standing hint or a problem the user must read in their own time.
    static void keep(QStatusBar *bar, const QString &text);
    // A failure the window ran into: its sentence stays in the status bar, and a message box
    // titled `title` says it too, so it is seen even when the status bar is not.
    static void failure(QMainWindow *window, const QString &title,
                        const interchange::Failure &failure);
};

} // namespace hindsight::ui
