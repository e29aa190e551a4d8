#include "core/storage/postgres/pgtransaction.h"

#include "core/storage/postgres/pgconnection.h"

namespace hindsight::core::postgres {

PgTransaction::PgTransaction(PgConnection &connection)
    : m_connection(connection)
{
    m_beginError = m_connection.execScript("BEGIN", "starting a transaction");
    m_open = !m_beginError;
}

PgTransaction::~PgTransaction()
{
    if (m_open)
        m_connection.execScript("ROLLBACK", "rolling back a transaction");
}

Error PgTransaction::commit()
{
    if (!m_open)
        return m_beginError;
    m_open = false;
    return m_connection.execScript("COMMIT", "committing a transaction");
}

} // namespace hindsight::core::postgres
