#include "ui/interview/drafts/draftjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtDebug>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hindsight::ui {

namespace {

using Code = core::Error::Code;

const QLatin1String Infix(".unsaved-");

core::Error systemError(const QString &path, int error)
{
    Code code = Code::CannotOpen;
    if (error == ENOSPC || error == EDQUOT || error == EFBIG || error == EIO)
        code = Code::DiskFull;
    else if (error == EROFS || error == EACCES || error == EPERM)
        code = Code::ReadOnly;
    return {code, path.toStdString(), std::strerror(error)};
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

// A new file's name is durable only once its folder is synced.
void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

DraftJournal::DraftJournal(QString path)
    : m_path(std::move(path))
{
}

QString DraftJournal::pathFor(const StoreLocation &location, core::Id interviewId)
{
    return location.localBase() + Infix + QString::number(interviewId);
}

std::vector<DraftJournal::Leftover> DraftJournal::leftovers(const StoreLocation &location)
{
    const QFileInfo database(location.localBase());
    const QString prefix = database.fileName() + Infix;
    std::vector<Leftover> found;
    const QStringList names = database.dir().entryList({prefix + QLatin1Char('*')}, QDir::Files,
                                                       QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const core::Id id = name.mid(prefix.size()).toLongLong(&ok);
        if (ok && id > 0)
            found.push_back({id, database.dir().filePath(name)});
    }
    return found;
}

bool DraftJournal::exists() const
{
    return QFileInfo::exists(m_path);
}

core::Status DraftJournal::append(const std::vector<DraftJournalEntry> &entries)
{
    QByteArray bytes;
    for (const DraftJournalEntry &entry : entries) {
        bytes += DraftJournalCodec::encode(entry);
        bytes += '\n';
    }
    const bool created = !exists();
    const int fd = ::open(QFile::encodeName(m_path).constData(),
                          O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return systemError(m_path, errno);
    // A line cut off by an earlier failed append would swallow the first new entry: start afresh.
    const off_t size = ::lseek(fd, 0, SEEK_END);
    if (size > 0) {
        char last = '\n';
        if (::pread(fd, &last, 1, size - 1) == 1 && last != '\n')
            bytes.prepend('\n');
    }
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return systemError(m_path, error);
    }
    ::close(fd);
    if (created)
        syncFolder(m_path);
    return {};
}

core::Status DraftJournal::replace(const std::vector<DraftJournalEntry> &entries)
{
    DraftJournal next(m_path + QLatin1String(".next"));
    next.remove(); // a copy left by a crash half-way through an earlier replace
    if (core::Status e = next.append(entries)) {
        ::unlink(QFile::encodeName(next.path()).constData());
        return e;
    }
    if (::rename(QFile::encodeName(next.path()).constData(), QFile::encodeName(m_path).constData())
        != 0)
        return systemError(m_path, errno);
    syncFolder(m_path);
    return {};
}

core::Result<std::vector<DraftJournalEntry>> DraftJournal::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return systemError(m_path, ENOENT);
    const QByteArray bytes = file.readAll();
    std::vector<DraftJournalEntry> entries;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        if (auto entry = DraftJournalCodec::decode(line))
            entries.push_back(std::move(*entry));
        else
            qWarning("DraftJournal: %s: skipped a line cut short by a failed write",
                     qPrintable(m_path));
    }
    return entries;
}

core::Status DraftJournal::remove()
{
    if (::unlink(QFile::encodeName(m_path).constData()) != 0 && errno != ENOENT)
        return systemError(m_path, errno);
    syncFolder(m_path);
    return {};
}

} // namespace hindsight::ui
