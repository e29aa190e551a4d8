#pragma once

// Files as a test reads and writes them, so each test says only what it checks.

#include "core/storage/sqlite/sqlitestore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace hindsight::test {

// The whole file, or an empty array when it cannot be read.
QByteArray readAll(const QString &fileName);
// Writes the file whole; false when it cannot be written.
bool writeFile(const QString &fileName, const QByteArray &bytes);
// A database as it is on disk: the main file and, should one be left, its write-ahead log, to
// compare before and after something that must not write.
QByteArray databaseBytes(const QString &path);
// Everything in the folder, hidden files and temporary leftovers too, by name.
QStringList folderEntries(const QString &folder);

// A store on the file, or null when it cannot be opened.
std::unique_ptr<core::SqliteStore> openStore(const QString &path);

} // namespace hindsight::test
