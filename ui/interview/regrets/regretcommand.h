#pragma once

#include "ui/interview/drafts/draftwriter.h"

#include "core/regret.h"

#include <QUndoCommand>

namespace hindsight::ui {

class InterviewSession;

// One change to a regret's tags or text: the whole regret before and after, so every kind of tag
// change (level, domain, depth, layers, decision text) undoes the same way. Consecutive edits of
// the same regret with the same merge id (typing its decision) merge into one step.
class RegretCommand final : public QUndoCommand
{
public:
    RegretCommand(InterviewSession *session, DraftWriter::Key key, core::Regret before,
                  core::Regret after, const QString &text, int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    InterviewSession *m_session;
    DraftWriter::Key m_key;
    core::Regret m_before;
    core::Regret m_after;
    int m_mergeId;
};

} // namespace hindsight::ui
