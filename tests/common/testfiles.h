#pragma once

// File and store helpers shared by the test suites, so each test says only what it checks.

#include "core/storage/sqlite/sqlitestore.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace hindsight::test {

// The whole file, or an empty array when it cannot be read.
inline QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

// A store on the file, or null when it cannot be opened.
inline std::unique_ptr<core::SqliteStore> openStore(const QString &path)
{
    auto store = core::SqliteStore::open(path.toStdString());
    if (!store)
        return nullptr;
    return std::move(*store);
}

} // namespace hindsight::test
