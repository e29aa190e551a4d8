#pragma once

#include "tests/teamserver/teamserver.h"

#include "core/ids.h"
#include "core/interview.h"
#include "core/result.h"
#include "core/storage/postgres/postgresstore.h"

#include <memory>
#include <string>

namespace hindsight::test {

// Alice mid-interview on a team server: a role, a candidate ("Kai Team") and Alice's draft of
// him, written through her own PostgresStore. The draft holds one regret complete enough to be
// submitted (level, domain, depth), so a test can seal it whenever it likes.
//
//     test::TeamServer server;
//     auto draft = test::TeamDraft::create(server);
//     QVERIFY2(draft, test::failure(draft).c_str());
struct TeamDraft
{
    static core::Result<TeamDraft> create(const TeamServer &server);

    core::Id roleId = 0;
    core::Id candidateId = 0;
    core::Id interviewId = 0;

    // A new connection as `login` (PostgresStore::open on server.uri(login)).
    static core::Result<std::unique_ptr<core::PostgresStore>> open(const TeamServer &server,
                                                                   const TeamServer::Login &login);
    // The draft as Alice reads it now, through a connection of its own.
    static core::Result<core::Interview> read(const TeamServer &server, core::Id interviewId);
};

} // namespace hindsight::test
