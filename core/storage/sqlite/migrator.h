#pragma once

#include "core/error.h"

#include <string>
#include <vector>

namespace hindsight::core {

class Database;

// Forward-only schema migrations keyed on PRAGMA user_version. Each step runs in its own
// BEGIN IMMEDIATE transaction together with the user_version bump, so a database is never
// half-migrated. Every step must be kept forever; a new schema is a new step.
class Migrator final
{
public:
    struct Step
    {
        int version; // user_version after this step
        std::string sql;
    };

    // The steps of this version of Hindsight.
    static Migrator standard();
    explicit Migrator(std::vector<Step> steps);

    int latestVersion() const;
    // Brings the database to latestVersion(). TooNew when the file is from a newer Hindsight.
    Error migrate(Database &db) const;

private:
    std::vector<Step> m_steps;
};

} // namespace hindsight::core
