#include "core/storage/sqlite/migrator.h"

#include "core/storage/sqlite/database.h"
#include "core/storage/sqlite/transaction.h"

#include <fmt/format.h>

namespace hindsight::core {

namespace {

// Version 1: the first schema. Built-in taxonomy entries live in code; the taxonomy table holds
// only entries users added. Times are milliseconds since the Unix epoch, UTC.
constexpr const char *schemaV1 = R"sql(
CREATE TABLE taxonomy (
    kind  TEXT NOT NULL CHECK (kind IN ('layer', 'domain')),
    id    TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE TABLE roles (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    breadth_demand REAL NOT NULL CHECK (breadth_demand >= 0 AND breadth_demand <= 10)
);

CREATE TABLE role_demands (
    role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    domain  TEXT NOT NULL,
    depth   INTEGER NOT NULL CHECK (depth BETWEEN 1 AND 4),
    PRIMARY KEY (role_id, domain)
) WITHOUT ROWID;

CREATE TABLE candidates (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    email   TEXT NOT NULL DEFAULT '',
    role_id INTEGER NOT NULL REFERENCES roles (id),
    status  TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn'))
);
CREATE INDEX candidates_by_role ON candidates (role_id);

CREATE TABLE interviews (
    id           INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    interviewer  TEXT NOT NULL,
    started_at   INTEGER NOT NULL,
    submitted    INTEGER NOT NULL DEFAULT 0 CHECK (submitted IN (0, 1))
);
CREATE INDEX interviews_by_candidate ON interviews (candidate_id);

CREATE TABLE regrets (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    system       TEXT NOT NULL DEFAULT '',
    decision     TEXT NOT NULL DEFAULT '',
    why          TEXT NOT NULL DEFAULT '',
    instead      TEXT NOT NULL DEFAULT '',
    impact       TEXT NOT NULL DEFAULT '',
    level        TEXT NOT NULL CHECK (level IN ('product', 'domain', 'mixed', 'unclear')),
    domain       TEXT NOT NULL DEFAULT '',
    depth        INTEGER NOT NULL CHECK (depth BETWEEN 0 AND 4)
);
CREATE INDEX regrets_by_interview ON regrets (interview_id, position);

CREATE TABLE regret_layers (
    regret_id INTEGER NOT NULL REFERENCES regrets (id) ON DELETE CASCADE,
    layer     TEXT NOT NULL,
    PRIMARY KEY (regret_id, layer)
) WITHOUT ROWID;

CREATE TABLE notes (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    at_ms        INTEGER NOT NULL,
    stage        TEXT NOT NULL,
    text         TEXT NOT NULL,
    regret_id    INTEGER REFERENCES regrets (id) ON DELETE SET NULL,
    quote        INTEGER NOT NULL DEFAULT 0 CHECK (quote IN (0, 1))
);
CREATE INDEX notes_by_interview ON notes (interview_id, at_ms);
CREATE INDEX notes_by_regret ON notes (regret_id);

CREATE TABLE decisions (
    id           INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    outcome      TEXT NOT NULL CHECK (outcome IN ('advance', 'hire', 'no-hire', 'hold')),
    rationale    TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL DEFAULT '',
    decided_at   INTEGER NOT NULL
);
CREATE INDEX decisions_by_candidate ON decisions (candidate_id, decided_at);
)sql";

// Version 2: the live interview screen. Where a draft was left (stage, current regret, the line
// being typed), which probes were asked, whether a regret's level and depth were chosen yet, and
// the digest that seals a submitted interview.
constexpr const char *schemaV2 = R"sql(
ALTER TABLE interviews ADD COLUMN stage TEXT NOT NULL DEFAULT 'system';
ALTER TABLE interviews ADD COLUMN current_regret INTEGER NOT NULL DEFAULT 0;
ALTER TABLE interviews ADD COLUMN pending_note TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN digest TEXT NOT NULL DEFAULT '';
ALTER TABLE regrets ADD COLUMN level_chosen INTEGER NOT NULL DEFAULT 1 CHECK (level_chosen IN (0, 1));
ALTER TABLE regrets ADD COLUMN depth_chosen INTEGER NOT NULL DEFAULT 1 CHECK (depth_chosen IN (0, 1));

CREATE TABLE probe_ticks (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    probe        TEXT NOT NULL,
    PRIMARY KEY (interview_id, probe)
) WITHOUT ROWID;
)sql";

// Version 3: the hiring committee board. A committee member's placement of a candidate that
// differs from the formula's, kept as history with its reason; and the current members of the
// team a role joins, placed by hand on the role's chart. Neither is ever scored.
constexpr const char *schemaV3 = R"sql(
CREATE TABLE placement_overrides (
    id           INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    breadth      REAL NOT NULL CHECK (breadth >= 0 AND breadth <= 10),
    depth        REAL NOT NULL CHECK (depth >= 0 AND depth <= 10),
    reason       TEXT NOT NULL,
    recorded_by  TEXT NOT NULL DEFAULT '',
    recorded_at  INTEGER NOT NULL
);
CREATE INDEX placement_overrides_by_candidate ON placement_overrides (candidate_id, recorded_at);

CREATE TABLE team_members (
    id      INTEGER PRIMARY KEY,
    role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    breadth REAL NOT NULL CHECK (breadth >= 0 AND breadth <= 10),
    depth   REAL NOT NULL CHECK (depth >= 0 AND depth <= 10)
);
CREATE INDEX team_members_by_role ON team_members (role_id);
)sql";

// Version 4: the change log. Every write transaction adds what it changed (Change::Kind as its
// number, the entity's id) so other connections on the same file can tell their views exactly
// what to read again; AUTOINCREMENT so a seq is never reused after old rows are pruned. Never
// any text, as with the team server's NOTIFY payloads.
constexpr const char *schemaV4 = R"sql(
CREATE TABLE change_log (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    kind   INTEGER NOT NULL,
    entity INTEGER NOT NULL
);
)sql";

// Version 5: the live interview with several regrets. Probe ticks belong to the regret they were
// asked for, with the time they were ticked (ticks of version 4 go to the regret that was current,
// else the first; their time is unknown, 0). A submitted interview may be amended by its author:
// each amendment is a new interview row (version n + 1, `amends` the row it replaces), and the
// replaced row is kept with `superseded_by` set when the amendment is sealed. Drafts record when
// they were last written, and the time spent in each stage.
constexpr const char *schemaV5 = R"sql(
ALTER TABLE interviews ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE interviews ADD COLUMN amends INTEGER REFERENCES interviews (id) ON DELETE SET NULL;
ALTER TABLE interviews ADD COLUMN superseded_by INTEGER REFERENCES interviews (id) ON DELETE SET NULL;
ALTER TABLE interviews ADD COLUMN amend_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN amended_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE interviews ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE interviews SET updated_at = started_at
    + coalesce((SELECT max(n.at_ms) FROM notes n WHERE n.interview_id = interviews.id), 0);
CREATE INDEX interviews_by_amends ON interviews (amends);

CREATE TABLE probe_ticks_v5 (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    regret_id    INTEGER REFERENCES regrets (id) ON DELETE CASCADE,
    probe        TEXT NOT NULL,
    ticked_at    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO probe_ticks_v5 (interview_id, regret_id, probe)
    SELECT t.interview_id,
           coalesce((SELECT r.id FROM regrets r
                     WHERE r.interview_id = t.interview_id AND r.position = i.current_regret),
                    (SELECT r.id FROM regrets r
                     WHERE r.interview_id = t.interview_id ORDER BY r.position LIMIT 1)),
           t.probe
    FROM probe_ticks t JOIN interviews i ON i.id = t.interview_id
    ORDER BY t.interview_id, t.probe;
DROP TABLE probe_ticks;
ALTER TABLE probe_ticks_v5 RENAME TO probe_ticks;
CREATE UNIQUE INDEX probe_ticks_once ON probe_ticks (interview_id, ifnull(regret_id, 0), probe);
CREATE INDEX probe_ticks_by_regret ON probe_ticks (regret_id);

CREATE TABLE stage_times (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    stage        TEXT NOT NULL,
    ms           INTEGER NOT NULL CHECK (ms >= 0),
    PRIMARY KEY (interview_id, stage)
) WITHOUT ROWID;
)sql";

// Version 6: retention. When a candidate was added or last edited, so that one with no interview
// or decision yet still has a last activity; 0 for rows written before (unknown: retention then
// goes by their interviews and decisions, and never purges a candidate with no time at all).
constexpr const char *schemaV6 = R"sql(
ALTER TABLE candidates ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 7: stable identities (DESIGN.md, Identity). Every role, candidate, interview, regret,
// note, decision, placement override and team member gets a UUID (lowercase text, version 4,
// drawn from SQLite's randomness by v7Uuid for each row); all versions of one interview share its UUID and differ by
// version. Roles record when they were last edited; candidates a link to their CV or profile;
// interviews the interviewer's e-mail. A merge of two candidates is history: the candidate that
// went, by name, e-mail and UUID (so a file that still names that UUID finds the one it went into).
constexpr const char *schemaV7 = R"sql(
ALTER TABLE roles ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE roles ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE roles SET uuid = {uuid};
CREATE UNIQUE INDEX roles_by_uuid ON roles (uuid);

ALTER TABLE candidates ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN profile_link TEXT NOT NULL DEFAULT '';
UPDATE candidates SET uuid = {uuid};
CREATE UNIQUE INDEX candidates_by_uuid ON candidates (uuid);

ALTER TABLE interviews ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN interviewer_email TEXT NOT NULL DEFAULT '';
UPDATE interviews SET uuid = {uuid} WHERE amends IS NULL;
WITH RECURSIVE chain (id, root) AS (
    SELECT id, id FROM interviews WHERE amends IS NULL
    UNION ALL
    SELECT i.id, chain.root FROM interviews i JOIN chain ON i.amends = chain.id
)
UPDATE interviews SET uuid = (SELECT r.uuid FROM chain JOIN interviews r ON r.id = chain.root
                              WHERE chain.id = interviews.id)
    WHERE amends IS NOT NULL;
UPDATE interviews SET uuid = {uuid} WHERE uuid = '';
CREATE UNIQUE INDEX interviews_by_uuid ON interviews (uuid, version);

ALTER TABLE regrets ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
UPDATE regrets SET uuid = {uuid};
CREATE UNIQUE INDEX regrets_by_uuid ON regrets (uuid);

ALTER TABLE notes ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
UPDATE notes SET uuid = {uuid};
CREATE UNIQUE INDEX notes_by_uuid ON notes (uuid);

ALTER TABLE decisions ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
UPDATE decisions SET uuid = {uuid};
CREATE UNIQUE INDEX decisions_by_uuid ON decisions (uuid);

ALTER TABLE placement_overrides ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
UPDATE placement_overrides SET uuid = {uuid};
CREATE UNIQUE INDEX placement_overrides_by_uuid ON placement_overrides (uuid);

ALTER TABLE team_members ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
UPDATE team_members SET uuid = {uuid};
CREATE UNIQUE INDEX team_members_by_uuid ON team_members (uuid);

CREATE TABLE candidate_merges (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    merged_uuid  TEXT NOT NULL,
    merged_name  TEXT NOT NULL,
    merged_email TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL DEFAULT '',
    recorded_at  INTEGER NOT NULL
);
CREATE INDEX candidate_merges_by_candidate ON candidate_merges (candidate_id, recorded_at);
CREATE INDEX candidate_merges_by_merged ON candidate_merges (merged_uuid);

)sql";

// A version 4 UUID in lowercase text, evaluated anew for each row it is used on.
constexpr const char *v7Uuid =
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-'"
    " || hex(randomblob(6)))";

} // namespace

Migrator Migrator::standard()
{
    return Migrator({{1, schemaV1},
                     {2, schemaV2},
                     {3, schemaV3},
                     {4, schemaV4},
                     {5, schemaV5},
                     {6, schemaV6},
                     {7, fmt::format(fmt::runtime(schemaV7), fmt::arg("uuid", v7Uuid))}});
}

Migrator::Migrator(std::vector<Step> steps)
    : m_steps(std::move(steps))
{
}

int Migrator::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

Error Migrator::migrate(Database &db) const
{
    const int current = db.userVersion();
    if (current < 0)
        return db.lastError(db.path());
    if (current > latestVersion()) {
        return Error{Error::Code::TooNew, db.path(),
                     fmt::format("schema version {} is newer than {}", current, latestVersion())};
    }
    for (const Step &step : m_steps) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        if (tx.beginError())
            return tx.beginError();
        // Re-read inside the lock: another process may have migrated meanwhile.
        const int now = db.userVersion();
        if (now < 0)
            return db.lastError(db.path());
        if (now >= step.version)
            continue;
        if (Error e = db.exec(step.sql)) {
            e.where = fmt::format("{} (migration to version {})", db.path(), step.version);
            return e;
        }
        if (Error e = db.exec(fmt::format("PRAGMA user_version = {}", step.version)))
            return e;
        if (Error e = tx.commit())
            return e;
    }
    return {};
}

} // namespace hindsight::core
