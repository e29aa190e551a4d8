#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>

namespace hindsight::test {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

QByteArray databaseBytes(const QString &path)
{
    return readAll(path) + "|wal|" + readAll(path + QStringLiteral("-wal"));
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

std::unique_ptr<core::SqliteStore> openStore(const QString &path)
{
    auto store = core::SqliteStore::open(path.toStdString());
    if (!store)
        return nullptr;
    return std::move(*store);
}

} // namespace hindsight::test
