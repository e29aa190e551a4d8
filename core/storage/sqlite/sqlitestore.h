#pragma once

#include "core/storage/sqlite/database.h"
#include "core/storage/store.h"

#include <memory>
#include <string>
#include <string_view>

namespace hindsight::core {

// The Store on one SQLite file (DESIGN.md, Storage).
class SqliteStore final : public Store
{
public:
    // Opens or creates the file and migrates it to the current schema.
    static Result<std::unique_ptr<SqliteStore>> open(const std::string &path);

    Result<Taxonomy> taxonomy() override;
    Status addTaxonomyEntry(const Taxonomy::Entry &entry) override;
    Status renameTaxonomyEntry(Taxonomy::Kind kind, const std::string &id,
                               const std::string &label) override;
    Status deleteTaxonomyEntry(Taxonomy::Kind kind, const std::string &id) override;

    Result<std::vector<Role>> roles() override;
    Result<Role> role(Id id) override;
    Result<Id> saveRole(const Role &role) override;

    Result<std::vector<Candidate>> candidates(std::optional<Id> roleId = {}) override;
    Result<Candidate> candidate(Id id) override;
    Result<Id> saveCandidate(const Candidate &candidate) override;

    Result<std::vector<Interview>> interviews(Id candidateId) override;
    Result<std::map<Id, std::vector<Interview>>> interviewsForRole(Id roleId) override;
    Result<Id> addInterview(const Interview &interview) override;

    Result<Interview> interview(Id id) override;
    Result<std::optional<Id>> openDraft(Id candidateId, const std::string &interviewer) override;
    Result<Id> saveNote(const Note &note) override;
    Status deleteNote(Id noteId) override;
    Result<Id> saveRegret(const Regret &regret) override;
    Status deleteRegret(Id regretId) override;
    Status saveSession(Id interviewId, const std::string &stage, int currentRegret,
                       const std::string &pendingNote) override;
    Status setProbeTicked(Id interviewId, const std::string &probe, bool ticked) override;
    Status submitInterview(Id interviewId) override;

    Result<std::vector<Decision>> decisions(Id candidateId) override;
    Result<Id> addDecision(const Decision &decision) override;

    Result<std::vector<PlacementOverride>> placementOverrides(Id candidateId) override;
    Result<Id> addPlacementOverride(const PlacementOverride &entry) override;

    Result<std::vector<TeamMember>> teamMembers(Id roleId) override;
    Result<Id> saveTeamMember(const TeamMember &member) override;
    Status deleteTeamMember(Id memberId) override;

    Status importDataset(const Dataset &dataset) override;
    Result<Dataset> exportDataset(std::optional<Id> roleId = {}) override;

    Result<std::vector<Change>> pollExternalChanges() override;

    Database &database() { return *m_db; }

private:
    explicit SqliteStore(std::unique_ptr<Database> db);

    // Writers used inside an open transaction.
    Result<Id> writeRole(const Role &role);
    Result<Id> writeCandidate(const Candidate &candidate);
    Result<Id> writeInterview(const Interview &interview);
    Result<Id> writeDecision(const Decision &decision);
    Result<std::optional<Id>> findEqualRole(const Role &role);
    // NotFound unless a row with this id exists in `table` (a name from our code, never user data).
    Status requireRow(std::string_view table, std::string_view what, Id id);

    // Fills regrets (and notes when asked) of the interviews whose ids are keys of `byId`.
    Status loadRegrets(const std::string &interviewFilter, Id filterValue,
                       std::map<Id, Interview *> &byId);
    Status loadNotes(const std::string &interviewFilter, Id filterValue,
                     std::map<Id, Interview *> &byId);
    Status loadTicks(const std::string &interviewFilter, Id filterValue,
                     std::map<Id, Interview *> &byId);
    // Fails with Sealed when the interview is submitted, NotFound when it does not exist.
    Status requireDraft(Id interviewId);
    Result<Id> interviewOfRegret(Id regretId);
    Result<Id> writeRegret(const Regret &regret);
    // Seals submitted interviews that have no digest yet (written by schema version 1).
    Status sealLegacySubmissions();

    Result<std::int64_t> dataVersion();

    std::unique_ptr<Database> m_db;
    std::int64_t m_dataVersion = 0;
};

} // namespace hindsight::core
