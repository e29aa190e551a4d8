#pragma once

#include "ui/common/storelocation.h"

#include "ui/preferences/preferencesdialog.h"
#include "ui/report/exportdialog.h"

#include "core/error.h"
#include "core/ids.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QLabel;
class QSplitter;

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class ActionRegistry;
class CandidatePage;
class CommitteeBoard;
class InterviewWindow;
class RoleCandidateModel;
class Sidebar;
class StoreWatcher;

// The application window: roles and candidates on the left, the selected candidate on the right.
// Works on a store it does not own; `location` is only shown (title and status bar).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(core::Store &store, const StoreLocation &location, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actions() const { return m_actions; }

    // Looks for other processes' changes now and reads the store again, keeping the selected
    // candidate when it still exists. Views follow changes by themselves; this is View → Refresh.
    void refresh();

    // Edit → Preferences…, or the welcome of a first start. When the name changes, the
    // interviewer's drafts move to it.
    void showPreferences(PreferencesDialog::Purpose purpose);

private:
    void connectActions();
    void importFile();
    void openExport(ExportDialog::Purpose purpose);
    void newCandidate();
    void startInterview();
    // Submissions of an interview window opened from here are noticed at once.
    void followInterview(InterviewWindow *window);
    void showMyDrafts();
    void editTimeBudget();
    // Opens the role editor on `roleId`, or on a new role.
    void editRole(std::optional<core::Id> roleId);
    // Opens the committee board of the selected role, or raises it when it is open.
    void openBoard();
    void showAbout();
    void showShortcuts();
    void updateCounts(int visibleCandidates);
    void showSelection(); // what the page shows when the sidebar has no candidate selected
    void reportError(const QString &what, const core::Error &error);

    core::Store &m_store;
    StoreLocation m_location;
    std::shared_ptr<StoreWatcher> m_watcher;
    ActionRegistry *m_actions;
    RoleCandidateModel *m_model;
    QSplitter *m_splitter;
    Sidebar *m_sidebar;
    CandidatePage *m_page;
    QLabel *m_countLabel;
    QLabel *m_pathLabel;
    std::map<core::Id, QPointer<CommitteeBoard>> m_boards;
};

} // namespace hindsight::ui
