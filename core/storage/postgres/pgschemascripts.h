#pragma once

#include <string>

namespace hindsight::core::postgres {

// The SQL of each version of the team server's schema (PgSchema applies them in order, as
// hindsight_owner, in one transaction each). Kept apart from PgSchema's logic because it is long
// and read on its own: it is where the row-level security lives.
class PgSchemaScripts
{
public:
    static std::string version1();
};

} // namespace hindsight::core::postgres
