#pragma once

#include "core/merging/holdings.h"
#include "core/merging/mergeplan.h"
#include "core/storage/postgres/pgconnection.h"
#include "core/storage/store.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hindsight::core {

// The Store on a team's PostgreSQL server (DESIGN.md, Team mode), through the RAII layer over
// libpq in this folder. The same behaviour as SqliteStore, with the server deciding who sees what:
// row-level security seals drafts, so this class never filters by interviewer itself (a read
// simply does not return a colleague's draft, and a write to a row that is not the login's own
// draft changes no row and fails with Sealed or NotFound). One class; its implementation is split
// by concern over postgresstore*.cpp as SqliteStore's is.
//
// Change events: this store announces its own writes after they commit, as SqliteStore does, and
// hears other clients' through LISTEN on PgSchema::Channel: pollExternalChanges() reads the
// notifications the connection received (no table is polled), and changeSocket() is the socket to
// watch for them.
class PostgresStore final : public Store
{
public:
    // Connects (`uri`: a libpq URI or connection string; `password` when the GUI asked for one)
    // and checks the schema: TooNew for a newer server, Invalid asking for `hindsight team init`
    // when it has none or an older one; then listens for changes.
    static Result<std::unique_ptr<PostgresStore>> open(const std::string &uri,
                                                       const std::string &password = {});

    // The login and the server, for the title and status bars.
    std::string login() const;
    std::string serverName() const;
    // The interviewer the login was recorded as by `team add-interviewer`, if it was.
    Result<std::optional<Interviewer>> loginInterviewer();

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
    int changeSocket() const override;

    postgres::PgConnection &connection() { return *m_connection; }

private:
    using Changes = std::vector<Change>;
    using Write = std::function<Status(Changes &)>;

    explicit PostgresStore(std::unique_ptr<postgres::PgConnection> connection);

    // Runs `write` in one transaction; when it and the commit succeed, announces its Changes
    // (NOTIFY tells other clients: the triggers send it on commit). A connection found lost is
    // re-established first, once; Offline while the server stays away.
    Status runWrite(const Write &write);
    template<typename T, typename Fn>
    Result<T> runWrite(Fn &&write);
    // Reconnects when the connection was lost, and listens again.
    Status ensureConnected();
    Status listen();

    // Writers used inside an open transaction (as SqliteStore's).
    Result<Id> writeRole(const Role &role, TimePoint updatedAt);
    Result<Id> writeCandidate(const Candidate &candidate, TimePoint updatedAt);
    Result<Id> writeInterview(const Interview &interview);
    Result<Id> writeDecision(const Decision &decision);
    Result<Id> writePlacementOverride(const PlacementOverride &entry);
    Result<Id> insertTeamMember(const TeamMember &member);
    Result<Holdings> readHoldings();
    Status applyMerge(const MergePlan &plan, const Dataset &dataset);
    Status requireRow(std::string_view table, std::string_view what, Id id);

    Status loadRegrets(const std::string &interviewFilter, Id filterValue,
                       std::map<Id, Interview *> &byId);
    Status loadNotes(const std::string &interviewFilter, Id filterValue,
                     std::map<Id, Interview *> &byId);
    Status loadTicks(const std::string &interviewFilter, Id filterValue,
                     std::map<Id, Interview *> &byId);
    Status loadStageTimes(Id interviewId, Interview &interview);
    Status beginDraftWrite(Id interviewId);
    Result<Id> interviewOfRegret(Id regretId);
    Result<Id> writeRegret(const Regret &regret);
    Status writeTicks(Id interviewId, const std::vector<ProbeTick> &ticks,
                      const std::map<Id, Id> &regretIds);
    Result<Dataset> readDataset(std::optional<Id> roleId);

    std::unique_ptr<postgres::PgConnection> m_connection;
    // Lost and not yet re-established: the next poll says so once (a Dataset change follows a
    // reconnection, since anything may have changed meanwhile).
    bool m_lost = false;
    // While lost: when pollExternalChanges() may try to reconnect again, and why the last try
    // failed (returned until then).
    static constexpr std::chrono::seconds ReconnectInterval{3};
    std::chrono::steady_clock::time_point m_retryAt;
    Error m_offline;
};

template<typename T, typename Fn>
Result<T> PostgresStore::runWrite(Fn &&write)
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
