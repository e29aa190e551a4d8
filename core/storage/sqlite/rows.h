#pragma once

// Row helpers of the files of SqliteStore (internal to core/storage/sqlite/): the shared ones of
// core/storage/rows.h, and the step result by its short name.

#include "core/storage/rows.h"
#include "core/storage/sqlite/statement.h"

namespace hindsight::core::sqlite {

using namespace hindsight::core::storage;
using Step = Statement::StepResult;

} // namespace hindsight::core::sqlite
