#include "core/storage/postgres/pgparams.h"

#include <fmt/format.h>

namespace hindsight::core::postgres {

PgParams &PgParams::add(std::int64_t value)
{
    m_values.emplace_back(std::to_string(value));
    return *this;
}

PgParams &PgParams::add(double value)
{
    // {} writes the shortest text that reads back as the same double, whatever the C locale.
    m_values.emplace_back(fmt::format("{}", value));
    return *this;
}

PgParams &PgParams::add(bool value)
{
    m_values.emplace_back(value ? "true" : "false");
    return *this;
}

PgParams &PgParams::add(std::string_view value)
{
    m_values.emplace_back(std::string(value));
    return *this;
}

PgParams &PgParams::addNull()
{
    m_values.emplace_back(std::nullopt);
    return *this;
}

PgParams &PgParams::set(int index, std::optional<std::string> text)
{
    if (index < 1)
        return *this;
    while (int(m_values.size()) < index)
        m_values.emplace_back(std::nullopt);
    m_values[std::size_t(index - 1)] = std::move(text);
    return *this;
}

std::vector<const char *> PgParams::values() const
{
    std::vector<const char *> pointers;
    pointers.reserve(m_values.size());
    for (const auto &value : m_values)
        pointers.push_back(value ? value->c_str() : nullptr);
    return pointers;
}

} // namespace hindsight::core::postgres
