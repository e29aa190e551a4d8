#include "ui/candidate/evidenceactions.h"

#include "ui/common/settings.h"
#include "ui/common/terms.h"
#include "ui/interview/amend/interviewamender.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace hindsight::ui {

namespace {

QString keyText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

} // namespace

EvidenceActions::EvidenceActions(QWidget *tree)
    : QObject(tree)
    , m_set(this)
{
    m_set.make(Id::Open, u"actionOpenEvidenceInterview", tr("&Open Interview"),
               tr("Open the interview in its own window: read-only once submitted, an earlier "
                  "version as it was sealed"),
               {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_set.make(Id::Amend, u"actionAmendEvidenceInterview", tr("&Amend Interview…"),
               tr("Correct your submitted interview in a new version, with a written reason; the "
                  "submitted version is kept"),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    for (QAction *a : all()) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tree->addAction(a);
    }
    setVersion(nullptr);
}

void EvidenceActions::setVersion(const core::Interview *version)
{
    QAction *open = action(Id::Open);
    QAction *amend = action(Id::Amend);
    open->setEnabled(version != nullptr);
    ActionToolTips::nameShortcut(amend);
    m_openHint.clear();
    m_amendHint.clear();
    if (!version) {
        amend->setEnabled(false);
        return;
    }
    const core::Interviewer me = Settings().interviewer();
    m_openHint = version->submitted ? tr("%1 opens it read-only.").arg(keyText(open))
                                    : tr("%1 opens it to go on with it.").arg(keyText(open));
    const QString refusal = InterviewAmender::refusal(*version, me);
    amend->setEnabled(refusal.isEmpty());
    if (refusal.isEmpty()) {
        amend->setStatusTip(tr("Correct your submitted interview in a new version, with a written "
                               "reason; the submitted version is kept"));
        m_amendHint = tr("%1 amends it: a new version with a written reason; this one is kept.")
                          .arg(keyText(amend));
    } else {
        amend->setToolTip(tr("%1: %2").arg(amend->toolTip(), refusal));
        amend->setStatusTip(refusal);
        // A draft needs no word on amending: it is still edited as it is.
        if (version->submitted)
            m_amendHint = refusal;
    }
}

QString EvidenceActions::hint() const
{
    return m_amendHint.isEmpty() ? m_openHint : tr("%1 %2").arg(m_openHint, m_amendHint);
}

} // namespace hindsight::ui
