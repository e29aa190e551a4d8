#pragma once

#include "core/error.h"

#include <utility>
#include <variant>

namespace hindsight::core {

// A value or an Error (C++20 has no std::expected). Check with `if (!r)` before `*r`.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    // On a temporary Result the value is moved out, so `for (auto &x : *store.roles())` owns
    // what it iterates instead of referring into a destroyed Result.
    T value() && { return std::get<T>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::get<T>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    // Only meaningful when !ok().
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing: an empty Error means success.
using Status = Error;

} // namespace hindsight::core
