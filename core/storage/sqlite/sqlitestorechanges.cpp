#include "core/storage/sqlite/sqlitestore.h"

#include "core/storage/sqlite/rows.h"

// The change log: what this store's writes tell other connections, and what it learns from theirs.

namespace hindsight::core {

using namespace sqlite;

namespace {

// A kind number as stored; one this version does not know (there is none yet) reads as Dataset,
// which makes every view read again.
Change::Kind kindFromLog(std::int64_t kind)
{
    if (kind >= int(Change::Kind::Taxonomy) && kind <= int(Change::Kind::Dataset))
        return Change::Kind(kind);
    return Change::Kind::Dataset;
}

} // namespace

Result<std::int64_t> SqliteStore::newestLoggedSeq()
{
    Statement s = m_db->prepare("SELECT coalesce(max(seq), 0) FROM change_log");
    return readInt(s);
}

Result<std::int64_t> SqliteStore::dataVersion()
{
    Statement s = m_db->prepare("PRAGMA data_version");
    return readInt(s);
}

Result<SqliteStore::Logged> SqliteStore::logChanges(const Changes &changes)
{
    Logged logged;
    auto before = newestLoggedSeq();
    if (!before)
        return before.error();
    logged.before = *before;
    Statement insert = m_db->prepare("INSERT INTO change_log (kind, entity) VALUES (?1, ?2)");
    for (const Change &change : changes) {
        insert.bind(1, int(change.kind)).bind(2, change.id);
        if (Error e = insert.run())
            return e;
        logged.last = m_db->lastInsertRowId();
        if (logged.first == 0)
            logged.first = logged.last;
    }
    // Bounded: seqs only grow, so this deletes at most the few rows this write pushed out.
    Statement prune = m_db->prepare("DELETE FROM change_log WHERE seq <= ?1");
    prune.bind(1, logged.last - ChangeLogKeep);
    if (Error e = prune.run())
        return e;
    return logged;
}

void SqliteStore::noteOwnChanges(const Logged &logged)
{
    // Nothing unseen lay below our rows (we held the write lock while reading `before`): skip
    // ahead, so a store whose only writer is itself keeps no list at all.
    if (logged.before == m_seenSeq && m_ownSeqs.empty()) {
        m_seenSeq = logged.last;
        return;
    }
    for (std::int64_t seq = logged.first; seq <= logged.last; ++seq)
        m_ownSeqs.insert(seq);
}

Result<std::vector<Change>> SqliteStore::pollExternalChanges()
{
    // The pragma before the log: a commit between the two is read now and only makes the next
    // poll read the log again (finding nothing new); a commit after the read changes the pragma.
    auto version = dataVersion();
    if (!version)
        return version.error();
    std::vector<Change> changes;
    if (*version == m_dataVersion)
        return changes;

    Statement s = m_db->prepare(
        "SELECT seq, kind, entity FROM change_log WHERE seq > ?1 ORDER BY seq");
    s.bind(1, m_seenSeq);
    std::int64_t newest = m_seenSeq;
    if (Error e = forEachRow(s, [&](const Statement &row) {
            const std::int64_t seq = row.columnInt64(0);
            if (newest == m_seenSeq && seq > m_seenSeq + 1) {
                // Rows between were pruned before this store read them. When they were all its
                // own, nothing is lost; otherwise say that anything may have changed.
                const auto own = std::distance(m_ownSeqs.upper_bound(m_seenSeq),
                                               m_ownSeqs.lower_bound(seq));
                if (own != seq - m_seenSeq - 1)
                    changes.push_back(Change{Change::Kind::Dataset, 0});
            }
            newest = seq;
            if (!m_ownSeqs.count(seq))
                changes.push_back(Change{kindFromLog(row.columnInt64(1)), row.columnInt64(2)});
        }))
        return e;

    // Only a successful read moves on, so a failed poll is repeated in full by the next one.
    m_dataVersion = *version;
    m_seenSeq = newest;
    m_ownSeqs.erase(m_ownSeqs.begin(), m_ownSeqs.upper_bound(m_seenSeq));
    for (const Change &change : changes)
        announce(change);
    return changes;
}

} // namespace hindsight::core
