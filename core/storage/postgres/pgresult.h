#pragma once

#include <cstdint>
#include <string>

typedef struct pg_result PGresult;

namespace hindsight::core::postgres {

// One result of libpq, owned: PQclear runs when it goes. Move-only. Values are read as text (the
// text format of PQexecParams) and converted here; row and column indices are 0-based.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(PGresult *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    PGresult *get() const { return m_result; }
    int rows() const;
    int columns() const;
    // Rows a command changed (UPDATE, DELETE, INSERT): PQcmdTuples.
    std::int64_t affected() const;

    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    std::int64_t int64(int row, int column) const;
    double real(int row, int column) const;
    // PostgreSQL writes booleans as "t" and "f".
    bool boolean(int row, int column) const;

private:
    PGresult *m_result = nullptr;
};

} // namespace hindsight::core::postgres
