#pragma once

#include "app/invocation.h"

#include "core/storage/sqlite/candidateerasure.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hindsight::core {
class SqliteStore;
}

namespace hindsight::app {

// The commands about one person's data: delete (erase a candidate), purge (erase every candidate
// inactive for the retention period) and export-person (everything held about one, as JSON).
// Erasing says first what will go — the candidates, what is held about them, the backups holding
// them and whether those are rewritten or deleted — and asks on the terminal; without a terminal
// it refuses unless --yes was given. Output goes to `out`, errors to `err`, each naming the file;
// the return value is the exit code.
class ErasureCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ErasureCommands)

public:
    // `in` is read for the confirmation; `interactive` says whether it is a terminal.
    ErasureCommands(core::SqliteStore &store, QIODevice &out, QIODevice &err, QIODevice &in,
                    bool interactive);

    static bool handles(Invocation::Command command);
    int run(const Invocation &invocation);

private:
    int deleteCandidate(const Invocation &invocation);
    int purge(const Invocation &invocation);

    // Prints what the plan erases and what happens to the backups holding it.
    void describe(const core::CandidateErasure::Plan &plan, Invocation::Backups backups);
    // True when --yes was given or the user typed yes; prints why not otherwise.
    bool confirmed(const Invocation &invocation);
    int execute(const core::CandidateErasure::Plan &plan, Invocation::Backups backups);

    void print(const QString &line);
    int fail(const QString &message);

    core::SqliteStore &m_store;
    QIODevice &m_out;
    QIODevice &m_err;
    QIODevice &m_in;
    bool m_interactive = false;
};

} // namespace hindsight::app
