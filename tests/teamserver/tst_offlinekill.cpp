// A kill -9 while offline loses nothing (issue 15, items 6 and 8): an interviewer types into a
// live interview (offlinetypist, the real DraftWriter in a process of its own), the team server
// is stopped mid-interview, the typing goes on, the process is killed with kill -9; then the
// server starts again and the next start (DraftRecovery::replayAll, as the application runs it
// before any window opens) sends the journal: every note entered 300 ms before the kill is on
// the server, in the order typed, and the journal is gone.

#include "tests/common/failure.h"
#include "tests/teamserver/serveroutage.h"
#include "tests/teamserver/teamdraft.h"
#include "tests/teamserver/teamserver.h"

#include "ui/common/storelocation.h"
#include "ui/interview/drafts/draftjournal.h"
#include "ui/interview/drafts/draftrecovery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <sys/stat.h>

using namespace hindsight;
using namespace hindsight::test;

namespace {

// The durability budget: a note entered this long before the kill must survive it.
constexpr qint64 DurableAfterMs = 300;

unsigned modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace

class TestOfflineKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killWhileOfflineLosesNothing();

private:
    QTemporaryDir m_data;
};

void TestOfflineKill::initTestCase()
{
    // The application data folder, where a server's journal lives: this test's own, and the
    // child's (it inherits the environment).
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
}

void TestOfflineKill::killWhileOfflineLosesNothing()
{
    TeamServer server;
    QVERIFY2(server, server.error().c_str());
    auto draft = TeamDraft::create(server);
    QVERIFY2(draft, failure(draft).c_str());
    const TeamServer::Login &alice = TeamServer::alice();
    const QString uri = QString::fromStdString(server.uri(alice));
    const QString login = QString::fromStdString(alice.name);
    const QString password = QString::fromStdString(alice.password);
    const auto location = ui::StoreLocation::server(uri, login, password);
    const QString journal = ui::DraftJournal::pathFor(location, draft->interviewId);

    // Each "typed N" line, and when this process read it (no earlier than it was typed).
    QElapsedTimer clock;
    clock.start();
    std::map<int, qint64> typedAt;
    bool saved = false;
    bool kept = false;
    QProcess typist;
    typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&typist, &QProcess::readyReadStandardOutput, this, [&] {
        while (typist.canReadLine()) {
            const QByteArray line = typist.readLine().trimmed();
            if (line == "saved")
                saved = true;
            else if (line == "kept")
                kept = true;
            else if (line.startsWith("typed "))
                typedAt[line.mid(6).toInt()] = clock.elapsed();
        }
    });
    typist.start(QStringLiteral(HINDSIGHT_OFFLINETYPIST),
                 {uri, login, password, QString::number(draft->interviewId)});
    QVERIFY2(typist.waitForStarted(), qPrintable(typist.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(saved || typist.state() != QProcess::Running, 60000);
    QVERIFY2(saved, "the typist's first note never reached the server");

    // The server goes away mid-interview; the interviewer types on.
    ServerOutage outage;
    QVERIFY2(outage, outage.error().c_str());
    typist.write("type\n");
    QTRY_VERIFY_WITH_TIMEOUT(kept || typist.state() != QProcess::Running, 30000);
    QVERIFY2(kept, "the typist's writer never said its notes were kept");
    // Typing for a while past the first kept note, then kill -9 mid-typing.
    QTRY_VERIFY_WITH_TIMEOUT(typedAt.size() >= 30 || typist.state() != QProcess::Running, 60000);
    QTest::qWait(500);
    QCOMPARE(typist.state(), QProcess::Running);
    const qint64 killedAt = clock.elapsed();
    QCOMPARE(::kill(pid_t(typist.processId()), SIGKILL), 0);
    QVERIFY(typist.waitForFinished(30000));
    QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

    // Kept on this laptop, private, while the server is still away.
    QVERIFY2(QFileInfo::exists(journal), qPrintable(journal));
    QCOMPARE(modeOf(journal), 0600u);
    QList<int> required;
    for (const auto &[n, at] : typedAt) {
        if (at <= killedAt - DurableAfterMs)
            required << n;
    }
    QVERIFY2(required.size() >= 20,
             qPrintable(QStringLiteral("only %1 notes typed before the kill").arg(required.size())));
    const QByteArray kept0 = [&] {
        QFile file(journal);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    for (int n : required) {
        const QByteArray text = "offline note " + QByteArray::number(n) + '"';
        QVERIFY2(kept0.contains(text), text.constData());
    }

    // The server is back, and the application starts again: the journal goes in first.
    QVERIFY2(outage.end(), outage.error().c_str());
    const std::vector<ui::DraftRecovery::Pending> left = ui::DraftRecovery::replayAll(location,
                                                                                      60000);
    QVERIFY2(left.empty(), left.empty() ? "" : qPrintable(left.front().failure.sentence()));
    QVERIFY(!QFileInfo::exists(journal));

    const auto stored = TeamDraft::read(server, draft->interviewId);
    QVERIFY2(stored, failure(stored).c_str());
    std::vector<core::Note> notes = stored->notes;
    std::sort(notes.begin(), notes.end(),
              [](const core::Note &a, const core::Note &b) { return a.id < b.id; });
    QVERIFY(!notes.empty());
    QCOMPARE(notes.front().text, std::string("before the outage"));
    // Every offline note on the server, in the order typed (ids in order of writing), with no
    // note twice; those entered within 300 ms of the kill may be missing, none other.
    QList<int> written;
    for (std::size_t i = 1; i < notes.size(); ++i) {
        const std::string &text = notes[i].text;
        QVERIFY2(text.rfind("offline note ", 0) == 0, text.c_str());
        written << std::stoi(text.substr(13));
    }
    for (qsizetype i = 1; i < written.size(); ++i)
        QVERIFY2(written[i] == written[i - 1] + 1,
                 qPrintable(
                     QStringLiteral("note %1 follows note %2").arg(written[i]).arg(written[i - 1])));
    qInfo("%d notes typed offline, %d of them 300 ms before the kill; %d on the server after "
          "the next start",
          int(typedAt.size()), int(required.size()), int(written.size()));
    QVERIFY(!written.isEmpty());
    QCOMPARE(written.front(), 0);
    QVERIFY2(written.size() >= required.size(),
             qPrintable(QStringLiteral("%1 of %2 notes typed 300 ms before the kill are on the "
                                       "server")
                            .arg(written.size())
                            .arg(required.size())));
}

QTEST_GUILESS_MAIN(TestOfflineKill)
#include "tst_offlinekill.moc"
