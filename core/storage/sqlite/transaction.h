#pragma once

#include "core/error.h"

namespace hindsight::core {

class Database;

// A short write transaction: BEGIN IMMEDIATE on construction (so a read-then-write never fails
// half-way with SQLITE_BUSY), ROLLBACK on destruction unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Non-empty when BEGIN failed; nothing may be written then.
    const Error &beginError() const { return m_beginError; }
    Error commit();

private:
    Database &m_db;
    Error m_beginError;
    bool m_open = false;
};

} // namespace hindsight::core
