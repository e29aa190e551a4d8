#pragma once

#include "ui/common/storelocation.h"

#include "core/ids.h"
#include "core/interview.h"
#include "core/interviewer.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

// Amending a submitted interview from wherever it is shown (its read-only window, the candidate
// page): who may, and the steps from the reason to the live window on the new version. The store
// enforces the rules again (Store::startAmendment); this says them before anyone types a reason.
class InterviewAmender final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::InterviewAmender)

public:
    InterviewAmender() = delete;

    // Why the interviewer `me` may not amend this version, as one sentence; empty when they may:
    // only the author amends (core::Interviewer::isSameAs: a new name with the same e-mail is
    // still the author), and only the current version of a submitted interview.
    static QString refusal(const core::Interview &version, const core::Interviewer &me);

    // Amends the interview `interviewId` as the interviewer of the settings: asks for the reason
    // (AmendDialog, window-modal on `dialogParent`), starts the amendment and opens the live
    // interview window on it as a child of `windowParent`, which must outlive that window (the
    // main window, or null). An amendment of it already in progress reopens without asking. A
    // refusal or a failure is shown in a message box that names the interview.
    static void amend(core::Store &store, const StoreLocation &location, core::Id interviewId,
                      QWidget *dialogParent, QWidget *windowParent);
};

} // namespace hindsight::ui
