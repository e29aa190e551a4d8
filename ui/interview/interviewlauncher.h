#pragma once

#include "ui/common/storelocation.h"

#include "core/ids.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class InterviewWindow;

// Opens live interview windows from the store: reads the interview, its candidate, role and the
// taxonomy once, and keeps one window per interview (two DraftWriters on one draft would
// interleave their writes). Failures to read the store are reported in a message box.
class InterviewLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::InterviewLauncher)

public:
    InterviewLauncher() = delete;

    // Opens the interview with this id (draft or submitted) in a window that is shown and deleted
    // when closed; raises the window already open on it instead. Returns nullptr on failure.
    static InterviewWindow *open(core::Store &store, const StoreLocation &location,
                                 core::Id interviewId, QWidget *parent = nullptr);
    // Reopens this interviewer's draft with the candidate where it was left (Store::openDraft),
    // or starts a new draft now, recording the interviewer of Settings::interviewer(): name and
    // e-mail.
    static InterviewWindow *openFor(core::Store &store, const StoreLocation &location,
                                    core::Id candidateId, QWidget *parent = nullptr);
    // The window open on this interview, if any.
    static InterviewWindow *openWindow(core::Id interviewId);
};

} // namespace hindsight::ui
