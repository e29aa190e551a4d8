#pragma once

#include "tests/common/temporarydatabase.h"

#include "core/interview.h"

#include <QString>

namespace hindsight::test {

// A temporary database with one role, one candidate ("Ada Example") and one draft interview by
// "Sam" holding one note, closed again so that the writer under test is the only one to hold it
// open. For the tests of the live interview's writer and its journal.
struct DraftDatabase
{
    DraftDatabase();

    TemporaryDatabase db;
    QString path = db.path();
    core::Id interviewId = 0;
    core::Id existingNoteId = 0;

    // What a second connection sees, as the rest of the application would.
    core::Interview read() const;
};

// A note at 5 s in the decision stage, for the regret with this key (0: none).
core::Note draftNote(const char *text, core::Id regretKey = 0);
// Whether a note of the interview holds exactly this text.
bool hasNote(const core::Interview &interview, const char *text);

} // namespace hindsight::test
