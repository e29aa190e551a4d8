#include "ui/interchange/atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace hindsight::interchange {

Failure AtomicFile::cannotWrite(const QString &fileName, const QString &reason)
{
    return Failure{tr("cannot write %1").arg(fileName), fileName, reason};
}

std::optional<Failure> AtomicFile::write(const QString &fileName, const QByteArray &bytes,
                                         Access access)
{
    // QSaveFile would only fail at commit, after writing everything, on a folder in the way.
    if (QFileInfo(fileName).isDir())
        return cannotWrite(fileName, tr("it is a folder"));
    const bool exists = QFileInfo::exists(fileName);
    QSaveFile file(fileName);
    // Unbuffered, so a failing write reports its own reason (disk full, file too large) at once
    // instead of an unspecific one from the final flush in commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(fileName, file.errorString());
    // Exports hold interview notes, which are nobody else's business, unless asked otherwise.
    if ((!exists && access == Access::OwnerOnly) || access == Access::OwnerOnlyAlways)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A short write is not an error by itself; the write after it reports why.
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return cannotWrite(fileName, reason);
        }
        written += n;
    }
    if (!file.commit())
        return cannotWrite(fileName, file.errorString());
    return std::nullopt;
}

} // namespace hindsight::interchange
