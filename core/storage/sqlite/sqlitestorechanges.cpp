#include "core/storage/sqlite/sqlitestore.h"

namespace hindsight::core {

// ---- changes by other connections ------------------------------------------------------------

Result<std::int64_t> SqliteStore::dataVersion()
{
    Error error;
    Statement st = m_db->prepare("PRAGMA data_version", &error);
    if (!st.isValid())
        return error;
    if (st.step() != Statement::StepResult::Row)
        return st.error() ? st.error() : m_db->lastError("PRAGMA data_version");
    return st.columnInt64(0);
}

Result<std::vector<Change>> SqliteStore::pollExternalChanges()
{
    auto version = dataVersion();
    if (!version)
        return version.error();
    std::vector<Change> changes;
    if (*version == m_dataVersion)
        return changes;
    m_dataVersion = *version;
    // Another connection committed; without a log of what it wrote, anything may have changed.
    changes.push_back(Change{Change::Kind::Dataset, 0});
    for (const Change &change : changes)
        announce(change);
    return changes;
}

} // namespace hindsight::core
