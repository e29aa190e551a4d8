#pragma once

// What failed, as one line for QVERIFY2, or nothing on success. QVERIFY2 evaluates its message
// even when the check passes, so the message must not read the error of a Result that has none.
//
//     auto store = place.open();
//     QVERIFY2(store, test::failure(store).c_str());

#include "core/result.h"

#include <string>

namespace hindsight::test {

inline std::string failure(const core::Error &error)
{
    return error ? error.where + ": " + error.detail : std::string();
}

template<typename T>
std::string failure(const core::Result<T> &result)
{
    return result ? std::string() : failure(result.error());
}

} // namespace hindsight::test
