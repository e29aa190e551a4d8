#include "core/storage/postgres/postgresstore.h"

#include "core/storage/postgres/pgrows.h"

// The hiring committee's data: decisions and placement overrides (history, announced with the
// candidate's id) and the team a role joins (announced as TeamMember with the role's id). The
// server stamps decisions and overrides with the login that wrote them (recorded_login, by a
// trigger): recordedBy is the name the client shows, the login is who it was.

namespace hindsight::core {

using namespace postgres;

// ---- decisions -------------------------------------------------------------------------------

Result<std::vector<Decision>> PostgresStore::decisions(Id candidateId)
{
    std::vector<Decision> list;
    PgStatement s = m_connection->prepare(
        "SELECT id, candidate_id, outcome, rationale, recorded_by, decided_at, uuid "
        "FROM decisions WHERE candidate_id = $1 ORDER BY decided_at, id");
    s.bind(1, candidateId);
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            Decision d;
            d.id = row.columnInt64(0);
            d.candidateId = row.columnInt64(1);
            d.outcome = Decision::outcomeFromId(row.columnText(2)).value_or(Decision::Outcome::Hold);
            d.rationale = row.columnText(3);
            d.recordedBy = row.columnText(4);
            d.decidedAt = fromMs(row.columnInt64(5));
            d.uuid = row.columnText(6);
            list.push_back(std::move(d));
        }))
        return e;
    return list;
}

Result<Id> PostgresStore::addDecision(const Decision &decision)
{
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        auto id = writeDecision(decision);
        if (id)
            changes.push_back({Change::Kind::Decision, decision.candidateId});
        return id;
    });
}

Result<Id> PostgresStore::writeDecision(const Decision &d)
{
    PgStatement s = m_connection->prepare(
        "INSERT INTO decisions (candidate_id, outcome, rationale, recorded_by, decided_at, uuid) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id");
    s.bind(1, d.candidateId)
        .bind(2, Decision::outcomeId(d.outcome))
        .bind(3, d.rationale)
        .bind(4, d.recordedBy)
        .bind(5, toMs(d.decidedAt))
        .bind(6, uuidFor(d.uuid));
    auto id = readInt(s);
    if (!id)
        return concerning(id.error(), fmt::format("decision on candidate {}", d.candidateId));
    return *id;
}

// ---- placement overrides ---------------------------------------------------------------------

Result<std::vector<PlacementOverride>> PostgresStore::placementOverrides(Id candidateId)
{
    std::vector<PlacementOverride> list;
    PgStatement s = m_connection->prepare(
        "SELECT id, candidate_id, breadth, depth, reason, recorded_by, recorded_at, uuid "
        "FROM placement_overrides WHERE candidate_id = $1 ORDER BY recorded_at, id");
    s.bind(1, candidateId);
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            PlacementOverride o;
            o.id = row.columnInt64(0);
            o.candidateId = row.columnInt64(1);
            o.breadth = row.columnDouble(2);
            o.depth = row.columnDouble(3);
            o.reason = row.columnText(4);
            o.recordedBy = row.columnText(5);
            o.recordedAt = fromMs(row.columnInt64(6));
            o.uuid = row.columnText(7);
            list.push_back(std::move(o));
        }))
        return e;
    return list;
}

Result<Id> PostgresStore::addPlacementOverride(const PlacementOverride &entry)
{
    const std::string where = fmt::format("placement override of candidate {}", entry.candidateId);
    if (isBlank(entry.reason))
        return Error{Error::Code::Invalid, where, "empty reason"};
    if (!isFigure(entry.breadth) || !isFigure(entry.depth))
        return Error{Error::Code::Invalid, where, "breadth or depth outside 0-10"};
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        if (Error e = requireRow("candidates", "candidate", entry.candidateId))
            return e;
        auto id = writePlacementOverride(entry);
        if (id)
            changes.push_back({Change::Kind::PlacementOverride, entry.candidateId});
        return id;
    });
}

Result<Id> PostgresStore::writePlacementOverride(const PlacementOverride &entry)
{
    PgStatement s = m_connection->prepare(
        "INSERT INTO placement_overrides (candidate_id, breadth, depth, reason, recorded_by, "
        "recorded_at, uuid) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id");
    s.bind(1, entry.candidateId)
        .bind(2, entry.breadth)
        .bind(3, entry.depth)
        .bind(4, entry.reason)
        .bind(5, entry.recordedBy)
        .bind(6, toMs(entry.recordedAt))
        .bind(7, uuidFor(entry.uuid));
    auto id = readInt(s);
    if (!id)
        return concerning(id.error(),
                          fmt::format("placement override of candidate {}", entry.candidateId));
    return *id;
}

// ---- the team a role joins -------------------------------------------------------------------

Result<std::vector<TeamMember>> PostgresStore::teamMembers(Id roleId)
{
    std::vector<TeamMember> list;
    PgStatement s = m_connection->prepare(
        "SELECT id, role_id, name, breadth, depth, uuid FROM team_members "
        "WHERE role_id = $1 ORDER BY lower(name), id");
    s.bind(1, roleId);
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            list.push_back({row.columnInt64(0), row.columnInt64(1), row.columnText(2),
                            row.columnDouble(3), row.columnDouble(4), row.columnText(5)});
        }))
        return e;
    return list;
}

Result<Id> PostgresStore::saveTeamMember(const TeamMember &member)
{
    const std::string where = fmt::format("team member {} of role {}", member.name, member.roleId);
    if (isBlank(member.name))
        return Error{Error::Code::Invalid, where, "empty name"};
    if (!isFigure(member.breadth) || !isFigure(member.depth))
        return Error{Error::Code::Invalid, where, "breadth or depth outside 0-10"};
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        // Checked here rather than left to the foreign key, which would only say Constraint.
        if (Error e = requireRow("roles", "role", member.roleId))
            return e;
        if (member.id == 0) {
            auto id = insertTeamMember(member);
            if (id)
                changes.push_back({Change::Kind::TeamMember, member.roleId});
            return id;
        }
        // A member may move to another role: both teams changed. FOR UPDATE, so the role read is
        // still the member's when the update runs.
        PgStatement find = m_connection->prepare(
            "SELECT role_id FROM team_members WHERE id = $1 FOR UPDATE");
        find.bind(1, member.id);
        auto oldRole = readOne(find, "team member", member.id,
                               [](const PgStatement &row) { return row.columnInt64(0); });
        if (!oldRole)
            return oldRole.error();
        PgStatement s = m_connection->prepare("UPDATE team_members SET role_id = $2, name = $3, "
                                              "breadth = $4, depth = $5 WHERE id = $1");
        s.bind(1, member.id)
            .bind(2, member.roleId)
            .bind(3, member.name)
            .bind(4, member.breadth)
            .bind(5, member.depth);
        if (Error e = s.run())
            return concerning(e, where);
        if (*oldRole != member.roleId)
            changes.push_back({Change::Kind::TeamMember, *oldRole});
        changes.push_back({Change::Kind::TeamMember, member.roleId});
        return member.id;
    });
}

Result<Id> PostgresStore::insertTeamMember(const TeamMember &member)
{
    PgStatement s = m_connection->prepare(
        "INSERT INTO team_members (role_id, name, breadth, depth, uuid) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id");
    s.bind(1, member.roleId).bind(2, member.name).bind(3, member.breadth).bind(4, member.depth);
    s.bind(5, uuidFor(member.uuid));
    auto id = readInt(s);
    if (!id)
        return concerning(id.error(), fmt::format("team member {}", member.name));
    return *id;
}

Status PostgresStore::deleteTeamMember(Id memberId)
{
    return runWrite([&](Changes &changes) -> Status {
        // RETURNING: the role whose team changed, from the row actually deleted.
        PgStatement s = m_connection->prepare(
            "DELETE FROM team_members WHERE id = $1 RETURNING role_id");
        s.bind(1, memberId);
        auto roleId = readOne(s, "team member", memberId,
                              [](const PgStatement &row) { return row.columnInt64(0); });
        if (!roleId)
            return roleId.error();
        changes.push_back({Change::Kind::TeamMember, *roleId});
        return {};
    });
}

} // namespace hindsight::core
