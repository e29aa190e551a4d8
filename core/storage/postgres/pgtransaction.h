#pragma once

#include "core/error.h"

namespace hindsight::core::postgres {

class PgConnection;

// BEGIN on construction, ROLLBACK on destruction unless commit() succeeded: a write that returns
// early with an error leaves nothing behind on the server.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    const Error &beginError() const { return m_beginError; }
    Error commit();

private:
    PgConnection &m_connection;
    Error m_beginError;
    bool m_open = false;
};

} // namespace hindsight::core::postgres
