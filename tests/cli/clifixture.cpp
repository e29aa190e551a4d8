#include "tests/cli/clifixture.h"

#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hindsight::test {

void CliFixture::freshFolder()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::exists(scenarioFile()));
}

Run CliFixture::run(const QStringList &args, int timeoutMs, bool offscreen)
{
    QProcess p;
    prepare(p, offscreen);
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void CliFixture::prepare(QProcess &p, bool offscreen) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (offscreen) {
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    } else {
        for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            env.remove(name);
    }
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s)); // never the user's real data
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s)); // nor their settings
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(HINDSIGHT_BINARY));
}

QString CliFixture::db() const
{
    return m_dir->filePath(u"db.sqlite3"_s);
}

QByteArray CliFixture::fileBytes(const QString &path) const
{
    return readAll(path);
}

QString CliFixture::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, content);
    return path;
}

QStringList CliFixture::entries(const QString &folder) const
{
    return folderEntries(folder);
}

} // namespace hindsight::test
