#pragma once

// What the erasure tests share: candidates whose every text carries a marker of their own, so that
// a search of a file's bytes tells whether anything about them is left; and backups made by the
// convention of core::Backups.

#include "core/storage/sqlite/sqlitestore.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace hindsight::test {

// Unique strings, found nowhere else in a database.
inline const QByteArray VictimMarker = QByteArrayLiteral("ERASEME7c1f");
inline const QByteArray KeeperMarker = QByteArrayLiteral("KEEPME2b9d");

// Adds, through the store, a candidate of `roleId` called `name` whose e-mail, regrets, notes
// (one long enough for an overflow page), amendment reason, draft (with the line still being
// typed), decision and placement override all carry `marker`: a submitted interview by Mette,
// amended once, and a draft by Sam, with probe ticks and stage times. Returns the candidate's id,
// or 0 (with a QTest failure) when a write fails.
core::Id addMarkedPerson(core::Store &store, core::Id roleId, const std::string &name,
                         const QByteArray &marker);
// A role for them.
core::Id addRole(core::Store &store);

// Whether the file's bytes contain `marker`; false for a file that does not exist.
bool fileContains(const QString &path, const QByteArray &marker);
QByteArray md5(const QString &path);

// A backup of the store's database as the backup convention makes them: in `backups/` beside it,
// `<stem>-<stamp>.sqlite3` (stamp as "20250101-120000"), self-contained, rollback journal, 0600.
// Returns its path, or an empty string when it could not be written.
QString writeBackup(core::SqliteStore &store, const QString &stamp);

// Moves every time recorded about the candidate to `atMs` (ms since the epoch), as if nobody had
// touched them since; false when an update fails.
bool backdate(core::SqliteStore &store, core::Id candidateId, std::int64_t atMs);

} // namespace hindsight::test
