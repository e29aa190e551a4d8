#pragma once

// What the command-line tests share: the real hindsight binary run as a user runs it, in a fresh
// temporary folder for each test. A test class derives from QObject and from this, and calls
// freshFolder() from its init().

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hindsight::test {

// How a run of the binary ended and what it printed.
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

class CliFixture
{
protected:
    // For init(): a new temporary folder, the database and any files of the test in it.
    void freshFolder();

    // Runs the binary with `args`. `offscreen`: false runs with no display at all (no DISPLAY,
    // WAYLAND_DISPLAY, platform). Its application data and settings go to the test's folder,
    // never the user's.
    Run run(const QStringList &args, int timeoutMs = 60000, bool offscreen = true);
    // Sets up `p` as run() does (the binary, the environment), for a test that also feeds it
    // standard input or changes its environment; the test sets the arguments and starts it.
    void prepare(QProcess &p, bool offscreen = true) const;
    // The database the test's commands work on, in its folder.
    QString db() const;
    QByteArray fileBytes(const QString &path) const;
    // Writes `content` to `name` in the test's folder; returns its path.
    QString writeFile(const QString &name, const QByteArray &content);
    QStringList entries(const QString &folder) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace hindsight::test
