#pragma once

// Row helpers of the files of PostgresStore (internal to core/storage/postgres/): the shared ones
// of core/storage/rows.h, and the step result by its short name.

#include "core/storage/postgres/pgstatement.h"
#include "core/storage/rows.h"

namespace hindsight::core::postgres {

using namespace hindsight::core::storage;
using Step = PgStatement::StepResult;

} // namespace hindsight::core::postgres
