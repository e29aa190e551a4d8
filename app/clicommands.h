#pragma once

#include "app/invocation.h"

#include "core/scoring/rolescores.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>
#include <vector>

namespace hindsight::app {

// The commands that run without a window: import, export, scores, calibration,
// report. Output goes to `out`, every
// error to `err` as one clear line; the return value is the process exit code.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(core::Store &store, QIODevice &out, QIODevice &err);

    int run(const Invocation &invocation);

private:
    int importFile(const Invocation &invocation);
    int exportFile(const Invocation &invocation);
    int scores(const Invocation &invocation);
    int calibration(const Invocation &invocation);
    // Scores the role named by --role and prints what `render` makes of it.
    using RenderScores =
        std::function<QByteArray(const core::Role &, const std::vector<core::ScoredCandidate> &)>;
    int printForRole(const Invocation &invocation, const RenderScores &render);
    int report(const Invocation &invocation);
    int exportPerson(const Invocation &invocation);
    int fail(const QString &message);

    core::Store &m_store;
    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace hindsight::app
