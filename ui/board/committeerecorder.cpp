#include "ui/board/committeerecorder.h"

#include "ui/board/boardsnapshot.h"
#include "ui/board/decisiondialog.h"
#include "ui/board/overridedialog.h"
#include "ui/common/settings.h"
#include "ui/common/terms.h"

#include "core/storage/store.h"

#include <chrono>

namespace hindsight::ui {

namespace {

core::TimePoint now()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
}

} // namespace

CommitteeRecorder::CommitteeRecorder(core::Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
}

void CommitteeRecorder::recordDecision(const BoardEntry &entry, const QString &name)
{
    auto *dialog = new DecisionDialog(name, entry.decision(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const core::Id candidate = entry.id();
    connect(dialog, &QDialog::accepted, this, [this, dialog, candidate] {
        core::Decision d;
        d.candidateId = candidate;
        d.outcome = dialog->outcome();
        d.rationale = dialog->rationale().toStdString();
        d.recordedBy = Settings().interviewerName().toStdString();
        d.decidedAt = now();
        if (auto id = m_store.addDecision(d); !id) {
            emit failed(tr("Could not record the decision."), id.error());
            return;
        }
        emit recorded(tr("Recorded: %1.").arg(Terms::outcome(d.outcome)));
    });
    dialog->open();
}

void CommitteeRecorder::overridePlacement(const BoardEntry &entry, const QString &name)
{
    auto *dialog = new OverrideDialog(name, entry.scored.figures, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const core::Id candidate = entry.id();
    connect(dialog, &QDialog::accepted, this, [this, dialog, candidate] {
        core::PlacementOverride o;
        o.candidateId = candidate;
        o.breadth = dialog->breadth();
        o.depth = dialog->depth();
        o.reason = dialog->reason().toStdString();
        o.recordedBy = Settings().interviewerName().toStdString();
        o.recordedAt = now();
        if (auto id = m_store.addPlacementOverride(o); !id) {
            emit failed(tr("Could not record the placement."), id.error());
            return;
        }
        emit recorded(tr("Recorded the committee's placement beside the formula's."));
    });
    dialog->open();
}

} // namespace hindsight::ui
