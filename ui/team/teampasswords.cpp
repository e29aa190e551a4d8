#include "ui/team/teampasswords.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace hindsight::ui {

namespace {

const QString Service = QStringLiteral("Hindsight team server");

// QtKeychain's jobs are asynchronous; the connection cannot go on without the answer.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString TeamPasswords::keyFor(const QString &login, const QString &uri)
{
    return login + QLatin1Char(' ') + uri;
}

std::optional<QString> TeamPasswords::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

QString TeamPasswords::store(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return job.errorString();
    return {};
}

void TeamPasswords::forget(const QString &key)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    runJob(job);
}

} // namespace hindsight::ui
