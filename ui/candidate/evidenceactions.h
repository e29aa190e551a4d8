#pragma once

#include "ui/common/actionset.h"

#include "core/interview.h"

#include <QObject>
#include <QString>

class QWidget;

namespace hindsight::ui {

// What can be done with the interview row in focus on the candidate page: open it in its own
// window (read-only once submitted, an earlier version as it was sealed) and amend it. The actions
// belong to the evidence tree: their shortcuts work while it has the focus, and its context menu
// lists them. Amend is disabled, with the reason in its tooltip and status tip, when the
// interviewer of the settings may not amend the row's version (InterviewAmender::refusal).
class EvidenceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceActions)

public:
    enum class Id { Open, Amend, Count };

    // The actions are added to `tree`, with shortcuts that work while it or a child has focus.
    explicit EvidenceActions(QWidget *tree);

    QAction *action(Id id) const { return m_set.action(id); }
    QList<QAction *> all() const { return m_set.actions(); }

    // Follows the row in focus: `version` is the interview (or earlier version) it shows, null
    // when no row is.
    void setVersion(const core::Interview *version);
    // One line on what the keys do with the row, for the detail pane; empty without a row.
    QString hint() const;

private:
    ActionSet<Id, std::size_t(Id::Count)> m_set;
    QString m_openHint;
    QString m_amendHint;
};

} // namespace hindsight::ui
