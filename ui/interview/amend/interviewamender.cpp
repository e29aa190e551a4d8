#include "ui/interview/amend/interviewamender.h"

#include "ui/common/dialogs.h"
#include "ui/common/settings.h"
#include "ui/common/terms.h"
#include "ui/common/versiontext.h"
#include "ui/interview/amend/amenddialog.h"
#include "ui/interview/interviewlauncher.h"

#include "core/storage/store.h"

#include <QPointer>

#include <algorithm>

namespace hindsight::ui {

namespace {

// "the interview by Ana Lima with Noor Haddad of 23/11/2026 10:00", for failures.
QString subject(core::Store &store, const core::Interview &version)
{
    auto candidate = store.candidate(version.candidateId);
    const QString name = candidate ? Terms::text(candidate->name)
                                   : QString::number(version.candidateId);
    return InterviewAmender::tr("the interview by %1 with %2 of %3")
        .arg(Terms::text(version.interviewer), name, VersionText::when(version.startedAt));
}

void fail(QWidget *parent, const QString &what, const core::Error &error)
{
    Dialogs::critical(parent, InterviewAmender::tr("Amend Interview"),
                      interchange::Failure::of(what, error));
}

} // namespace

QString InterviewAmender::refusal(const core::Interview &version, const core::Interviewer &me)
{
    if (!version.submitted)
        return tr("A draft is not amended: it can still be edited as it is.");
    if (version.isSuperseded())
        return tr("Version %1 was replaced by an amendment; only the current version can be "
                  "amended.")
            .arg(version.version);
    if (const core::Interviewer author = core::Interviewer::of(version); !author.isSameAs(me))
        return tr("Only %1, who submitted this interview, may amend it (you are %2).")
            .arg(Terms::interviewer(author), Terms::interviewer(me));
    return {};
}

void InterviewAmender::amend(core::Store &store, const StoreLocation &location,
                             core::Id interviewId, QWidget *dialogParent, QWidget *windowParent)
{
    auto versions = store.interviewVersions(interviewId);
    if (!versions) {
        fail(dialogParent, tr("Could not read the interview."), versions.error());
        return;
    }
    const auto it = std::find_if(versions->begin(), versions->end(),
                                 [&](const core::Interview &v) { return v.id == interviewId; });
    if (it == versions->end())
        return;
    const core::Interview version = *it;
    const core::Interviewer me = Settings().interviewer();
    const QPointer<QWidget> parent(windowParent);

    // The amendment already begun is reopened as it was; a second reason would say nothing new.
    const core::Interview &last = versions->back();
    if (!last.submitted && last.amends == interviewId && core::Interviewer::of(last).isSameAs(me)) {
        InterviewLauncher::open(store, location, last.id, parent);
        return;
    }
    if (const QString no = refusal(version, me); !no.isEmpty()) {
        Dialogs::critical(dialogParent, tr("Amend Interview"),
                          tr("You cannot amend %1.").arg(subject(store, version)), no);
        return;
    }

    auto candidate = store.candidate(version.candidateId);
    const QString name = candidate ? Terms::text(candidate->name) : QString();
    auto *dialog = new AmendDialog(version, name, dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [=, &store] {
        auto id = store.startAmendment(interviewId, me, dialog->reason().toStdString());
        if (!id) {
            fail(dialog->parentWidget(), tr("Could not amend %1.").arg(subject(store, version)),
                 id.error());
            return;
        }
        InterviewLauncher::open(store, location, *id, parent);
    });
    if (dialogParent) {
        // Back where the user was, also without a window manager to give the activation back.
        QObject::connect(dialog, &QDialog::rejected, dialogParent->window(),
                         &QWidget::activateWindow);
    }
    // open(), not exec(): no nested event loop, so tests and the interview clock keep running.
    dialog->open();
}

} // namespace hindsight::ui
