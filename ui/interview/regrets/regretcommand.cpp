#include "ui/interview/regrets/regretcommand.h"

#include "ui/interview/interviewsession.h"

namespace hindsight::ui {

RegretCommand::RegretCommand(InterviewSession *session, DraftWriter::Key key, core::Regret before,
                             core::Regret after, const QString &text, int mergeId)
    : QUndoCommand(text)
    , m_session(session)
    , m_key(key)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{
}

void RegretCommand::undo()
{
    m_session->applyRegret(m_key, m_before);
}

void RegretCommand::redo()
{
    m_session->applyRegret(m_key, m_after);
}

bool RegretCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const RegretCommand *>(other);
    if (o->m_key != m_key)
        return false;
    m_after = o->m_after;
    // Typing a decision and deleting it again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace hindsight::ui
