#pragma once

#include "core/merging/holdings.h"
#include "core/merging/mergeplan.h"
#include "core/storage/sqlite/automaticbackup.h"
#include "core/storage/sqlite/database.h"
#include "core/storage/store.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace hindsight::core {

// The Store on one SQLite file (DESIGN.md, Storage). One class; its implementation is split by
// concern over sqlitestore*.cpp (opening and the write transaction here, then taxonomy, roles and
// candidates, merges, interviews, drafts, amendments, committee, datasets, changes).
//
// Change log: every write transaction also inserts its Changes into the table change_log (seq,
// kind, entity) before it commits, so another connection on the same file learns exactly what
// changed through pollExternalChanges(). The log is kept bounded: each write deletes the rows
// more than ChangeLogKeep entries older than its own; a store that falls that far behind gets
// one Dataset change (anything may have changed) in place of what was pruned.
class SqliteStore final : public Store
{
public:
    static constexpr std::int64_t ChangeLogKeep = 10000;

    // Full: the file (and its -wal) is checked read-only before anything writes to it
    // (IntegrityCheck). Trusted: only its header; for a second connection of a process that has
    // already opened the file with Full, such as the live interview's writer.
    enum class OpenChecks { Full, Trusted };

    // Opens or creates the file and migrates it to the current schema. An existing file that is
    // empty, not SQLite, from a newer Hindsight or damaged is refused before SQLite opens it for
    // writing, and left unchanged. An existing database is backed up first (AutomaticBackup):
    // always before a migration, which does not run when that backup fails, else at most once a
    // day.
    static Result<std::unique_ptr<SqliteStore>> open(const std::string &path,
                                                     OpenChecks checks = OpenChecks::Full);
    // How long a write waits for another connection's lock before failing with Busy (5000 ms
    // unless set). The live interview's writer waits less: it keeps refused text in a journal.
    Status setBusyTimeout(int milliseconds);

    // The backup open() made, if any, and a daily backup that failed (the ui shows it).
    const AutomaticBackup::Outcome &automaticBackup() const { return m_automaticBackup; }

    Result<Taxonomy> taxonomy() override;
    Status addTaxonomyEntry(const Taxonomy::Entry &entry) override;
    Status renameTaxonomyEntry(Taxonomy::Kind kind, const std::string &id,
                               const std::string &label) override;
    Status deleteTaxonomyEntry(Taxonomy::Kind kind, const std::string &id) override;

    Result<std::vector<Role>> roles() override;
    Result<Role> role(Id id) override;
    Result<Id> saveRole(const Role &role) override;
    Status deleteRole(Id roleId) override;

    Result<std::vector<Candidate>> candidates(std::optional<Id> roleId = {}) override;
    Result<Candidate> candidate(Id id) override;
    Result<Id> saveCandidate(const Candidate &candidate) override;
    Result<Id> addCandidateWithRole(const Candidate &candidate, const Role &newRole) override;

    Status eraseCandidates(const std::vector<Id> &candidateIds) override;
    Result<std::vector<CandidateActivity>> candidateActivity() override;
    Status mergeCandidates(Id keep, Id gone, const std::string &recordedBy) override;
    Result<std::vector<CandidateMerge>> candidateMerges(Id candidateId) override;

    Result<std::vector<Interview>> interviews(Id candidateId) override;
    Result<std::map<Id, std::vector<Interview>>> interviewsForRole(Id roleId) override;
    Result<Id> addInterview(const Interview &interview) override;

    Result<Interview> interview(Id id) override;
    Result<std::optional<Id>> openDraft(Id candidateId, const Interviewer &interviewer) override;
    Result<std::vector<DraftSummary>> drafts() override;
    Status discardDraft(Id interviewId) override;
    Status renameDraftAuthor(const Interviewer &from, const Interviewer &to) override;
    Result<Id> saveNote(const Note &note) override;
    Status deleteNote(Id noteId) override;
    Result<Id> saveRegret(const Regret &regret) override;
    Status deleteRegret(Id regretId) override;
    Status saveSession(Id interviewId, const std::string &stage, int currentRegret,
                       const std::string &pendingNote) override;
    Status saveStageTimes(Id interviewId,
                          const std::map<std::string, std::int64_t> &stageMs) override;
    Status setProbeTicked(Id interviewId, const ProbeTick &tick, bool ticked) override;
    Status submitInterview(Id interviewId) override;

    Result<Id> startAmendment(Id interviewId, const Interviewer &author,
                              const std::string &reason) override;
    Result<std::vector<Interview>> interviewVersions(Id interviewId) override;

    Result<std::vector<Decision>> decisions(Id candidateId) override;
    Result<Id> addDecision(const Decision &decision) override;

    Result<std::vector<PlacementOverride>> placementOverrides(Id candidateId) override;
    Result<Id> addPlacementOverride(const PlacementOverride &entry) override;

    Result<std::vector<TeamMember>> teamMembers(Id roleId) override;
    Result<Id> saveTeamMember(const TeamMember &member) override;
    Status deleteTeamMember(Id memberId) override;

    Result<ImportReport> importDataset(const Dataset &dataset,
                                       ImportMode mode = ImportMode::Write) override;
    Result<Dataset> exportDataset(std::optional<Id> roleId = {}) override;

    Result<std::vector<Change>> pollExternalChanges() override;

    Database &database() { return *m_db; }

private:
    // What one write transaction changed, in the order it is logged and announced.
    using Changes = std::vector<Change>;
    using Write = std::function<Status(Changes &)>;

    explicit SqliteStore(std::unique_ptr<Database> db);

    // Runs `write` in one BEGIN IMMEDIATE transaction. When it succeeds, logs the Changes it
    // added, commits, and only then announces them; when it or the commit fails, rolls back,
    // announces nothing and returns the first error.
    Status runWrite(const Write &write);
    // The same for a write that returns a value (an id).
    template<typename T, typename Fn>
    Result<T> runWrite(Fn &&write);

    // Inside the write transaction: inserts the Changes into change_log, prunes old rows, and
    // returns the seq range written and the newest seq that existed before.
    struct Logged
    {
        std::int64_t before = 0;
        std::int64_t first = 0;
        std::int64_t last = 0;
    };
    Result<Logged> logChanges(const Changes &changes);
    // After the commit: remembers this store's own seqs so pollExternalChanges skips them.
    void noteOwnChanges(const Logged &logged);
    Result<std::int64_t> newestLoggedSeq();
    Result<std::int64_t> dataVersion();

    // Writers used inside an open transaction.
    // `updatedAt`: now for an edit, the file's time for an import.
    Result<Id> writeRole(const Role &role, TimePoint updatedAt);
    Result<Id> writeCandidate(const Candidate &candidate, TimePoint updatedAt);
    Result<Id> writeInterview(const Interview &interview);
    Result<Id> writeDecision(const Decision &decision);
    Result<Id> writePlacementOverride(const PlacementOverride &entry);
    Result<Id> insertTeamMember(const TeamMember &member);
    // What the database holds, as MergePlanner compares a dataset with it; and the writes of its
    // plan. Both inside the import's transaction.
    Result<Holdings> readHoldings();
    Status applyMerge(const MergePlan &plan, const Dataset &dataset);
    // NotFound unless a row with this id exists in `table` (a name from our code, never user data).
    Status requireRow(std::string_view table, std::string_view what, Id id);

    // Fills regrets (and notes when asked) of the interviews whose ids are keys of `byId`.
    Status loadRegrets(const std::string &interviewFilter, Id filterValue,
                       std::map<Id, Interview *> &byId);
    Status loadNotes(const std::string &interviewFilter, Id filterValue,
                     std::map<Id, Interview *> &byId);
    Status loadTicks(const std::string &interviewFilter, Id filterValue,
                     std::map<Id, Interview *> &byId);
    Status loadStageTimes(Id interviewId, Interview &interview);
    // Inside a write to a draft, before writing: fails with Sealed when the interview is
    // submitted, NotFound when it does not exist; else stamps its updated_at with now.
    Status beginDraftWrite(Id interviewId);
    Result<Id> interviewOfRegret(Id regretId);
    Result<Id> writeRegret(const Regret &regret);
    // Inserts the ticks of a new interview; `regretIds` maps the ticks' regret ids to stored ones.
    Status writeTicks(Id interviewId, const std::vector<ProbeTick> &ticks,
                      const std::map<Id, Id> &regretIds);
    // Marks the submitted version `oldId` as replaced by `newId`; Invalid when it is not a
    // submitted current version.
    Status supersede(Id oldId, Id newId);
    // Seals submitted interviews that have no digest yet (written by schema version 1).
    Status sealLegacySubmissions();
    // The dataset exportDataset returns, read inside its read transaction.
    Result<Dataset> readDataset(std::optional<Id> roleId);

    std::unique_ptr<Database> m_db;
    // PRAGMA data_version when last polled: unchanged means no other connection committed.
    std::int64_t m_dataVersion = 0;
    // The newest change_log seq this store has seen or written itself.
    std::int64_t m_seenSeq = 0;
    // Seqs above m_seenSeq that this store wrote (another connection wrote in between, so the
    // log could not simply be skipped ahead); pollExternalChanges skips and forgets them.
    std::set<std::int64_t> m_ownSeqs;
    AutomaticBackup::Outcome m_automaticBackup;
};

template<typename T, typename Fn>
Result<T> SqliteStore::runWrite(Fn &&write)
{
    std::optional<T> value;
    const Status status = runWrite([&](Changes &changes) -> Status {
        Result<T> result = write(changes);
        if (!result)
            return result.error();
        value = std::move(*result);
        return {};
    });
    if (status)
        return status;
    return std::move(*value);
}

} // namespace hindsight::core
