// The interview survives the network (issue 15, item 6): with the team server stopped
// mid-interview, every note is kept in the local journal (mode 0600, in the application data
// folder) within 300 ms of being typed, the save state says Kept and the banner "Offline, kept
// on this laptop"; once the server is back, every note reaches it in order and the journal goes.

#include "tests/common/failure.h"
#include "tests/teamserver/serveroutage.h"
#include "tests/teamserver/teamdraft.h"
#include "tests/teamserver/teamserver.h"

#include "ui/common/storelocation.h"
#include "ui/interview/drafts/draftjournal.h"
#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/drafts/draftwriterworker.h"
#include "ui/interview/drafts/savestatebanner.h"
#include "ui/interview/interviewheader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace hindsight;
using namespace hindsight::test;
using ui::DraftWriter;
using ui::DraftWriterWorker;
using Where = DraftWriterWorker::Where;

namespace {

core::Note note(const std::string &text, int atMs)
{
    return {0, 0, atMs, "decision", text, 0, false, {}};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

unsigned modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

// The texts of the interview's notes, in the order the server gave them ids: the order written.
QStringList notesInWrittenOrder(const core::Interview &interview)
{
    std::vector<core::Note> notes = interview.notes;
    std::sort(notes.begin(), notes.end(),
              [](const core::Note &a, const core::Note &b) { return a.id < b.id; });
    QStringList texts;
    for (const core::Note &n : notes)
        texts << QString::fromStdString(n.text);
    return texts;
}

} // namespace

class TestOfflineJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void journalNameNeverHoldsThePassword();
    void notesAreKeptWithin300MsAndSentInOrderWhenTheServerIsBack();
    void bannerSaysOfflineKeptOnThisLaptop();

private:
    ui::StoreLocation location() const;

    QTemporaryDir m_data;
    std::unique_ptr<TeamServer> m_server;
    TeamDraft m_draft;
};

void TestOfflineJournal::initTestCase()
{
    // The application data folder, where a server's journal lives: this test's own.
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
}

void TestOfflineJournal::init()
{
    m_server = std::make_unique<TeamServer>();
    QVERIFY2(*m_server, m_server->error().c_str());
    auto draft = TeamDraft::create(*m_server);
    QVERIFY2(draft, failure(draft).c_str());
    m_draft = *draft;
}

void TestOfflineJournal::cleanup()
{
    m_server.reset();
}

ui::StoreLocation TestOfflineJournal::location() const
{
    const TeamServer::Login &alice = TeamServer::alice();
    return ui::StoreLocation::server(QString::fromStdString(m_server->uri(alice)),
                                     QString::fromStdString(alice.name),
                                     QString::fromStdString(alice.password));
}

void TestOfflineJournal::journalNameNeverHoldsThePassword()
{
    // However the connection is written, the local name is the login, host and database only.
    const QString folder = m_data.path() + QLatin1String("/hindsight/team/");
    const std::pair<const char *, const char *> cases[] = {
        {"host=db.example port=5433 dbname=hiring user=alice password=s3cret",
         "alice@db.example-hiring"},
        {"dbname = 'hiring' user='alice' password='s3cret \\' x' host='db.example'",
         "alice@db.example-hiring"},
        {"postgresql://alice:s3cret@db.example/hiring", "alice@db.example-hiring"},
        {"postgresql:///hiring?user=alice&password=s3cret", "alice@localhost-hiring"},
    };
    for (const auto &[uri, name] : cases) {
        const auto place = ui::StoreLocation::server(QString::fromLatin1(uri),
                                                     QStringLiteral("alice"));
        QCOMPARE(place.localBase(), folder + QLatin1String(name));
        QVERIFY2(!ui::DraftJournal::pathFor(place, 7).contains(QLatin1String("s3cret")), uri);
    }
}

void TestOfflineJournal::notesAreKeptWithin300MsAndSentInOrderWhenTheServerIsBack()
{
    const ui::StoreLocation place = location();
    const QString journal = ui::DraftJournal::pathFor(place, m_draft.interviewId);
    // In the data folder, under the location's own name, which never holds the password.
    QVERIFY2(journal.startsWith(place.localBase() + QLatin1String(".unsaved-")),
             qPrintable(journal));
    QVERIFY2(journal.startsWith(m_data.path() + QLatin1String("/hindsight/team/")),
             qPrintable(journal));
    QVERIFY2(!journal.contains(QString::fromStdString(TeamServer::alice().password)),
             qPrintable(journal));

    DraftWriterWorker worker(place, m_draft.interviewId, journal);
    worker.start();
    worker.enqueue(DraftWriterWorker::SaveNote{DraftWriterWorker::FirstNewKey,
                                               note("before the outage", 1000)});
    QVERIFY(worker.waitUntilIdle(20000));
    QVERIFY(!QFileInfo::exists(journal));

    ServerOutage outage;
    QVERIFY2(outage, outage.error().c_str());
    QStringList typed;
    for (int i = 0; i < 6; ++i) {
        const std::string text = "offline note " + std::to_string(i);
        typed << QString::fromStdString(text);
        // The 300 ms budget runs from the enqueue: in the journal, fsynced, by then.
        QElapsedTimer clock;
        clock.start();
        worker.enqueue(DraftWriterWorker::SaveNote{DraftWriterWorker::FirstNewKey + 1 + i,
                                                   note(text, 2000 + 1000 * i)});
        qint64 keptAfterMs = -1;
        while (clock.elapsed() < 10000) {
            const DraftWriterWorker::Status status = worker.status();
            if (status.unwritten == Where::Journal && status.failure
                && contents(journal).contains(QByteArray::fromStdString(text))) {
                keptAfterMs = clock.elapsed();
                break;
            }
            QThread::msleep(2);
        }
        qInfo("%s: kept in the journal after %lld ms", text.c_str(), keptAfterMs);
        QVERIFY2(keptAfterMs >= 0, qPrintable(typed.last() + QLatin1String(" was never kept")));
        QVERIFY2(keptAfterMs < 300,
                 qPrintable(
                     QStringLiteral("%1 was kept after %2 ms").arg(typed.last()).arg(keptAfterMs)));
        const DraftWriterWorker::Status status = worker.status();
        QCOMPARE(status.unwritten, Where::Journal);
        QVERIFY(status.pending);
        QCOMPARE(status.failure->error.code, core::Error::Code::Offline);
        QCOMPARE(modeOf(journal), 0600u);
    }
    QCOMPARE(modeOf(QFileInfo(journal).absolutePath()), 0700u);
    // Typed a while ago and still offline: kept, not dropped, through the retries.
    QTest::qWait(2 * DraftWriterWorker::RetryIntervalMs + 100);
    QCOMPARE(worker.status().unwritten, Where::Journal);
    for (const QString &text : typed)
        QVERIFY2(contents(journal).contains(text.toUtf8()), qPrintable(text));

    // The server is back: the next retry reconnects and sends everything, in order.
    QVERIFY2(outage.end(), outage.error().c_str());
    QTRY_VERIFY_WITH_TIMEOUT(!worker.status().pending, 30000);
    QVERIFY(!worker.status().failure);
    QCOMPARE(worker.status().unwritten, Where::Database);
    QVERIFY(!QFileInfo::exists(journal));
    const auto stored = TeamDraft::read(*m_server, m_draft.interviewId);
    QVERIFY2(stored, failure(stored).c_str());
    QCOMPARE(notesInWrittenOrder(*stored), QStringList{QStringLiteral("before the outage")} + typed);
    QCOMPARE(worker.finish(), 0);
}

void TestOfflineJournal::bannerSaysOfflineKeptOnThisLaptop()
{
    DraftWriter writer(location(), m_draft.interviewId);
    ui::SaveStateBanner banner(&writer);
    writer.saveNote(writer.newKey(), note("before the outage", 1000));
    QVERIFY(writer.waitUntilSaved(20000));
    QTRY_COMPARE(writer.state(), DraftWriter::State::Saved);
    QVERIFY(banner.isHidden());

    ServerOutage outage;
    QVERIFY2(outage, outage.error().c_str());
    writer.saveNote(writer.newKey(), note("typed while the server was away", 2000));
    QTRY_COMPARE_WITH_TIMEOUT(writer.state(), DraftWriter::State::Kept, 10000);
    QVERIFY(writer.isOffline());
    QTRY_VERIFY(!banner.isHidden());
    const QString text = banner.text();
    // DESIGN.md's words first, then what they mean.
    QVERIFY2(text.startsWith(QLatin1String("Offline, kept on this laptop.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("The team server")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("cannot be reached")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("as soon as it is back")), qPrintable(text));
    QVERIFY2(text.contains(writer.journalPath()), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromStdString(TeamServer::alice().password)), qPrintable(text));
    qInfo("Banner: %s", qPrintable(text));
    QCOMPARE(banner.textFormat(), Qt::PlainText);
    QCOMPARE(text, ui::SaveStateBanner::message(DraftWriter::State::Kept, writer));
    // The short word in the interview's header says the same.
    ui::InterviewHeader header;
    header.setSaveState(writer.state(), writer.isOffline());
    auto *indicator = header.findChild<QLabel *>(QStringLiteral("saveIndicator"));
    QVERIFY(indicator);
    QCOMPARE(indicator->text(), QStringLiteral("Offline, kept on this laptop"));

    // Back: sent, Saved, the banner gone.
    QVERIFY2(outage.end(), outage.error().c_str());
    QTRY_COMPARE_WITH_TIMEOUT(writer.state(), DraftWriter::State::Saved, 30000);
    QVERIFY(!writer.isOffline());
    QTRY_VERIFY(banner.isHidden());
    QVERIFY(!QFileInfo::exists(writer.journalPath()));
    const auto stored = TeamDraft::read(*m_server, m_draft.interviewId);
    QVERIFY2(stored, failure(stored).c_str());
    QCOMPARE(notesInWrittenOrder(*stored),
             (QStringList{QStringLiteral("before the outage"),
                          QStringLiteral("typed while the server was away")}));
}

QTEST_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
