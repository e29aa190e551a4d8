#pragma once

#include "core/candidate.h"
#include "core/result.h"

#include <string_view>
#include <vector>

namespace hindsight::core {

class Database;

// How much a file holds about one candidate: what a confirmation names before erasing them.
struct CandidateHoldings
{
    int interviews = 0; // every version, drafts and amendments in progress included
    int drafts = 0;     // of those, the ones not submitted
    int regrets = 0;
    int notes = 0;
    int decisions = 0;
    int overrides = 0; // placement overrides

    CandidateHoldings &operator+=(const CandidateHoldings &other);
    bool operator==(const CandidateHoldings &) const = default;
};

// Every row a database file holds about a candidate, in any schema version from 1 to the latest:
// counted, found and deleted. It works on a Database rather than a Store because the same rows
// are erased from the live file and from each backup (an older schema, perhaps), and it knows
// every table, so a new table cannot be added without deciding whether it is about a candidate
// (tables() is checked against the schema by the erasure test).
class CandidateRows final
{
public:
    explicit CandidateRows(Database &db)
        : m_db(db)
    {
    }

    // Every table of the latest schema: those erasure deletes from (child tables first, the
    // candidate last) and those that hold nothing about a candidate (roles, the taxonomy, the
    // team a role joins, SQLite's sequence counter).
    static const std::vector<std::string_view> &erasedTables();
    static const std::vector<std::string_view> &otherTables();

    Result<CandidateHoldings> count(Id candidateId);

    // The candidates in this file who are `who` of another file of the same lineage (the live
    // database and its backups share row ids): the row with the same id when its name or its
    // e-mail (case-insensitive) still equals who's, since either may have been edited since; and
    // to be safe any row with both the same name and the same non-empty e-mail.
    Result<std::vector<Id>> matching(const Candidate &who);

    // Inside an open write transaction, with foreign keys on: deletes the candidates and every
    // row about them, tables of schemas older than the latest included when present. The
    // change-log entries that name them or their interviews go too (ids only, but they tell when
    // each was worked on). NotFound, naming the id, when a candidate does not exist.
    Status erase(const std::vector<Id> &candidateIds);

private:
    Result<bool> hasTable(std::string_view table);

    Database &m_db;
};

} // namespace hindsight::core
