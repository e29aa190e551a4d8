#include "ui/interview/drafts/draftwriter.h"

#include "core/storage/sqlite/sqlitestore.h"

#include "tests/common/draftdatabase.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace hindsight;
using ui::DraftWriter;

namespace {

using Draft = test::DraftDatabase;

core::Note note(const char *text, core::Id regretKey = 0)
{
    return test::draftNote(text, regretKey);
}

core::Regret ratedRegret()
{
    core::Regret r;
    r.level = core::Regret::Level::Product;
    r.depth = 2;
    r.layers = {"databases", "apis"};
    r.decision = "A generic configuration layer instead of a plain data model";
    return r;
}

// A copy, so it may be taken from a temporary Interview.
std::optional<core::Note> findText(const core::Interview &interview, const std::string &text)
{
    for (const core::Note &n : interview.notes) {
        if (n.text == text)
            return n;
    }
    return std::nullopt;
}

} // namespace

class TestDraftWriter : public QObject
{
    Q_OBJECT

private slots:
    void newNotesLand();
    void editsUpdateTheSameRow();
    void deleteThenSaveAgainRestoresTheRow();
    void queuedDeleteKeepsItsPlace();
    void noteLinksToNewRegretRow();
    void deletedRegretComesBackOnSave();
    void pendingLineDurableWithoutFlush();
    void pendingLineWrittenAtOnceByFlush();
    void sessionKeepsStageAndRegret();
    void probeTicks();
    void submitSeals();
    void submitReportsWhatIsMissing();
    void writesAfterSubmitFail();
    void failureClearsAfterLaterSuccess();
    void failedWriteIsKeptAndRetriedOnFlush();
    void destructorWritesEverything();
};

void TestDraftWriter::newNotesLand()
{
    Draft db;
    QVERIFY(db.interviewId != 0);
    DraftWriter writer(db.path, db.interviewId);
    QCOMPARE(writer.interviewId(), db.interviewId);
    const auto a = writer.newKey();
    const auto b = writer.newKey();
    QVERIFY(a >= (DraftWriter::Key(1) << 40));
    QVERIFY(b != a);
    writer.saveNote(a, note("Built the ledger service"));
    writer.saveNote(b, note("Sized it for 10,000 events a second"));
    QVERIFY(writer.waitUntilSaved());

    const core::Interview stored = db.read();
    QCOMPARE(stored.notes.size(), std::size_t(3));
    QVERIFY(findText(stored, "Built the ledger service"));
    QVERIFY(findText(stored, "Sized it for 10,000 events a second"));
    QTRY_COMPARE(writer.state(), DraftWriter::State::Saved);
    QVERIFY(!writer.failure());
}

void TestDraftWriter::editsUpdateTheSameRow()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    const auto key = writer.newKey();
    writer.saveNote(key, note("Chose Kaf"));
    QVERIFY(writer.waitUntilSaved());
    const std::optional<core::Note> first = findText(db.read(), "Chose Kaf");
    QVERIFY(first);
    const core::Id row = first->id;

    writer.saveNote(key, note("Chose Kafk"));
    writer.saveNote(key, note("Chose Kafka"));
    // A row that existed before the writer: its id is its key.
    core::Note existing = note("Owned the payment API, and its on-call");
    writer.saveNote(DraftWriter::Key(db.existingNoteId), existing);
    QVERIFY(writer.waitUntilSaved());

    const core::Interview stored = db.read();
    QCOMPARE(stored.notes.size(), std::size_t(2));
    const std::optional<core::Note> edited = findText(stored, "Chose Kafka");
    QVERIFY(edited);
    QCOMPARE(edited->id, row);
    const std::optional<core::Note> old = findText(stored, "Owned the payment API, and its on-call");
    QVERIFY(old);
    QCOMPARE(old->id, db.existingNoteId);
}

void TestDraftWriter::deleteThenSaveAgainRestoresTheRow()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    const auto key = writer.newKey();
    writer.saveNote(key, note("Would use a log-compacted topic"));
    QVERIFY(writer.waitUntilSaved());
    const core::Id row = findText(db.read(), "Would use a log-compacted topic")->id;

    writer.deleteNote(key);
    QVERIFY(writer.waitUntilSaved());
    QVERIFY(!findText(db.read(), "Would use a log-compacted topic"));

    writer.saveNote(key, note("Would use a log-compacted topic"));
    QVERIFY(writer.waitUntilSaved());
    const std::optional<core::Note> back = findText(db.read(), "Would use a log-compacted topic");
    QVERIFY(back);
    QCOMPARE(back->id, row);
}

void TestDraftWriter::queuedDeleteKeepsItsPlace()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    // Saves of one key around a delete must not be merged across it.
    const auto kept = writer.newKey();
    writer.saveNote(kept, note("first"));
    writer.deleteNote(kept);
    writer.saveNote(kept, note("second"));
    const auto gone = writer.newKey();
    writer.saveNote(gone, note("typed by mistake"));
    writer.saveNote(gone, note("typed by mistake!"));
    writer.deleteNote(gone);
    writer.deleteNote(DraftWriter::Key(db.existingNoteId));
    QVERIFY(writer.waitUntilSaved());

    const core::Interview stored = db.read();
    QCOMPARE(stored.notes.size(), std::size_t(1));
    QCOMPARE(stored.notes.at(0).text, std::string("second"));
}

void TestDraftWriter::noteLinksToNewRegretRow()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    const auto regretKey = writer.newKey();
    writer.saveRegret(regretKey, ratedRegret());
    const auto noteKey = writer.newKey();
    writer.saveNote(noteKey, note("They felt it in every release", core::Id(regretKey)));
    QVERIFY(writer.waitUntilSaved());

    const core::Interview stored = db.read();
    QCOMPARE(stored.regrets.size(), std::size_t(1));
    const core::Id regretRow = stored.regrets.at(0).id;
    QVERIFY(regretRow != 0);
    QVERIFY(regretRow < core::Id(1) << 40);
    const std::optional<core::Note> linked = findText(stored, "They felt it in every release");
    QVERIFY(linked);
    QCOMPARE(linked->regretId, regretRow);
}

void TestDraftWriter::deletedRegretComesBackOnSave()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    const auto regretKey = writer.newKey();
    writer.saveRegret(regretKey, ratedRegret());
    writer.deleteRegret(regretKey);
    // A note saved while its regret is deleted belongs to none, rather than failing.
    writer.saveNote(writer.newKey(), note("orphan", core::Id(regretKey)));
    QVERIFY(writer.waitUntilSaved());
    QVERIFY(db.read().regrets.empty());
    QCOMPARE(findText(db.read(), "orphan")->regretId, core::Id(0));

    writer.saveRegret(regretKey, ratedRegret());
    writer.saveNote(writer.newKey(), note("linked again", core::Id(regretKey)));
    QVERIFY(writer.waitUntilSaved());
    const core::Interview stored = db.read();
    QCOMPARE(stored.regrets.size(), std::size_t(1));
    QCOMPARE(findText(stored, "linked again")->regretId, stored.regrets.at(0).id);
}

void TestDraftWriter::pendingLineDurableWithoutFlush()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    writer.setPendingLine(QStringLiteral("We sharded by merch"));
    writer.setPendingLine(QStringLiteral("We sharded by merchant"));
    // 300 ms is the target; the cap leaves room for a loaded CI machine.
    QTRY_VERIFY_WITH_TIMEOUT(db.read().pendingNote == "We sharded by merchant", 1000);
    // Only the line was set: the stored stage is left as it was.
    QCOMPARE(db.read().stage, std::string("discovery"));
}

void TestDraftWriter::pendingLineWrittenAtOnceByFlush()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    writer.setPendingLine(QStringLiteral("The scoring engine fell over"));
    writer.flush();
    // No event loop runs here, so the timer cannot be what wrote it.
    QVERIFY(writer.waitUntilSaved());
    QCOMPARE(db.read().pendingNote, std::string("The scoring engine fell over"));
}

void TestDraftWriter::sessionKeepsStageAndRegret()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    writer.setPendingLine(QStringLiteral("Løst på én måned"));
    writer.setSession(QStringLiteral("probe"), 1);
    QVERIFY(writer.waitUntilSaved());
    core::Interview stored = db.read();
    QCOMPARE(stored.stage, std::string("probe"));
    QCOMPARE(stored.currentRegret, 1);
    QCOMPARE(QString::fromStdString(stored.pendingNote), QStringLiteral("Løst på én måned"));

    writer.setPendingLine(QString());
    writer.flush();
    QVERIFY(writer.waitUntilSaved());
    stored = db.read();
    QCOMPARE(stored.stage, std::string("probe"));
    QCOMPARE(stored.currentRegret, 1);
    QVERIFY(stored.pendingNote.empty());
}

void TestDraftWriter::probeTicks()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    // A regret the writer created itself: its key becomes the row id in the stored tick.
    const DraftWriter::Key regret = writer.newKey();
    writer.saveRegret(regret, ratedRegret());
    const core::TimePoint at{std::chrono::milliseconds(1795000000000)};
    writer.setProbeTicked(regret, QStringLiteral("failure-modes"), true, at);
    writer.setProbeTicked(regret, QStringLiteral("load"), true, at);
    writer.setProbeTicked(regret, QStringLiteral("load"), false, at);
    writer.setProbeTicked(0, QStringLiteral("guarantees"), true, at);
    QVERIFY(writer.waitUntilSaved());
    const core::Interview stored = db.read();
    QCOMPARE(stored.regrets.size(), std::size_t(1));
    const std::vector<core::ProbeTick> expected{{"guarantees", 0, at},
                                                {"failure-modes", stored.regrets[0].id, at}};
    QCOMPARE(stored.probeTicks, expected);
}

void TestDraftWriter::submitSeals()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    QSignalSpy finished(&writer, &DraftWriter::submitFinished);
    writer.saveRegret(writer.newKey(), ratedRegret());
    writer.setPendingLine(QStringLiteral("Last words before submitting"));
    writer.submit();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(finished.at(0).at(1).toString().isEmpty());

    const core::Interview stored = db.read();
    QVERIFY(stored.submitted);
    QVERIFY(stored.digest.rfind("v2:", 0) == 0);
    QVERIFY(findText(stored, "Last words before submitting"));
    QTRY_COMPARE(writer.state(), DraftWriter::State::Saved);
}

void TestDraftWriter::submitReportsWhatIsMissing()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    QSignalSpy finished(&writer, &DraftWriter::submitFinished);
    core::Regret unrated = ratedRegret();
    unrated.depthChosen = false;
    writer.saveRegret(writer.newKey(), unrated);
    writer.submit();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("depth")), qPrintable(message));
    QVERIFY(!db.read().submitted);
    // A refused submission is not a failed save: the draft itself is on disk.
    QTRY_COMPARE(writer.state(), DraftWriter::State::Saved);
}

void TestDraftWriter::writesAfterSubmitFail()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    QSignalSpy finished(&writer, &DraftWriter::submitFinished);
    QSignalSpy states(&writer, &DraftWriter::stateChanged);
    writer.saveRegret(writer.newKey(), ratedRegret());
    writer.submit();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());

    writer.saveNote(writer.newKey(), note("too late"));
    QVERIFY(!writer.waitUntilSaved());
    QTRY_COMPARE(writer.state(), DraftWriter::State::Failed);
    QVERIFY(writer.failure());
    QTRY_VERIFY(!states.isEmpty()
                && states.last().at(0).value<DraftWriter::State>() == DraftWriter::State::Failed);
    QVERIFY(!findText(db.read(), "too late"));
}

void TestDraftWriter::failureClearsAfterLaterSuccess()
{
    Draft db;
    DraftWriter writer(db.path, db.interviewId);
    core::Regret invalid = ratedRegret();
    invalid.depth = 7;
    writer.saveRegret(writer.newKey(), invalid);
    QVERIFY(!writer.waitUntilSaved());
    QCOMPARE(writer.state(), DraftWriter::State::Failed);
    QVERIFY(writer.failure()
                .value_or(interchange::Failure{})
                .sentence()
                .contains(QStringLiteral("regret")));

    writer.saveNote(writer.newKey(), note("fine again"));
    QVERIFY(writer.waitUntilSaved());
    QCOMPARE(writer.state(), DraftWriter::State::Saved);
    QVERIFY(!writer.failure());
}

void TestDraftWriter::failedWriteIsKeptAndRetriedOnFlush()
{
    Draft db;
    // The writer starts on a path whose folder does not exist yet: every write fails to open.
    QTemporaryDir elsewhere;
    const QString folder = elsewhere.filePath(QStringLiteral("not-yet"));
    const QString path = folder + QStringLiteral("/hindsight.sqlite3");
    DraftWriter writer(path, db.interviewId);
    const auto key = writer.newKey();
    writer.saveNote(key, note("kept through the failure"));
    QVERIFY(!writer.waitUntilSaved(2000));
    // The journal beside the database cannot be written either: the change is in memory alone.
    QTRY_COMPARE(writer.state(), DraftWriter::State::InMemory);
    QVERIFY(writer.failure());
    QVERIFY(writer.failure()->cause.contains(QStringLiteral("journal")));

    // The disk comes back; the next flush writes what was kept.
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(db.path, path));
    writer.flush();
    QVERIFY(writer.waitUntilSaved());
    QCOMPARE(writer.state(), DraftWriter::State::Saved);
    auto copy = core::SqliteStore::open(path.toStdString());
    QVERIFY(copy);
    auto stored = (*copy)->interview(db.interviewId);
    QVERIFY(stored);
    QVERIFY(findText(*stored, "kept through the failure"));
}

void TestDraftWriter::destructorWritesEverything()
{
    Draft db;
    constexpr int Count = 300;
    {
        DraftWriter writer(db.path, db.interviewId);
        for (int i = 0; i < Count; ++i) {
            const std::string text = "note " + std::to_string(i);
            writer.saveNote(writer.newKey(), note(text.c_str()));
        }
        writer.setPendingLine(QStringLiteral("typed, never entered"));
    }
    const core::Interview stored = db.read();
    QCOMPARE(stored.notes.size(), std::size_t(Count + 1));
    QVERIFY(findText(stored, "note 0"));
    QVERIFY(findText(stored, "note 299"));
    QCOMPARE(stored.pendingNote, std::string("typed, never entered"));
}

QTEST_GUILESS_MAIN(TestDraftWriter)
#include "tst_draftwriter.moc"
