// The live interview's writer never drops a word: what the database refuses (locked by another
// process, a full disk) goes to the side journal beside it, fsynced, mode 0600, or stays in
// memory with a red banner; it is written as soon as the database takes it, and only then does
// the window say Saved. A journal left behind is written on the next start, in order; a window
// with unsaved notes does not close without asking.

#include "ui/common/dialogs.h"
#include "ui/interview/drafts/draftjournal.h"
#include "ui/interview/drafts/draftrecovery.h"
#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/drafts/draftwriterworker.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/interviewwindow.h"

#include "tests/common/draftdatabase.h"
#include "tests/common/screenshots.h"
#include "tests/ui/interviewsteps.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace hindsight;
using ui::DraftWriter;

namespace {

// Another process's long write: a second connection that holds the write lock until released.
class WriteLock final
{
public:
    explicit WriteLock(const QString &path)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
        m_held = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~WriteLock()
    {
        release();
        sqlite3_close(m_db);
    }
    bool held() const { return m_held; }
    void release()
    {
        if (std::exchange(m_held, false))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db = nullptr;
    bool m_held = false;
};

// A full disk for this process: no file may grow past `bytes` (RLIMIT_FSIZE; SIGXFSZ ignored, so
// a write past it fails with EFBIG as on a full file system). Lifted when destroyed.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes) { set(bytes); }
    ~FileSizeLimit() { set(RLIM_INFINITY); }
    static void set(rlim_t bytes)
    {
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

// The window as the interviewer sees it, in the light and the dark palette.
void screenshots(QWidget *window, const QString &name)
{
    static const test::ScreenshotFolder folder;
    for (const test::NamedPalette &palette : test::lightAndDark()) {
        const test::ScopedPalette scoped(palette.palette);
        QCoreApplication::processEvents();
        QVERIFY(folder.save(window, name + QLatin1Char('-') + palette.name + QStringLiteral(".png")));
    }
}

bool hasNote(const core::Interview &interview, const std::string &text)
{
    return test::hasNote(interview, text.c_str());
}

} // namespace

class TestWriterJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codecKeepsEveryKindOfChange();
    void lockedDatabaseKeepsChangesInTheJournal();
    void fullDiskKeepsEveryLineAndSavesWhenSpaceReturns();
    void journalLeftBehindIsWrittenInOrder();
    void cutOffLastLineIsSkipped();
    void launcherWritesTheJournalBeforeOpening();
    void closeAsksWhileNotesAreKept();
    void closeRefusesToLoseNotesInMemory();
};

void TestWriterJournal::initTestCase()
{
    std::signal(SIGXFSZ, SIG_IGN);
    test::prepareInterviewTests(this);
}

void TestWriterJournal::codecKeepsEveryKindOfChange()
{
    using namespace ui::draft;
    core::Regret regret;
    regret.system = "Ledger";
    regret.decision = "Line one\nline two, \"quoted\" \u202e";
    regret.level = core::Regret::Level::Mixed;
    regret.domain = "payments";
    regret.depth = 3;
    regret.layers = {"apis", "databases"};
    regret.levelChosen = false;
    const std::vector<Operation> operations = {
        SaveNote{FirstNewKey + 7, test::draftNote("a note\twith a tab", FirstNewKey + 1)},
        DeleteNote{42},
        SaveRegret{FirstNewKey + 1, regret},
        DeleteRegret{9},
        SaveSession{std::string("decision"), 2, std::string("half a line")},
        SaveSession{std::nullopt, std::nullopt, std::string("only the line")},
        TickProbe{FirstNewKey + 1, "cost", true, core::TimePoint(std::chrono::milliseconds(1234))},
        SaveStageTimes{{{"system", 60000}, {"why", 5}}},
        Submit{}};
    for (const Operation &operation : operations) {
        const ui::DraftJournalEntry entry{operation, {11, 12}};
        const QByteArray line = ui::DraftJournalCodec::encode(entry);
        QVERIFY2(!line.contains('\n'), line.constData());
        const auto back = ui::DraftJournalCodec::decode(line);
        QVERIFY2(back, line.constData());
        QCOMPARE(ui::DraftJournalCodec::encode(*back), line);
        QCOMPARE(back->rows.row, 11);
        QCOMPARE(back->rows.regret, 12);
        QCOMPARE(back->operation.index(), operation.index());
    }
    const auto saved = ui::DraftJournalCodec::decode(
        ui::DraftJournalCodec::encode({SaveRegret{FirstNewKey + 1, regret}, {}}));
    QVERIFY(saved);
    QCOMPARE(std::get<SaveRegret>(saved->operation).regret, regret);
    const QByteArray cutOff = "{\"op\":\"saveNote\",\"key\":\"1\",\"no";
    QVERIFY(!ui::DraftJournalCodec::decode(cutOff));
}

void TestWriterJournal::lockedDatabaseKeepsChangesInTheJournal()
{
    test::DraftDatabase db;
    QVERIFY(db.interviewId);
    DraftWriter writer(db.path, db.interviewId);
    QSignalSpy states(&writer, &DraftWriter::stateChanged);
    const QString journal = writer.journalPath();

    WriteLock lock(db.path);
    QVERIFY(lock.held());
    writer.saveNote(writer.newKey(), test::draftNote("typed while another process wrote"));
    writer.setPendingLine(QStringLiteral("and the line after it"));
    // Kept in the journal within the durability budget (busy 120 ms, then one fsync), not waited
    // for until the other process is done.
    QTRY_COMPARE_WITH_TIMEOUT(writer.state(), DraftWriter::State::Kept, 2000);
    QTRY_VERIFY(contents(journal).contains("and the line after it"));
    QVERIFY(contents(journal).contains("typed while another process wrote"));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(journal).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QVERIFY(writer.failure());
    QVERIFY(!hasNote(db.read(), "typed while another process wrote"));
    for (const QList<QVariant> &state : states)
        QVERIFY(state.at(0).value<DraftWriter::State>() != DraftWriter::State::Saved);

    // The lock returns: written in order, the journal gone, and only now Saved.
    lock.release();
    QTRY_COMPARE_WITH_TIMEOUT(writer.state(), DraftWriter::State::Saved, 5000);
    const core::Interview stored = db.read();
    QVERIFY(hasNote(stored, "typed while another process wrote"));
    QCOMPARE(stored.pendingNote, std::string("and the line after it"));
    QVERIFY(!QFile::exists(journal));
    QVERIFY(!writer.failure());
}

void TestWriterJournal::fullDiskKeepsEveryLineAndSavesWhenSpaceReturns()
{
    test::DraftDatabase db;
    QVERIFY(db.interviewId);
    DraftWriter writer(db.path, db.interviewId);
    QSignalSpy states(&writer, &DraftWriter::stateChanged);
    for (int i = 0; i < 3; ++i)
        writer.saveNote(writer.newKey(), test::draftNote("before the disk filled"));
    QVERIFY(writer.waitUntilSaved());
    states.clear();

    std::vector<std::string> lines;
    {
        // The -wal may not grow any further: every commit fails, the journal (small) still fits.
        FileSizeLimit full(rlim_t(fileSize(db.path + QStringLiteral("-wal"))));
        for (int i = 0; i < 10; ++i) {
            lines.push_back("line " + std::to_string(i) + " typed on a full disk");
            writer.saveNote(writer.newKey(), test::draftNote(lines.back().c_str()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(writer.state(), DraftWriter::State::Kept, 3000);
        QTRY_VERIFY(contents(writer.journalPath()).contains("line 9 typed on a full disk"));
        QVERIFY(writer.failure());

        // Not even the journal can grow: the next lines are in memory only, and it says so.
        FileSizeLimit::set(rlim_t(fileSize(writer.journalPath())));
        for (int i = 10; i < 13; ++i) {
            lines.push_back("line " + std::to_string(i) + " typed with no space at all");
            writer.saveNote(writer.newKey(), test::draftNote(lines.back().c_str()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(writer.state(), DraftWriter::State::InMemory, 3000);
        QVERIFY(writer.failure()->cause.contains(writer.journalPath()));
        // Retried on the timer, and refused again: nothing is dropped while it waits.
        QTest::qWait(3 * ui::DraftWriterWorker::RetryIntervalMs);
        QCOMPARE(writer.state(), DraftWriter::State::InMemory);
    }
    // Space returns: no action of the user is needed.
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty()
                                 && states.last().at(0).value<DraftWriter::State>()
                                        == DraftWriter::State::Saved,
                             5000);
    const core::Interview stored = db.read();
    for (const std::string &line : lines)
        QVERIFY2(hasNote(stored, line), line.c_str());
    QVERIFY(!QFile::exists(writer.journalPath()));
    // Saved was said once, at the end.
    int saved = 0;
    for (const QList<QVariant> &state : states)
        saved += state.at(0).value<DraftWriter::State>() == DraftWriter::State::Saved;
    QCOMPARE(saved, 1);
    QCOMPARE(states.last().at(0).value<DraftWriter::State>(), DraftWriter::State::Saved);
}

void TestWriterJournal::journalLeftBehindIsWrittenInOrder()
{
    using namespace ui::draft;
    test::DraftDatabase db;
    QVERIFY(db.interviewId);
    core::Regret regret;
    regret.decision = "Kept a single-region database";
    regret.level = core::Regret::Level::Domain;
    regret.domain = "payments";
    regret.depth = 2;
    // What an earlier run kept and never wrote: a new regret, a new note for it (saved twice:
    // the second wins), the existing note deleted, the line being typed.
    ui::DraftJournal journal(ui::DraftJournal::pathFor(db.path, db.interviewId));
    const Key regretKey = FirstNewKey, noteKey = FirstNewKey + 1;
    const Key existing = Key(db.existingNoteId);
    QVERIFY(!journal.append({{SaveRegret{regretKey, regret}, {}},
                             {SaveNote{noteKey, test::draftNote("first words", regretKey)}, {}},
                             {SaveNote{noteKey, test::draftNote("final words", regretKey)}, {}},
                             {DeleteNote{existing}, {db.existingNoteId, 0}},
                             {SaveSession{{}, {}, std::string("mid-sentence")}, {}}}));
    QCOMPARE(ui::DraftJournal::leftovers(db.path).size(), size_t(1));

    QVERIFY(!ui::DraftRecovery::replayAll(db.path).size());
    const core::Interview stored = db.read();
    QCOMPARE(stored.regrets.size(), size_t(1));
    QCOMPARE(stored.regrets[0].decision, regret.decision);
    QCOMPARE(stored.notes.size(), size_t(1)); // the existing note deleted, one new one
    QCOMPARE(stored.notes[0].text, std::string("final words"));
    QCOMPARE(stored.notes[0].regretId, stored.regrets[0].id);
    QCOMPARE(stored.pendingNote, std::string("mid-sentence"));
    QVERIFY(!journal.exists());
    QVERIFY(ui::DraftJournal::leftovers(db.path).empty());
}

void TestWriterJournal::cutOffLastLineIsSkipped()
{
    test::DraftDatabase db;
    ui::DraftJournal journal(ui::DraftJournal::pathFor(db.path, db.interviewId));
    QVERIFY(!journal.append(
        {{ui::draft::SaveNote{ui::draft::FirstNewKey, test::draftNote("whole line")}, {}}}));
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"op\":\"saveNote\",\"key\":\"109951162"); // a crash in the middle of an append
    file.close();
    const auto entries = journal.read();
    QVERIFY(entries);
    QCOMPARE(entries->size(), size_t(1));
    // The next append starts on a line of its own, so the cut-off line cannot swallow it.
    QVERIFY(!journal.append(
        {{ui::draft::SaveNote{ui::draft::FirstNewKey + 1, test::draftNote("next line")}, {}}}));
    QCOMPARE(journal.read()->size(), size_t(2));
    QVERIFY(!ui::DraftRecovery::replay(db.path, db.interviewId));
    QVERIFY(hasNote(db.read(), "whole line"));
    QVERIFY(hasNote(db.read(), "next line"));
}

void TestWriterJournal::launcherWritesTheJournalBeforeOpening()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> window = test::startInterview(db);
    QVERIFY(window);
    const core::Id interviewId = window->writer()->interviewId();
    test::closeAndWait(window);

    ui::DraftJournal journal(ui::DraftJournal::pathFor(db.path(), interviewId));
    QVERIFY(!journal.append({{ui::draft::SaveNote{ui::draft::FirstNewKey,
                                                  test::draftNote("kept by the last run")},
                              {}}}));
    {
        // Still locked: the window does not open on a draft that lacks the kept notes.
        WriteLock lock(db.path());
        QVERIFY(lock.held());
        ui::Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!ui::InterviewLauncher::open(db.store(), db.path(), interviewId));
        QVERIFY2(ui::Dialogs::lastMessage().contains(journal.path()),
                 qPrintable(ui::Dialogs::lastMessage()));
        QVERIFY(journal.exists());
    }
    window = ui::InterviewLauncher::open(db.store(), db.path(), interviewId);
    QVERIFY(window);
    QVERIFY(!journal.exists());
    auto stored = db.reader()->interview(interviewId);
    QVERIFY(stored && hasNote(*stored, "kept by the last run"));
    test::closeAndWait(window);
}

void TestWriterJournal::closeAsksWhileNotesAreKept()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> window = test::startInterview(db);
    QVERIFY(window);
    const core::Id interviewId = window->writer()->interviewId();
    auto lock = std::make_unique<WriteLock>(db.path());
    QVERIFY(lock->held());
    test::note(QStringLiteral("said while the database was busy"));
    QTRY_COMPARE_WITH_TIMEOUT(window->writer()->state(), DraftWriter::State::Kept, 3000);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("saveStateBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(window->writer()->journalPath()), qPrintable(banner->text()));
    QCOMPARE(banner->textFormat(), Qt::PlainText);
    screenshots(window, QStringLiteral("journal-kept"));

    // Asked: keep the window open.
    ui::Dialogs::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window->close());
    QVERIFY(window && window->isVisible());
    QVERIFY(ui::Dialogs::lastMessage().contains(window->writer()->journalPath()));
    // Asked again: close, the notes stay in the journal and reach the database on the next open.
    const QString journal = window->writer()->journalPath();
    ui::Dialogs::setNextAnswer(QMessageBox::Close);
    test::closeAndWait(window);
    QVERIFY(!window);
    QVERIFY(contents(journal).contains("said while the database was busy"));
    lock.reset();
    QVERIFY(!ui::DraftRecovery::replay(db.path(), interviewId));
    auto stored = db.reader()->interview(interviewId);
    QVERIFY(stored && hasNote(*stored, "said while the database was busy"));
}

void TestWriterJournal::closeRefusesToLoseNotesInMemory()
{
    test::InterviewDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QPointer<ui::InterviewWindow> window = test::startInterview(db);
    QVERIFY(window);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("notes.txt"));
    // The database is locked and the journal cannot be created (a folder is in its way): the note
    // is in this window only.
    const QString journal = window->writer()->journalPath();
    QVERIFY(QDir().mkdir(journal));
    WriteLock lock(db.path());
    QVERIFY(lock.held());
    test::note(QStringLiteral("only in this window"));
    QTRY_COMPARE_WITH_TIMEOUT(window->writer()->state(), DraftWriter::State::InMemory, 3000);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("saveStateBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QTRY_VERIFY2(banner->text().contains(QStringLiteral("only in this window")),
                 qPrintable(banner->text()));
    screenshots(window, QStringLiteral("journal-in-memory"));

    // Closing would lose it: the only ways out are a file or staying open.
    ui::Dialogs::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window->close());
    ui::Dialogs::setNextAnswer(QMessageBox::Save);
    ui::Dialogs::setNextFileName(QString()); // the file dialog cancelled
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    ui::Dialogs::setNextAnswer(QMessageBox::Save);
    ui::Dialogs::setNextFileName(copy);
    test::closeAndWait(window);
    QVERIFY(!window);
    const QString saved = QString::fromUtf8(contents(copy));
    QVERIFY2(saved.contains(QStringLiteral("only in this window")), qPrintable(saved));
    QVERIFY(saved.contains(QStringLiteral("Noor Haddad")));
    QCOMPARE(QFile::permissions(copy) & 0x0077, QFileDevice::Permissions());
    QVERIFY(QDir().rmdir(journal));
}

QTEST_MAIN(TestWriterJournal)
#include "tst_writerjournal.moc"
