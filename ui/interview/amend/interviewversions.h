#pragma once

#include "ui/common/storelocation.h"

#include "core/interview.h"
#include "core/storage/change.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class InterviewBanner;
class InterviewHeader;
class InterviewSession;
class StoreWatcher;

// The versions of the interview an InterviewWindow shows: which version it is (where the clock
// was, the header says "Amending · version 2" or "Version 1 of 2"; the banner says why), whether
// the interviewer may amend it (the Amend action, disabled with the reason), and the amendment
// itself. It follows the store, so a window on a version an amendment just replaced says so.
class InterviewVersions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewVersions)

public:
    struct Parts
    {
        core::Store *store = nullptr;          // null: nothing is read and Amend stays disabled
        StoreLocation location;                // for the live window on an amendment
        std::vector<core::Interview> versions; // Store::interviewVersions, the first first
        InterviewSession *session = nullptr;
        InterviewHeader *header = nullptr;
        InterviewBanner *banner = nullptr;
        QAction *amend = nullptr;
    };

    // `window` is the interview window: the amend dialog is modal on it, and the amendment's
    // window gets its parent (so closing this window does not take that one along).
    InterviewVersions(Parts parts, QWidget *window);
    ~InterviewVersions() override;

    // This window's version as the store has it (when it was amended, what replaced it), or as
    // the session has it when the store was not read.
    core::Interview shown() const;
    // The version this one amends, if it is an amendment and the store was read.
    std::optional<core::Interview> previous() const;
    // Reads the versions again: after this window sealed its version, the store stamped it.
    void reload();
    // Says which version this is in the header and the banner, and enables Amend or says why not.
    // `tampered`: a submitted version whose rows no longer match its digest.
    void present(bool tampered);

signals:
    // The store changed the versions of this read-only window (an amendment of it was sealed):
    // the window shows itself again.
    void versionsChanged();

private:
    void follow(const std::vector<core::Change> &changes);
    void amend();
    void updateAmend();

    Parts m_parts;
    QWidget *m_window;
    std::shared_ptr<StoreWatcher> m_watcher;
};

} // namespace hindsight::ui
