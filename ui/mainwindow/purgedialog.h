#pragma once

#include "core/candidateactivity.h"
#include "core/storage/sqlite/candidateerasure.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QRadioButton;
class QStandardItemModel;

namespace hindsight::core {
class SqliteStore;
}

namespace hindsight::ui {

// Offered when Hindsight starts and the retention period (Settings::retentionMonths) finds
// candidates with no activity for that long: lists them with their role and last activity, says
// what is held about them and which backups hold them, and erases them (CandidateErasure) only
// when the user chooses Erase. Backups are rewritten without them, or deleted, as the user picks
// in the dialog; Not Now, the default button, changes nothing.
class PurgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgeDialog)

public:
    // The dialog when `months` is above 0 and somebody is due; null otherwise, and when the store
    // cannot be read (then there is nothing it could offer).
    static std::unique_ptr<PurgeDialog> createIfDue(core::SqliteStore &store, int months,
                                                    QWidget *parent = nullptr);

    PurgeDialog(core::SqliteStore &store, int months, std::vector<core::CandidateActivity> due,
                core::CandidateErasure::Plan plan, QWidget *parent = nullptr);

    core::CandidateErasure::BackupAction backupAction() const;
    void setBackupAction(core::CandidateErasure::BackupAction action);
    // What Erase did; empty until then.
    const std::optional<core::CandidateErasure::Outcome> &outcome() const { return m_outcome; }

    // Erases, reports a failure in a message box (Dialogs), then closes.
    void accept() override;

private:
    void fillList(const std::vector<core::CandidateActivity> &due);

    core::SqliteStore &m_store;
    core::CandidateErasure::Plan m_plan;
    QStandardItemModel *m_model;
    QRadioButton *m_rewrite;
    QRadioButton *m_delete;
    std::optional<core::CandidateErasure::Outcome> m_outcome;
};

} // namespace hindsight::ui
