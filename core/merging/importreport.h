#pragma once

#include "core/ids.h"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace hindsight::core {

// What importing a dataset did, or would do (a dry run): per kind of entity how many were added,
// merged into one already held (a field took a newer value, or an interview a newer version) and
// skipped (already held as the file has it); the candidates that may be someone already held
// (same name in the same role, no e-mail or UUID to tell), and the conflicts: values that differed
// and which one was kept. Plain data; the ui and the command line word it.
struct ImportReport
{
    enum class Entity { Role, TeamMember, Candidate, Interview, Decision, PlacementOverride };
    static constexpr std::size_t EntityCount = 6;

    struct Tally
    {
        int added = 0;
        int merged = 0;
        int skipped = 0;
    };

    // A candidate added from the file whose name equals (case-insensitive) one held for the same
    // role: perhaps the same person, never merged silently (Candidate → Merge offers it).
    struct PossibleDuplicate
    {
        std::string name;  // as in the file
        std::string email; // as in the file
        std::string role;  // the role's title
        Id heldId = 0;     // the candidate already held
        std::string heldName;
        std::string heldEmail;
    };

    // One field of one entity whose value in the file differs from the one held.
    struct Conflict
    {
        Entity entity = Entity::Role;
        std::string subject;  // the role's title, the candidate's name, ...
        std::string field;    // "title", "description", "breadthDemand", "domainDemands", "name",
                              // "email", "status", "profileLink", "role", "content"
        std::string held;     // the value held before the import
        std::string incoming; // the value in the file
        bool tookIncoming = false; // the file's value was newer and replaced the held one
    };

    std::array<Tally, EntityCount> tallies{};
    std::vector<PossibleDuplicate> possibleDuplicates;
    std::vector<Conflict> conflicts;

    Tally &operator[](Entity entity) { return tallies[std::size_t(entity)]; }
    const Tally &operator[](Entity entity) const { return tallies[std::size_t(entity)]; }
    // Whether writing this import would change nothing: everything in it is already held.
    bool changesNothing() const
    {
        for (const Tally &t : tallies) {
            if (t.added != 0 || t.merged != 0)
                return false;
        }
        return true;
    }
};

} // namespace hindsight::core
