#include "core/storage/sqlite/transaction.h"

#include "core/storage/sqlite/database.h"

namespace hindsight::core {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_beginError = m_db.exec("BEGIN IMMEDIATE");
    m_open = !m_beginError;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

Error Transaction::commit()
{
    if (!m_open)
        return m_beginError;
    Error e = m_db.exec("COMMIT");
    if (!e)
        m_open = false;
    return e;
}

} // namespace hindsight::core
