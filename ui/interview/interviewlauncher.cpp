#include "ui/interview/interviewlauncher.h"

#include "ui/common/dialogs.h"
#include "ui/common/settings.h"
#include "ui/common/terms.h"
#include "ui/interview/drafts/draftrecovery.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/interviewwindow.h"

#include "core/storage/store.h"

#include <QHash>
#include <QPointer>

#include <chrono>

namespace hindsight::ui {

namespace {

QHash<core::Id, QPointer<InterviewWindow>> &windows()
{
    static QHash<core::Id, QPointer<InterviewWindow>> open;
    return open;
}

InterviewWindow *fail(QWidget *parent, const core::Error &error)
{
    const QString what = InterviewLauncher::tr("Could not open the interview.");
    Dialogs::critical(parent, InterviewLauncher::tr("Hindsight"),
                      interchange::Failure::of(what, error));
    return nullptr;
}

} // namespace

InterviewWindow *InterviewLauncher::openWindow(core::Id interviewId)
{
    return windows().value(interviewId).data();
}

InterviewWindow *InterviewLauncher::open(core::Store &store, const StoreLocation &location,
                                         core::Id interviewId, QWidget *parent)
{
    if (InterviewWindow *existing = openWindow(interviewId)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    // Changes an earlier run kept in a journal go into the database before anything reads it, so
    // the window shows them and its own keys never meet theirs.
    if (const auto pending = DraftRecovery::replay(location, interviewId)) {
        Dialogs::critical(parent, tr("Hindsight"),
                          tr("The interview cannot open until its kept notes are written."),
                          pending->failure.sentence());
        return nullptr;
    }
    InterviewWindow::Context context;
    auto interview = store.interview(interviewId);
    if (!interview)
        return fail(parent, interview.error());
    context.interview = std::move(*interview);
    auto candidate = store.candidate(context.interview.candidateId);
    if (!candidate)
        return fail(parent, candidate.error());
    context.candidate = std::move(*candidate);
    if (auto role = store.role(context.candidate.roleId))
        context.roleTitle = Terms::text(role->title);
    auto taxonomy = store.taxonomy();
    if (!taxonomy)
        return fail(parent, taxonomy.error());
    context.taxonomy = std::move(*taxonomy);
    context.store = &store;
    // Which version this is only colours the header and banner: a failed read leaves them plain.
    if (auto versions = store.interviewVersions(interviewId))
        context.versions = std::move(*versions);

    auto *window = new InterviewWindow(context, location, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    windows().insert(interviewId, window);
    window->show();
    window->activateWindow();
    return window;
}

InterviewWindow *InterviewLauncher::openFor(core::Store &store, const StoreLocation &location,
                                            core::Id candidateId, QWidget *parent)
{
    const core::Interviewer interviewer = Settings().interviewer();
    auto draft = store.openDraft(candidateId, interviewer);
    if (!draft)
        return fail(parent, draft.error());
    if (*draft)
        return open(store, location, **draft, parent);

    core::Interview fresh;
    fresh.candidateId = candidateId;
    fresh.interviewer = interviewer.name;
    fresh.interviewerEmail = interviewer.email;
    fresh.startedAt = std::chrono::floor<std::chrono::milliseconds>(core::Clock::now());
    auto id = store.addInterview(fresh);
    if (!id)
        return fail(parent, id.error());
    return open(store, location, *id, parent);
}

} // namespace hindsight::ui
