#pragma once

#include "core/candidate.h"
#include "core/role.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hindsight::app {

// Finds the role or candidate a command-line argument names: a numeric id, or an exact title or
// name. Ambiguity is an error that lists the ids to choose from.
class EntityLookup final
{
    Q_DECLARE_TR_FUNCTIONS(EntityLookup)

public:
    explicit EntityLookup(core::Store &store)
        : m_store(store)
    {
    }

    std::optional<core::Role> role(const QString &text);
    std::optional<core::Candidate> candidate(const QString &text);
    const QString &errorText() const { return m_error; }

private:
    core::Store &m_store;
    QString m_error;
};

} // namespace hindsight::app
