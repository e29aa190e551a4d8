#include "core/storage/sqlite/candidateerasure.h"

#include "core/storage/sqlite/sqlitestore.h"

namespace hindsight::core {

CandidateHoldings CandidateErasure::Plan::total() const
{
    CandidateHoldings sum;
    for (const Person &p : people)
        sum += p.held;
    return sum;
}

std::vector<Candidate> CandidateErasure::Plan::candidates() const
{
    std::vector<Candidate> list;
    for (const Person &p : people)
        list.push_back(p.candidate);
    return list;
}

Result<CandidateErasure::Plan> CandidateErasure::plan(const std::vector<Id> &candidateIds)
{
    Plan plan;
    CandidateRows rows(m_store.database());
    for (const Id id : candidateIds) {
        auto candidate = m_store.candidate(id);
        if (!candidate)
            return candidate.error();
        auto held = rows.count(id);
        if (!held)
            return held.error();
        plan.people.push_back({std::move(*candidate), *held});
    }
    auto backups = BackupEraser::scan(m_store.database().path(), plan.candidates());
    if (!backups)
        return backups.error();
    plan.backups = std::move(*backups);
    return plan;
}

bool CandidateErasure::eraseFromBackups(const std::vector<BackupHolding> &backups,
                                        BackupAction action, Outcome &outcome)
{
    for (const BackupHolding &holding : backups) {
        BackupResult result{holding.path, action, {}};
        if (holding.error)
            result.error = holding.error;
        else if (action == BackupAction::Delete)
            result.error = BackupEraser::remove(holding.path);
        else
            result.error = BackupEraser::rewrite(holding);
        outcome.backups.push_back(result);
        if (result.error) {
            outcome.error = result.error;
            return false;
        }
    }
    return true;
}

CandidateErasure::Outcome CandidateErasure::execute(const Plan &plan, BackupAction action)
{
    Outcome outcome;
    // The backups as they are now, not as planned: one may have been written since.
    const std::vector<Candidate> people = plan.candidates();
    auto before = BackupEraser::scan(m_store.database().path(), people);
    if (!before) {
        outcome.error = before.error();
        return outcome;
    }
    if (!eraseFromBackups(*before, action, outcome))
        return outcome;

    std::vector<Id> ids;
    for (const Candidate &c : people)
        ids.push_back(c.id);
    if (Error e = m_store.eraseCandidates(ids)) {
        outcome.error = e;
        return outcome;
    }
    outcome.databaseErased = true;
    outcome.log = m_store.database().truncateWal();

    auto after = BackupEraser::scan(m_store.database().path(), people);
    if (!after)
        outcome.error = after.error();
    else
        eraseFromBackups(*after, action, outcome);
    return outcome;
}

} // namespace hindsight::core
