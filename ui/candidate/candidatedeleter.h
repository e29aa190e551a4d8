#pragma once

#include "core/ids.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

// Candidate → Delete Candidate…: a candidate added by mistake, or who asked to be forgotten, goes
// with everything held about them after a confirmation that names them and counts what goes
// (interviews, drafts, regrets, notes, decisions, placement overrides) and the backups that hold
// them. The rows go in one transaction; the file's -wal and its backups are cleaned as
// `hindsight delete` cleans them (CandidateErasure, backups rewritten without them).
class CandidateDeleter final
{
    Q_DECLARE_TR_FUNCTIONS(CandidateDeleter)

public:
    CandidateDeleter() = delete;

    // Asks, deletes, and returns what to say in the status bar; empty when nothing was deleted
    // (cancelled or failed, a failure already told in a dialog).
    static QString run(QWidget *parent, core::Store &store, core::Id candidateId);

private:
    // On a team server: counts what this login can see, asks, and erases through the store.
    static QString runOnServer(QWidget *parent, core::Store &store, core::Id candidateId);
};

} // namespace hindsight::ui
