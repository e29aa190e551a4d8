#include "core/storage/postgres/postgresstore.h"

#include "core/storage/postgres/pgrows.h"

// The taxonomy: built-ins live in code, the table holds only entries users added. Every write
// announces Taxonomy with id 0 (an entry's id is text, and a Change carries numbers only).

namespace hindsight::core {

using namespace postgres;

namespace {

const Change taxonomyChanged{Change::Kind::Taxonomy, 0};

} // namespace

Result<Taxonomy> PostgresStore::taxonomy()
{
    PgStatement s = m_connection->prepare(
        "SELECT kind, id, label FROM taxonomy ORDER BY kind, label, id");
    std::vector<Taxonomy::Entry> user;
    if (Error e = forEachRow(s, [&](const PgStatement &row) {
            auto kind = Taxonomy::kindFromId(row.columnText(0));
            if (kind)
                user.push_back({*kind, row.columnText(1), row.columnText(2), false});
        }))
        return e;
    return Taxonomy(std::move(user));
}

Status PostgresStore::addTaxonomyEntry(const Taxonomy::Entry &entry)
{
    if (!Taxonomy::isValidId(entry.id) || entry.label.empty())
        return Error{Error::Code::Invalid, entry.id, "invalid taxonomy id or empty label"};
    return runWrite([&](Changes &changes) -> Status {
        // A built-in is not in the table, so the key alone cannot refuse it.
        auto current = taxonomy();
        if (!current)
            return current.error();
        if (current->find(entry.kind, entry.id))
            return Error{Error::Code::Constraint, entry.id, "taxonomy entry exists"};
        PgStatement s = m_connection->prepare(
            "INSERT INTO taxonomy (kind, id, label) VALUES ($1, $2, $3)");
        s.bind(1, Taxonomy::kindId(entry.kind)).bind(2, entry.id).bind(3, entry.label);
        // A colleague who added the same entry meanwhile makes the key refuse it.
        if (Error e = s.run())
            return concerning(e, entry.id);
        changes.push_back(taxonomyChanged);
        return {};
    });
}

Status PostgresStore::renameTaxonomyEntry(Taxonomy::Kind kind, const std::string &id,
                                          const std::string &label)
{
    if (label.empty())
        return Error{Error::Code::Invalid, id, "empty taxonomy label"};
    if (const Taxonomy::Entry *e = Taxonomy::builtIn().find(kind, id); e && e->builtIn)
        return Error{Error::Code::Invalid, id, "built-in taxonomy entries cannot change"};
    return runWrite([&](Changes &changes) -> Status {
        PgStatement s = m_connection->prepare(
            "UPDATE taxonomy SET label = $3 WHERE kind = $1 AND id = $2");
        s.bind(1, Taxonomy::kindId(kind)).bind(2, id).bind(3, label);
        if (Error e = s.run())
            return e;
        if (s.affected() == 0)
            return Error{Error::Code::NotFound, id, "no such taxonomy entry"};
        changes.push_back(taxonomyChanged);
        return {};
    });
}

Status PostgresStore::deleteTaxonomyEntry(Taxonomy::Kind kind, const std::string &id)
{
    if (const Taxonomy::Entry *e = Taxonomy::builtIn().find(kind, id); e && e->builtIn)
        return Error{Error::Code::Invalid, id, "built-in taxonomy entries cannot be deleted"};
    return runWrite([&](Changes &changes) -> Status {
        // Row-level security hides colleagues' drafts from this query, so an entry used only in
        // one of them counts as unused: the draft keeps the id and shows it unlabelled, as a
        // file's draft would after an import that lacked the entry.
        PgStatement use = m_connection->prepare(
            kind == Taxonomy::Kind::Layer
                ? "SELECT EXISTS (SELECT 1 FROM regret_layers WHERE layer = $1)"
                : "SELECT (EXISTS (SELECT 1 FROM regrets WHERE domain = $1)"
                  " OR EXISTS (SELECT 1 FROM role_demands WHERE domain = $1))");
        use.bind(1, id);
        auto inUse = readInt(use);
        if (!inUse)
            return inUse.error();
        if (*inUse != 0)
            return Error{Error::Code::InUse, id, "taxonomy entry in use"};
        PgStatement s = m_connection->prepare("DELETE FROM taxonomy WHERE kind = $1 AND id = $2");
        s.bind(1, Taxonomy::kindId(kind)).bind(2, id);
        if (Error e = s.run())
            return e;
        if (s.affected() == 0)
            return Error{Error::Code::NotFound, id, "no such taxonomy entry"};
        changes.push_back(taxonomyChanged);
        return {};
    });
}

} // namespace hindsight::core
