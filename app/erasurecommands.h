#pragma once

#include "app/invocation.h"

#include "core/storage/sqlite/candidateerasure.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hindsight::core {
class SqliteStore;
class Store;
} // namespace hindsight::core

namespace hindsight::app {

// The commands that erase a person's data: delete (erase a candidate) and purge (erase every
// candidate inactive for the retention period). Erasing says first what will go — the candidates,
// what is held about them, the backups holding them and whether those are rewritten or deleted —
// and asks on the terminal; without a terminal it refuses unless --yes was given. Output goes to
// `out`, errors to `err`, each naming the file; the return value is the exit code.
//
// On a database file the erasure reaches its -wal and backups (CandidateErasure). On a team server
// the store's eraseCandidates() is all there is (the server's backups are its administrators'),
// and what is counted is what this login can see.
class ErasureCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ErasureCommands)

public:
    // `in` is read for the confirmation; `interactive` says whether it is a terminal.
    ErasureCommands(core::Store &store, QIODevice &out, QIODevice &err, QIODevice &in,
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
    // A team server's share of delete and purge: describe, (dry run,) ask, erase.
    int eraseFromServer(const std::vector<core::Id> &ids, const Invocation &invocation);

    void print(const QString &line);
    int fail(const QString &message);

    core::Store &m_store;
    core::SqliteStore *m_file = nullptr; // the store, when it is a database file
    QIODevice &m_out;
    QIODevice &m_err;
    QIODevice &m_in;
    bool m_interactive = false;
};

} // namespace hindsight::app
