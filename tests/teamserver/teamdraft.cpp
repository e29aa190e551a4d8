#include "tests/teamserver/teamdraft.h"

namespace hindsight::test {

core::Result<std::unique_ptr<core::PostgresStore>> TeamDraft::open(const TeamServer &server,
                                                                   const TeamServer::Login &login)
{
    return core::PostgresStore::open(server.uri(login), login.password);
}

core::Result<TeamDraft> TeamDraft::create(const TeamServer &server)
{
    auto alice = open(server, TeamServer::alice());
    if (!alice)
        return alice.error();
    core::PostgresStore &store = **alice;
    TeamDraft draft;

    core::Role role;
    role.title = "Fraud scoring pipeline";
    role.breadthDemand = 2.5;
    role.domainDemands = {{"streaming", 4}};
    auto roleId = store.saveRole(role);
    if (!roleId)
        return roleId.error();
    draft.roleId = *roleId;

    core::Candidate candidate;
    candidate.name = "Kai Team";
    candidate.roleId = draft.roleId;
    auto candidateId = store.saveCandidate(candidate);
    if (!candidateId)
        return candidateId.error();
    draft.candidateId = *candidateId;

    core::Regret regret;
    regret.level = core::Regret::Level::Domain;
    regret.domain = "streaming";
    regret.depth = 4;
    regret.layers = {"queuing", "databases"};
    core::Interview interview;
    interview.candidateId = draft.candidateId;
    interview.interviewer = TeamServer::alice().interviewer.name;
    interview.interviewerEmail = TeamServer::alice().interviewer.email;
    interview.submitted = false;
    interview.regrets = {regret};
    auto interviewId = store.addInterview(interview);
    if (!interviewId)
        return interviewId.error();
    draft.interviewId = *interviewId;
    return draft;
}

core::Result<core::Interview> TeamDraft::read(const TeamServer &server, core::Id interviewId)
{
    auto alice = open(server, TeamServer::alice());
    if (!alice)
        return alice.error();
    return (*alice)->interview(interviewId);
}

} // namespace hindsight::test
