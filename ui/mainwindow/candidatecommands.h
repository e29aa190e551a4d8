#pragma once

#include "core/error.h"
#include "core/ids.h"

#include <QObject>
#include <QString>

#include <optional>

class QMainWindow;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class ActionRegistry;
class RoleCandidateModel;
class Sidebar;

// The Candidate menu of the main window (and the sidebar's context menu): Edit Candidate…,
// Merge Candidate… and Delete Candidate… act on the sidebar's current candidate, each in one
// write to the store, and say in the status bar what they did. The views follow the store's
// change events by themselves.
class CandidateCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateCommands)

public:
    CandidateCommands(core::Store &store, const ActionRegistry &actions, Sidebar *sidebar,
                      RoleCandidateModel *candidates, QMainWindow *window);

    void edit();
    void merge();
    void remove();

private:
    // The current candidate; when there is none, says how to pick one.
    std::optional<core::Id> selected();
    void report(const QString &what, const core::Error &error);

    core::Store &m_store;
    Sidebar *m_sidebar;
    RoleCandidateModel *m_candidates;
    QMainWindow *m_window;
};

} // namespace hindsight::ui
