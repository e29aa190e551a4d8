#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::core::postgres {

// The parameters of one PQexecParams call, in text format: $1 is the first added. Values are
// copied, so what was added may go out of scope before the call. User text only ever reaches the
// server this way, never inside the SQL.
class PgParams
{
public:
    PgParams &add(std::int64_t value);
    PgParams &add(int value) { return add(std::int64_t(value)); }
    PgParams &add(double value);
    PgParams &add(bool value);
    PgParams &add(std::string_view value);
    PgParams &add(const char *value) { return add(std::string_view(value)); }
    PgParams &add(const std::string &value) { return add(std::string_view(value)); }
    PgParams &addNull();
    // Sets parameter $index (1-based), adding NULLs before it when needed: what SQLite-style
    // numbered binding looks like.
    PgParams &set(int index, std::optional<std::string> text);

    int count() const { return int(m_values.size()); }
    // For PQexecParams: pointers into this object, valid while it lives unchanged.
    std::vector<const char *> values() const;

private:
    // A deque keeps each string where it is while more are added.
    std::deque<std::optional<std::string>> m_values;
};

} // namespace hindsight::core::postgres
