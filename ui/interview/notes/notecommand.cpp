#include "ui/interview/notes/notecommand.h"

#include "ui/interview/interviewsession.h"

namespace hindsight::ui {

NoteCommand::NoteCommand(InterviewSession *session, DraftWriter::Key key,
                         std::optional<core::Note> before, std::optional<core::Note> after,
                         const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_key(key)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void NoteCommand::undo()
{
    m_session->applyNote(m_key, m_before);
}

void NoteCommand::redo()
{
    m_session->applyNote(m_key, m_after);
}

} // namespace hindsight::ui
