#pragma once

#include "ui/common/storelocation.h"

#include "core/candidate.h"
#include "core/ids.h"
#include "core/interview.h"
#include "core/interviewseal.h"
#include "core/storage/change.h"
#include "core/taxonomy.h"

#include <QMainWindow>
#include <QString>

#include <memory>
#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

class DraftWriter;
class InterviewActions;
class InterviewBanner;
class InterviewHeader;
class InterviewSession;
class InterviewVersions;
class NoteEditor;
class NoteLogView;
class PromptPanel;
class RegretCardList;
class StageStepper;
class StoreWatcher;
class UnsavedNotesGuard;

// The live interview screen for one interview. It reads the interview once when it opens and then
// owns the state (InterviewSession); a draft is saved as it changes through a DraftWriter on the
// database file, a submitted interview is shown read-only, with a warning when its rows no longer
// match the digest sealed at submission.
class InterviewWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewWindow)

public:
    struct Context
    {
        core::Interview interview;
        core::Candidate candidate;
        QString roleTitle;
        core::Taxonomy taxonomy;
        // The store the window was read from: the header follows its changes (a candidate or
        // role renamed elsewhere). The draft itself is written through the DraftWriter.
        core::Store *store = nullptr;
        // Every version of the interview, the first first (Store::interviewVersions), for the
        // header and banner to say which version this is and what replaced it; may be empty.
        std::vector<core::Interview> versions;
    };

    // Use InterviewLauncher to open a window from the store.
    InterviewWindow(const Context &context, const StoreLocation &location,
                    QWidget *parent = nullptr);
    ~InterviewWindow() override;

    InterviewActions *interviewActions() const { return m_actions; }
    InterviewSession *session() const { return m_session; }
    // Null for an interview that was already submitted when the window opened.
    DraftWriter *writer() const { return m_writer; }

signals:
    void interviewSubmitted(hindsight::core::Id candidateId);
    // The window was closed; what was typed is on disk.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Shows the candidate's and role's names again after a change of the store touched them.
    void followPeople(const std::vector<core::Change> &changes);
    QWidget *buildCentre();
    void createMenus();
    void connectActions();
    void connectNotes();
    // Ctrl+Return: the review of what will be sealed (SubmitReviewDialog), which answers with
    // seal(), going to the first missing item, or back to the interview.
    void submit();
    void seal();
    void goToProblems();
    void onSubmitFinished(bool ok, const QString &message);
    void showReadOnly(bool tampered);
    void focusProblem(const core::InterviewSeal::Problem &problem);

    InterviewActions *m_actions;
    DraftWriter *m_writer;
    UnsavedNotesGuard *m_guard = nullptr;
    InterviewSession *m_session;
    InterviewHeader *m_header;
    core::Store *m_store;
    std::shared_ptr<StoreWatcher> m_watcher;
    core::Candidate m_candidate;
    QString m_interviewer;
    InterviewVersions *m_versions;
    InterviewBanner *m_banner;
    StageStepper *m_stepper;
    PromptPanel *m_prompt;
    NoteLogView *m_log;
    NoteEditor *m_editor;
    RegretCardList *m_cards;
};

} // namespace hindsight::ui
