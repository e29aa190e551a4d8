#include "tests/common/draftdatabase.h"

#include <algorithm>

namespace hindsight::test {

DraftDatabase::DraftDatabase()
{
    if (!db)
        return;
    core::SqliteStore &store = db.store();
    core::Role role;
    role.title = "Payment backend";
    role.breadthDemand = 7.5;
    role.domainDemands = {{"payments", 1}};
    const auto roleId = store.saveRole(role);
    core::Candidate candidate;
    candidate.name = "Ada Example";
    candidate.roleId = roleId ? *roleId : 0;
    const auto candidateId = store.saveCandidate(candidate);
    core::Interview interview;
    interview.candidateId = candidateId ? *candidateId : 0;
    interview.interviewer = "Sam";
    interview.stage = "discovery";
    core::Note note;
    note.atMs = 1000;
    note.stage = "system";
    note.text = "Owned the payment API end to end";
    interview.notes = {note};
    const auto id = store.addInterview(interview);
    if (id) {
        interviewId = *id;
        existingNoteId = store.interview(interviewId)->notes.at(0).id;
    }
    db.close();
}

core::Interview DraftDatabase::read() const
{
    auto opened = db.connect();
    if (!opened)
        return {};
    auto interview = opened->interview(interviewId);
    return interview ? *interview : core::Interview{};
}

core::Note draftNote(const char *text, core::Id regretKey)
{
    core::Note n;
    n.atMs = 5000;
    n.stage = "decision";
    n.text = text;
    n.regretId = regretKey;
    return n;
}

bool hasNote(const core::Interview &interview, const char *text)
{
    return std::any_of(interview.notes.begin(), interview.notes.end(),
                       [text](const core::Note &n) { return n.text == text; });
}

} // namespace hindsight::test
