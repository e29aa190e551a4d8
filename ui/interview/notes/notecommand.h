#pragma once

#include "ui/interview/drafts/draftwriter.h"

#include "core/note.h"

#include <QUndoCommand>

#include <optional>

namespace hindsight::ui {

class InterviewSession;

// One user action on a committed note: commit (no note before), edit, quote toggle or deletion
// (no note after). Undo puts back the note as it was, with the same key, so the writer re-creates
// the same row.
class NoteCommand final : public QUndoCommand
{
public:
    NoteCommand(InterviewSession *session, DraftWriter::Key key, std::optional<core::Note> before,
                std::optional<core::Note> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    InterviewSession *m_session;
    DraftWriter::Key m_key;
    std::optional<core::Note> m_before;
    std::optional<core::Note> m_after;
};

} // namespace hindsight::ui
