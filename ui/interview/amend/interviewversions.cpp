#include "ui/interview/amend/interviewversions.h"

#include "ui/common/actiontooltips.h"
#include "ui/common/settings.h"
#include "ui/common/storewatcher.h"
#include "ui/common/terms.h"
#include "ui/interview/amend/interviewamender.h"
#include "ui/interview/interviewactions.h"
#include "ui/interview/interviewbanner.h"
#include "ui/interview/interviewheader.h"
#include "ui/interview/interviewsession.h"

#include "core/storage/store.h"

#include <QAction>
#include <QWidget>

#include <algorithm>

namespace hindsight::ui {

InterviewVersions::InterviewVersions(Parts parts, QWidget *window)
    : QObject(window)
    , m_parts(std::move(parts))
    , m_window(window)
    , m_watcher(m_parts.store ? StoreWatcher::acquire(*m_parts.store) : nullptr)
{
    if (m_watcher)
        connect(m_watcher.get(), &StoreWatcher::changed, this, &InterviewVersions::follow);
    connect(m_parts.amend, &QAction::triggered, this, &InterviewVersions::amend);
}

InterviewVersions::~InterviewVersions() = default;

core::Interview InterviewVersions::shown() const
{
    const core::Id id = m_parts.session->interviewId();
    for (const core::Interview &v : m_parts.versions) {
        if (v.id == id)
            return v;
    }
    return m_parts.session->header();
}

std::optional<core::Interview> InterviewVersions::previous() const
{
    const core::Interview version = shown();
    for (const core::Interview &v : m_parts.versions) {
        if (version.amends != 0 && v.id == version.amends)
            return v;
    }
    return std::nullopt;
}

void InterviewVersions::reload()
{
    if (!m_parts.store)
        return;
    if (auto versions = m_parts.store->interviewVersions(m_parts.session->interviewId()))
        m_parts.versions = std::move(*versions);
}

void InterviewVersions::follow(const std::vector<core::Change> &changes)
{
    // A draft is this window's to change; only a sealed version can be replaced from elsewhere.
    if (!m_parts.session->isReadOnly()
        || std::none_of(changes.begin(), changes.end(), [](const core::Change &c) {
               return c.kind == core::Change::Kind::Interview
                      || c.kind == core::Change::Kind::Dataset;
           }))
        return;
    auto versions = m_parts.store->interviewVersions(m_parts.session->interviewId());
    if (!versions || *versions == m_parts.versions)
        return;
    m_parts.versions = std::move(*versions);
    emit versionsChanged();
}

void InterviewVersions::present(bool tampered)
{
    updateAmend();
    const core::Interview version = shown();
    if (!version.submitted) {
        if (version.isAmendment()) {
            m_parts.header->showVersion(tr("Amending · version %1").arg(version.version),
                                        tr("Reason: %1").arg(Terms::text(version.amendReason)));
            m_parts.banner->showAmending(version);
        }
        return;
    }
    m_parts.banner->showSubmitted(version, m_parts.versions, tampered);
    const InterviewBanner::VersionLine line = InterviewBanner::versionLine(version,
                                                                           m_parts.versions);
    if (!line.head.isEmpty()) {
        m_parts.header->showVersion(tr("Version %1 of %2")
                                        .arg(version.version)
                                        .arg(InterviewBanner::versionCount(version,
                                                                           m_parts.versions)),
                                    tr("%1 %2").arg(line.head, line.reason));
    }
}

void InterviewVersions::amend()
{
    if (m_parts.store)
        InterviewAmender::amend(*m_parts.store, m_parts.location, m_parts.session->interviewId(),
                                m_window, m_window->parentWidget());
}

void InterviewVersions::updateAmend()
{
    QAction *amend = m_parts.amend;
    const QString refusal = m_parts.store
                                ? InterviewAmender::refusal(shown(), Settings().interviewer())
                                : tr("This window was opened without the database.");
    amend->setEnabled(refusal.isEmpty());
    // The reason stays where a user looks for it: the tooltip and the status bar.
    ActionToolTips::nameShortcut(amend);
    if (!refusal.isEmpty())
        amend->setToolTip(tr("%1: %2").arg(amend->toolTip(), refusal));
    amend->setStatusTip(refusal.isEmpty() ? InterviewActions::amendStatusTip() : refusal);
}

} // namespace hindsight::ui
