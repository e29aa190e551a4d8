#pragma once

#include "core/candidate.h"
#include "core/candidateactivity.h"
#include "core/candidatemerge.h"
#include "core/dataset.h"
#include "core/decision.h"
#include "core/draftsummary.h"
#include "core/interview.h"
#include "core/interviewer.h"
#include "core/merging/importreport.h"
#include "core/placementoverride.h"
#include "core/result.h"
#include "core/role.h"
#include "core/storage/change.h"
#include "core/taxonomy.h"
#include "core/teammember.h"

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace hindsight::core {

// Everything Hindsight keeps, behind an interface so a shared server can later serve a whole
// hiring team with the same core. Every write is one short transaction; a write that fails
// changes nothing. Reads return copies.
//
// Change events: after every successful commit the store calls each subscribed listener with
// what changed, on the thread that wrote (a write that fails announces nothing). Writes made by
// other connections (another store on the same file, another process, another client of a team
// server) are not announced by themselves: pollExternalChanges() finds them.
class Store
{
public:
    using ChangeListener = std::function<void(const Change &)>;
    using Subscription = int;

    virtual ~Store() = default;

    // The listener is called after each commit of this store until unsubscribed. Not thread-safe:
    // subscribe and unsubscribe on the thread that uses the store.
    Subscription subscribe(ChangeListener listener);
    void unsubscribe(Subscription subscription);

    // What other connections committed since the last call (or since the store was opened), in
    // commit order; empty when nothing changed. Cheap when nothing changed, so a window may call
    // it a few times a second. The changes are also announced to the listeners.
    virtual Result<std::vector<Change>> pollExternalChanges() = 0;
    // A socket that becomes readable when another client may have changed something, so a window
    // can call pollExternalChanges() at once instead of waiting for its timer (a team server's
    // connection, where NOTIFY arrives); -1 when the store has none (a file is polled). It may
    // change after the store reconnects: ask again after each poll.
    virtual int changeSocket() const { return -1; }

    // Taxonomy: built-ins plus what users added.
    virtual Result<Taxonomy> taxonomy() = 0;
    virtual Status addTaxonomyEntry(const Taxonomy::Entry &entry) = 0;
    // Changes the label of an entry users added. Invalid for a built-in or an empty label,
    // NotFound for an unknown id.
    virtual Status renameTaxonomyEntry(Taxonomy::Kind kind, const std::string &id,
                                       const std::string &label) = 0;
    // Removes an entry users added. Invalid for a built-in, NotFound for an unknown id, InUse while
    // a regret (its domain or layers) or a role demand refers to it: an entry in use can only be
    // renamed.
    virtual Status deleteTaxonomyEntry(Taxonomy::Kind kind, const std::string &id) = 0;

    // Ordered by title (case-insensitive), then id.
    virtual Result<std::vector<Role>> roles() = 0;
    virtual Result<Role> role(Id id) = 0;
    // Inserts when role.id is 0, else replaces; returns the id. Invalid for a breadth demand
    // outside 0-10.
    virtual Result<Id> saveRole(const Role &role) = 0;
    // Deletes a role with its demands and team, in one transaction. InUse, naming the role, while
    // any candidate applies for it: candidates are never deleted by the way. Announces Role.
    virtual Status deleteRole(Id roleId) = 0;

    // All candidates, or those of one role, ordered by name.
    virtual Result<std::vector<Candidate>> candidates(std::optional<Id> roleId = {}) = 0;
    virtual Result<Candidate> candidate(Id id) = 0;
    // Inserts when candidate.id is 0, else replaces; returns the id. Invalid for a blank name.
    virtual Result<Id> saveCandidate(const Candidate &candidate) = 0;
    // A new candidate in a new role, in one transaction: inserts newRole, then the candidate with
    // that role (candidate.roleId is ignored) and returns the candidate's id. Both must be new
    // (id 0, else Invalid); when either insert fails, neither is stored and nothing is announced.
    // Announces Role, then Candidate.
    virtual Result<Id> addCandidateWithRole(const Candidate &candidate, const Role &newRole) = 0;

    // Erasure (a person's right to be forgotten): deletes the candidates and everything held
    // about them — every version of every interview, drafts and amendments in progress included,
    // with their regrets, notes, probe ticks, stage times and session; decisions; placement
    // overrides; the change-log entries naming them — in one transaction. NotFound, and nothing
    // erased, when one does not exist. Announces Candidate for each. What the storage keeps
    // beside its rows (SQLite's -wal, backups) is CandidateErasure's part.
    virtual Status eraseCandidates(const std::vector<Id> &candidateIds) = 0;
    // Every candidate with their last activity (see CandidateActivity), ordered by name: what a
    // retention period is applied to.
    virtual Result<std::vector<CandidateActivity>> candidateActivity() = 0;

    // Two records of the same person become one, in one transaction: every interview of `gone`
    // (every version, drafts and amendments in progress included), its decisions, placement
    // overrides and the records of earlier merges into it move to `keep`; a CandidateMerge naming
    // `gone` (its UUID, name and e-mail) and `recordedBy` is added to `keep`; then `gone` is
    // deleted. `keep` keeps its name, role and status (when the two applied for different roles,
    // keep's role wins); an e-mail or profile link it lacks is taken from `gone`. Invalid for a
    // candidate merged into itself, NotFound (naming the id) for an unknown one; a merge that
    // fails changes nothing. Announces Candidate for `keep`, then for `gone`.
    virtual Status mergeCandidates(Id keep, Id gone, const std::string &recordedBy) = 0;
    // The merges into a candidate, oldest first (those into a candidate merged into it since
    // included).
    virtual Result<std::vector<CandidateMerge>> candidateMerges(Id candidateId) = 0;

    // A candidate's interviews with their regrets and notes, oldest first: the current version of
    // each (a version an amendment replaced is left out; interviewVersions() has it).
    virtual Result<std::vector<Interview>> interviews(Id candidateId) = 0;
    // Every interview of every candidate of a role, with regrets but without notes: what scoring
    // a role needs, in one pass. Current versions only, as interviews().
    virtual Result<std::map<Id, std::vector<Interview>>> interviewsForRole(Id roleId) = 0;
    // Inserts a new interview with its regrets and notes. Regret ids in `interview` are local to it:
    // a note whose regretId equals one of them is linked to that regret's new row.
    virtual Result<Id> addInterview(const Interview &interview) = 0;

    // ---- The live interview (a draft; every write to a submitted interview fails with Sealed) ----

    // One interview with its regrets, notes and probe ticks.
    virtual Result<Interview> interview(Id id) = 0;
    // The newest draft of this interviewer with this candidate, if any: it reopens where it was.
    // Drafts are the interviewer's by Interviewer::isSameAs (by e-mail when both have one, so a
    // renamed interviewer finds theirs). An amendment in progress is not such a draft
    // (startAmendment() reopens it).
    virtual Result<std::optional<Id>> openDraft(Id candidateId, const Interviewer &interviewer) = 0;
    // Every draft, amendments in progress included, the most recently written first.
    virtual Result<std::vector<DraftSummary>> drafts() = 0;
    // Deletes a draft with everything recorded in it, in one transaction. Sealed for a submitted
    // interview. Announces Interview.
    virtual Status discardDraft(Id interviewId) = 0;
    // The interviewer changed their name, e-mail or both: their drafts (those `from` isSameAs,
    // amendments in progress included) take the new name and e-mail in one transaction, so they
    // reopen under them. Submitted interviews are sealed under what they were submitted with and
    // keep it. Announces Interview for each draft moved.
    virtual Status renameDraftAuthor(const Interviewer &from, const Interviewer &to) = 0;
    // Inserts when note.id is 0, else writes the note with that id, re-creating it if it was
    // deleted (so undoing a deletion brings back the same row). Returns the id.
    virtual Result<Id> saveNote(const Note &note) = 0;
    virtual Status deleteNote(Id noteId) = 0;
    // Inserts when regret.id is 0 (at regret.position), else writes it back, layers included.
    virtual Result<Id> saveRegret(const Regret &regret) = 0;
    virtual Status deleteRegret(Id regretId) = 0;
    // Where the screen is: stage, current regret, and the note line not yet committed.
    virtual Status saveSession(Id interviewId, const std::string &stage, int currentRegret,
                               const std::string &pendingNote) = 0;
    // The time spent in each stage so far, by Stage id; replaces what was stored.
    virtual Status saveStageTimes(Id interviewId,
                                  const std::map<std::string, std::int64_t> &stageMs) = 0;
    // Ticks (with tick.tickedAt) or unticks the probe for tick.regretId (0: no regret) of the
    // interview. Invalid when the regret belongs to another interview.
    virtual Status setProbeTicked(Id interviewId, const ProbeTick &tick, bool ticked) = 0;
    // Checks InterviewSeal::problems (Invalid when any), then seals: submitted, digest stored,
    // the pending line committed as a last note if not empty. Sealing an amendment also stamps
    // its time and marks the version it replaces as superseded. One transaction.
    virtual Status submitInterview(Id interviewId) = 0;

    // ---- Amending a submitted interview ----

    // Starts an amendment of the current version of a submitted interview by its author: a new
    // draft version (copied, numbered one higher, with the reason) that the live screen edits and
    // submitInterview() seals. Returns its id, or the id of the amendment already in progress.
    // The amendment keeps the name and e-mail the interview was submitted with. Invalid for a blank
    // reason, a draft or a superseded version; NotAuthor when `author` is not the interviewer who
    // submitted it (Interviewer::isSameAs: the same e-mail under a new name is). Announces
    // Interview.
    virtual Result<Id> startAmendment(Id interviewId, const Interviewer &author,
                                      const std::string &reason) = 0;
    // Every version of the interview `interviewId` is a version of, the first first, each with its
    // regrets, notes and ticks (an amendment in progress last).
    virtual Result<std::vector<Interview>> interviewVersions(Id interviewId) = 0;

    // A candidate's decisions, oldest first.
    virtual Result<std::vector<Decision>> decisions(Id candidateId) = 0;
    virtual Result<Id> addDecision(const Decision &decision) = 0;

    // A candidate's placement overrides, oldest first: history, never edited or removed.
    virtual Result<std::vector<PlacementOverride>> placementOverrides(Id candidateId) = 0;
    // Invalid when the reason is blank or a figure lies outside 0-10; NotFound for an unknown
    // candidate.
    virtual Result<Id> addPlacementOverride(const PlacementOverride &entry) = 0;

    // The team a role joins, by name (case-insensitive), then id.
    virtual Result<std::vector<TeamMember>> teamMembers(Id roleId) = 0;
    // Inserts when member.id is 0, else replaces. Invalid for a blank name or a figure outside
    // 0-10; NotFound for an unknown role or member id.
    virtual Result<Id> saveTeamMember(const TeamMember &member) = 0;
    virtual Status deleteTeamMember(Id memberId) = 0;

    enum class ImportMode { Write, DryRun };
    // Merges a whole dataset into what is held, by the rules of DESIGN.md (Identity; MergePlanner
    // has them), in one transaction: all of it or none of it. Returns what it added, merged and
    // skipped, with possible duplicates and conflicts; a DryRun returns the same report and writes
    // nothing. Importing the same dataset twice changes nothing the second time. Announces one
    // Dataset change when anything changed.
    virtual Result<ImportReport> importDataset(const Dataset &dataset,
                                               ImportMode mode = ImportMode::Write) = 0;
    // Everything, or one role with its candidates, as a dataset to leave the machine: submitted
    // interviews only (the current version of each), never a draft or an amendment in progress.
    virtual Result<Dataset> exportDataset(std::optional<Id> roleId = {}) = 0;

protected:
    // Calls every listener; a store calls it after a commit succeeded, never inside a transaction.
    void announce(const Change &change);

private:
    std::map<Subscription, ChangeListener> m_listeners;
    Subscription m_nextSubscription = 1;
};

} // namespace hindsight::core
