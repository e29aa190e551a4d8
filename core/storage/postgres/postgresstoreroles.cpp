#include "core/storage/postgres/postgresstore.h"

#include "core/storage/postgres/pgrows.h"

#include <algorithm>

// Roles with their domain demands, and candidates. A role's write announces Role with its id, a
// candidate's Candidate with its id.

namespace hindsight::core {

using namespace postgres;

// ---- roles -----------------------------------------------------------------------------------

Result<std::vector<Role>> PostgresStore::roles()
{
    std::vector<Role> list;
    PgStatement s = m_connection->prepare(
        fmt::format("SELECT {} FROM roles ORDER BY lower(title), id", roleColumns));
    if (Error e = forEachRow(s, [&](const PgStatement &row) { list.push_back(readRole(row)); }))
        return e;
    PgStatement d = m_connection->prepare("SELECT role_id, domain, depth FROM role_demands");
    if (Error e = forEachRow(d, [&](const PgStatement &row) {
            const Id roleId = row.columnInt64(0);
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const Role &r) { return r.id == roleId; });
            if (it != list.end())
                it->domainDemands[row.columnText(1)] = row.columnInt(2);
        }))
        return e;
    return list;
}

Result<Role> PostgresStore::role(Id id)
{
    PgStatement s = m_connection->prepare(fmt::format("SELECT {} FROM roles WHERE id = $1",
                                                      roleColumns));
    s.bind(1, id);
    auto role = readOne(s, "role", id, readRole);
    if (!role)
        return role;
    PgStatement d = m_connection->prepare("SELECT domain, depth FROM role_demands WHERE role_id = $1");
    d.bind(1, id);
    if (Error e = forEachRow(d, [&](const PgStatement &row) {
            role->domainDemands[row.columnText(0)] = row.columnInt(1);
        }))
        return e;
    return role;
}

Result<Id> PostgresStore::saveRole(const Role &role)
{
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        auto id = writeRole(role, now());
        if (id)
            changes.push_back({Change::Kind::Role, *id});
        return id;
    });
}

Status PostgresStore::deleteRole(Id roleId)
{
    return runWrite([&](Changes &changes) -> Status {
        // FOR UPDATE: no colleague adds a candidate to it between the count and the delete.
        PgStatement find = m_connection->prepare(
            "SELECT title, (SELECT count(*) FROM candidates WHERE role_id = roles.id) "
            "FROM roles WHERE id = $1 FOR UPDATE");
        find.bind(1, roleId);
        auto found = readOne(find, "role", roleId, [](const PgStatement &row) {
            return std::pair{row.columnText(0), row.columnInt64(1)};
        });
        if (!found)
            return found.error();
        const auto &[title, candidates] = *found;
        if (candidates > 0)
            return Error{Error::Code::InUse, fmt::format("the role {}", title),
                         fmt::format("{} candidate(s) apply for it", candidates)};
        // Demands and team members go with it (ON DELETE CASCADE).
        PgStatement s = m_connection->prepare("DELETE FROM roles WHERE id = $1");
        s.bind(1, roleId);
        if (Error e = s.run()) {
            // A candidate added by a colleague after the count: the key refuses the delete.
            if (e.code == Error::Code::Constraint)
                return Error{Error::Code::InUse, fmt::format("the role {}", title),
                             "a candidate applies for it"};
            return e;
        }
        changes.push_back({Change::Kind::Role, roleId});
        return {};
    });
}

Result<Id> PostgresStore::writeRole(const Role &role, TimePoint updatedAt)
{
    if (role.breadthDemand < 0.0 || role.breadthDemand > 10.0)
        return Error{Error::Code::Invalid, role.title, "breadth demand outside 0-10"};
    Id id = role.id;
    if (id == 0) {
        PgStatement s = m_connection->prepare(
            "INSERT INTO roles (title, description, breadth_demand, uuid, updated_at) "
            "VALUES ($1, $2, $3, $4, $5) RETURNING id");
        s.bind(1, role.title).bind(2, role.description).bind(3, role.breadthDemand);
        s.bind(4, uuidFor(role.uuid)).bind(5, toMs(updatedAt));
        auto inserted = readInt(s);
        if (!inserted)
            return concerning(inserted.error(), fmt::format("role {}", role.title));
        id = *inserted;
    } else {
        // The UUID never changes: it is who the role is, wherever it travels.
        PgStatement s = m_connection->prepare(
            "UPDATE roles SET title = $2, description = $3, breadth_demand = $4, "
            "updated_at = $5 WHERE id = $1");
        s.bind(1, id).bind(2, role.title).bind(3, role.description).bind(4, role.breadthDemand);
        s.bind(5, toMs(updatedAt));
        if (Error e = s.run())
            return e;
        if (s.affected() == 0)
            return notFound("role", id);
        PgStatement del = m_connection->prepare("DELETE FROM role_demands WHERE role_id = $1");
        del.bind(1, id);
        if (Error e = del.run())
            return e;
    }
    PgStatement ins = m_connection->prepare(
        "INSERT INTO role_demands (role_id, domain, depth) VALUES ($1, $2, $3)");
    for (const auto &[domain, depth] : role.domainDemands) {
        ins.bind(1, id).bind(2, domain).bind(3, depth);
        if (Error e = ins.run())
            return concerning(e, fmt::format("role {} demand {}", role.title, domain));
    }
    return id;
}

// ---- candidates ------------------------------------------------------------------------------

Result<std::vector<Candidate>> PostgresStore::candidates(std::optional<Id> roleId)
{
    std::vector<Candidate> list;
    PgStatement s = m_connection->prepare(
        roleId
            ? fmt::format("SELECT {} FROM candidates WHERE role_id = $1 "
                          "ORDER BY lower(name), id",
                          candidateColumns)
            : fmt::format("SELECT {} FROM candidates ORDER BY lower(name), id", candidateColumns));
    if (roleId)
        s.bind(1, *roleId);
    if (Error e = forEachRow(s, [&](const PgStatement &row) { list.push_back(readCandidate(row)); }))
        return e;
    return list;
}

Result<Candidate> PostgresStore::candidate(Id id)
{
    PgStatement s = m_connection->prepare(fmt::format("SELECT {} FROM candidates WHERE id = $1",
                                                      candidateColumns));
    s.bind(1, id);
    return readOne(s, "candidate", id, readCandidate);
}

Result<Id> PostgresStore::saveCandidate(const Candidate &candidate)
{
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        auto id = writeCandidate(candidate, now());
        if (id)
            changes.push_back({Change::Kind::Candidate, *id});
        return id;
    });
}

Result<Id> PostgresStore::addCandidateWithRole(const Candidate &candidate, const Role &newRole)
{
    if (newRole.id != 0 || candidate.id != 0)
        return Error{Error::Code::Invalid, fmt::format("candidate {}", candidate.name),
                     "a new candidate with a new role must not have ids yet"};
    return runWrite<Id>([&](Changes &changes) -> Result<Id> {
        auto roleId = writeRole(newRole, now());
        if (!roleId)
            return roleId;
        changes.push_back({Change::Kind::Role, *roleId});
        Candidate c = candidate;
        c.roleId = *roleId;
        auto id = writeCandidate(c, now());
        if (id)
            changes.push_back({Change::Kind::Candidate, *id});
        return id;
    });
}

Result<Id> PostgresStore::writeCandidate(const Candidate &c, TimePoint updatedAt)
{
    if (isBlank(c.name))
        return Error{Error::Code::Invalid, fmt::format("candidate {}", c.id), "empty name"};
    if (c.id == 0) {
        PgStatement s = m_connection->prepare(
            "INSERT INTO candidates (name, email, role_id, status, updated_at, uuid, "
            "profile_link) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id");
        s.bind(1, c.name).bind(2, c.email).bind(3, c.roleId).bind(4, statusId(c.status));
        s.bind(5, toMs(updatedAt)).bind(6, uuidFor(c.uuid)).bind(7, c.profileLink);
        auto id = readInt(s);
        if (!id)
            return concerning(id.error(), fmt::format("candidate {}", c.name));
        return *id;
    }
    // updated_at: an edit is activity, which retention counts (see Store::candidateActivity).
    PgStatement s = m_connection->prepare(
        "UPDATE candidates SET name = $2, email = $3, role_id = $4, status = $5, "
        "updated_at = $6, profile_link = $7 WHERE id = $1");
    s.bind(1, c.id).bind(2, c.name).bind(3, c.email).bind(4, c.roleId).bind(5, statusId(c.status));
    s.bind(6, toMs(updatedAt)).bind(7, c.profileLink);
    if (Error e = s.run())
        return e;
    if (s.affected() == 0)
        return notFound("candidate", c.id);
    return c.id;
}

} // namespace hindsight::core
