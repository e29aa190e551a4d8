// hindsight export: exported and imported again, the scenario and 200 generated candidates score
// the same and keep every interview, note, quote, tick and decision; an export that cannot be
// written leaves the folder as it was.

#include "tests/cli/clifixture.h"
#include "tests/common/generateddataset.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"

#include "core/taxonomy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace hindsight;
using namespace Qt::StringLiterals;
using test::Run;

namespace {

const QString scenario = test::scenarioFile();

// An interview as its content, without the row ids of the database it was read from: a note's
// link to a regret becomes the regret's position + 1, so the same interview in two databases
// compares equal and a lost link does not. The digest stays: it is sealed from the content.
core::Interview withoutIds(core::Interview interview)
{
    std::map<core::Id, core::Id> linkOf;
    for (core::Regret &regret : interview.regrets) {
        linkOf[regret.id] = regret.position + 1;
        regret.id = regret.interviewId = 0;
    }
    for (core::Note &note : interview.notes) {
        if (note.regretId != 0)
            note.regretId = linkOf.contains(note.regretId) ? linkOf[note.regretId] : -1;
        note.id = note.interviewId = 0;
    }
    for (core::ProbeTick &tick : interview.probeTicks) {
        if (tick.regretId != 0)
            tick.regretId = linkOf.contains(tick.regretId) ? linkOf[tick.regretId] : -1;
    }
    interview.id = interview.candidateId = 0;
    return interview;
}

core::Decision withoutIds(core::Decision decision)
{
    decision.id = decision.candidateId = 0;
    return decision;
}

// The scores of one role as `scores --format json` prints them, without the database's ids, and
// without the count of drafts, which stay behind in an export.
QJsonArray scoresWithoutIds(const QByteArray &json)
{
    QJsonArray rows = QJsonDocument::fromJson(json).array();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject o = rows[i].toObject();
        o.remove(u"candidateId"_s);
        o.remove(u"draftInterviews"_s);
        rows[i] = o;
    }
    return rows;
}

} // namespace

class TestCliExport : public QObject, protected test::CliFixture
{
    Q_OBJECT

private slots:
    void init();
    void exportRoundTripGivesTheSameScores();
    void exportRoundTripOfAGeneratedDatabase();
    void exportIntoAReadOnlyFolderLeavesNothing();
    void exportBelowAFileLeavesNothing();
    void draftsNeverLeave();

private:
    void compareStores(const QString &original, const QString &copy);
};

void TestCliExport::init()
{
    freshFolder();
}

// Role by role and candidate by candidate (both databases list them in the same order: by title,
// by name), every interview with its regrets, notes and quotes, and every decision.
void TestCliExport::compareStores(const QString &original, const QString &copy)
{
    auto a = test::openStore(original);
    auto b = test::openStore(copy);
    QVERIFY(a && b);
    const auto rolesA = a->roles(), rolesB = b->roles();
    QVERIFY(rolesA && rolesB);
    QCOMPARE(rolesB->size(), rolesA->size());
    int notes = 0, quotes = 0, linked = 0, decisions = 0, ticks = 0, sealedWithTicks = 0;
    for (std::size_t r = 0; r < rolesA->size(); ++r) {
        core::Role roleA = (*rolesA)[r], roleB = (*rolesB)[r];
        roleA.id = roleB.id = 0;
        QVERIFY2(roleA == roleB, roleA.title.c_str());
        const auto candidatesA = a->candidates((*rolesA)[r].id);
        const auto candidatesB = b->candidates((*rolesB)[r].id);
        QVERIFY(candidatesA && candidatesB);
        QCOMPARE(candidatesB->size(), candidatesA->size());
        for (std::size_t c = 0; c < candidatesA->size(); ++c) {
            const core::Candidate &ca = (*candidatesA)[c], &cb = (*candidatesB)[c];
            const char *name = ca.name.c_str();
            QCOMPARE(cb.name, ca.name);
            QVERIFY2(cb.email == ca.email && cb.status == ca.status, name);

            auto interviewsA = a->interviews(ca.id);
            const auto interviewsB = b->interviews(cb.id);
            QVERIFY(interviewsA && interviewsB);
            // Drafts stay behind: the copy holds the submitted interviews alone.
            std::erase_if(*interviewsA, [](const core::Interview &i) { return !i.submitted; });
            QVERIFY2(interviewsB->size() == interviewsA->size(), name);
            for (std::size_t i = 0; i < interviewsA->size(); ++i) {
                const core::Interview ia = withoutIds((*interviewsA)[i]);
                const core::Interview ib = withoutIds((*interviewsB)[i]);
                QVERIFY2(ib.regrets == ia.regrets, name);
                QVERIFY2(ib.notes == ia.notes, name);
                QVERIFY2(ib.probeTicks == ia.probeTicks, name);
                // The copy was sealed again on import; the same content gives the same digest.
                QVERIFY2(ib.digest == ia.digest, name);
                QVERIFY2(ib == ia, name);
                ticks += int(ia.probeTicks.size());
                const bool sealed = ia.submitted && !ia.digest.empty();
                sealedWithTicks += sealed && !ia.probeTicks.empty() ? 1 : 0;
                for (const core::Note &n : ia.notes) {
                    ++notes;
                    quotes += n.quote ? 1 : 0;
                    linked += n.regretId > 0 ? 1 : 0;
                }
            }

            const auto decisionsA = a->decisions(ca.id), decisionsB = b->decisions(cb.id);
            QVERIFY(decisionsA && decisionsB);
            QVERIFY2(decisionsB->size() == decisionsA->size(), name);
            for (std::size_t d = 0; d < decisionsA->size(); ++d)
                QVERIFY2(withoutIds((*decisionsB)[d]) == withoutIds((*decisionsA)[d]), name);
            decisions += int(decisionsA->size());
        }
    }
    // The comparison covered what it is meant to: notes, quotes, linked notes, decisions, probe
    // ticks, and sealed interviews whose digest covers ticks.
    QVERIFY(notes > 500 && quotes > 100 && linked > 200 && decisions > 100);
    QVERIFY2(ticks > 300 && sealedWithTicks > 100,
             qPrintable(u"%1 ticks, %2 sealed with ticks"_s.arg(ticks).arg(sealedWithTicks)));
}

void TestCliExport::exportRoundTripGivesTheSameScores()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const QString exported = m_dir->filePath(u"out.json"_s);
    Run r = run({u"export"_s, exported, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    const QString copy = m_dir->filePath(u"copy.sqlite3"_s);
    QCOMPARE(run({u"import"_s, exported, u"--database"_s, copy}).exitCode, 0);
    for (const QString &role : {u"Payment backend"_s, u"Fraud scoring pipeline"_s,
                                u"Platform generalist"_s, u"Ledger and compliance lead"_s}) {
        const QStringList args{u"scores"_s, u"--role"_s, role, u"--format"_s, u"json"_s};
        const Run a = run(QStringList(args) << u"--database"_s << db());
        const Run b = run(QStringList(args) << u"--database"_s << copy);
        QCOMPARE(a.exitCode, 0);
        QVERIFY(a.out.size() > 10);
        // Same figures; candidate ids differ between the two databases.
        QJsonArray ja = QJsonDocument::fromJson(a.out).array(),
                   jb = QJsonDocument::fromJson(b.out).array();
        QCOMPARE(ja.size(), jb.size());
        for (qsizetype i = 0; i < ja.size(); ++i) {
            QJsonObject oa = ja[i].toObject(), ob = jb[i].toObject();
            // Candidate ids differ; drafts stay behind in an export.
            for (const QString key : {u"candidateId"_s, u"draftInterviews"_s}) {
                oa.remove(key);
                ob.remove(key);
            }
            QCOMPARE(oa, ob);
        }
    }
    // Export of one role, and to a folder that does not exist.
    r = run({u"export"_s, m_dir->filePath(u"role.json"_s), u"--role"_s, u"Payment backend"_s,
             u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(fileBytes(m_dir->filePath(u"role.json"_s)))[u"roles"_s]
                 .toArray()
                 .size(),
             1);
    const QString nowhere = m_dir->filePath(u"no/such/dir/out.json"_s);
    r = run({u"export"_s, nowhere, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no/such/dir"));
    QVERIFY(!QFile::exists(nowhere));
}

// 200 generated candidates over five roles, written through the store as the application writes
// them, exported and imported into a fresh database: every role scores the same, and every
// candidate keeps the same interviews, notes, quotes and decisions.
void TestCliExport::exportRoundTripOfAGeneratedDatabase()
{
    const core::Dataset generated = test::generateDataset(200);
    // Every level, depth and domain is in there, so the round trip has to carry each of them.
    std::set<int> levels, depths;
    std::set<std::string> domains;
    for (const auto &entry : generated.candidates) {
        for (const core::Interview &interview : entry.interviews) {
            for (const core::Regret &regret : interview.regrets) {
                levels.insert(int(regret.level));
                depths.insert(regret.depth);
                domains.insert(regret.domain);
            }
        }
    }
    QCOMPARE(levels.size(), std::size_t(4));
    QCOMPARE(depths.size(), std::size_t(core::Regret::MaxDepth + 1));
    QCOMPARE(domains.size(), core::Taxonomy::builtIn().domains().size() + 1); // "" too
    {
        auto store = test::openStore(db());
        QVERIFY(store);
        const core::Status written = test::writeThroughStore(*store, generated);
        QVERIFY2(!written, written.detail.c_str());
    } // closed before the binary opens the file

    const QString exported = m_dir->filePath(u"generated.json"_s);
    Run r = run({u"export"_s, exported, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QString copy = m_dir->filePath(u"copy.sqlite3"_s);
    r = run({u"import"_s, exported, u"--database"_s, copy});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("200"), r.out.constData());

    for (std::size_t i = 0; i < generated.roles.size(); ++i) {
        const QString role = QString::fromStdString(generated.roles[i].title);
        const QStringList args{u"scores"_s, u"--role"_s, role, u"--format"_s, u"json"_s};
        const Run a = run(QStringList(args) << u"--database"_s << db());
        const Run b = run(QStringList(args) << u"--database"_s << copy);
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(role));
        const auto inRole = std::count_if(generated.candidates.begin(), generated.candidates.end(),
                                          [i](const auto &entry) { return entry.roleIndex == i; });
        QCOMPARE(QJsonDocument::fromJson(a.out).array().size(), qsizetype(inRole));
        QCOMPARE(scoresWithoutIds(b.out), scoresWithoutIds(a.out));
    }

    compareStores(db(), copy);
    if (QTest::currentTestFailed())
        return;

    // The copy exports to the very same file: ids in the file are local to it, so nothing the
    // format carries was lost or changed on the way.
    const QString again = m_dir->filePath(u"again.json"_s);
    QCOMPARE(run({u"export"_s, again, u"--database"_s, copy}).exitCode, 0);
    QCOMPARE(fileBytes(again), fileBytes(exported));

    // One role alone, the one with the awkward title, round-trips to the same scores too.
    const QString title = QString::fromStdString(generated.roles[3].title);
    const QString oneRole = m_dir->filePath(u"one-role.json"_s);
    QCOMPARE(run({u"export"_s, oneRole, u"--role"_s, title, u"--database"_s, db()}).exitCode, 0);
    const QString roleCopy = m_dir->filePath(u"role-copy.sqlite3"_s);
    QCOMPARE(run({u"import"_s, oneRole, u"--database"_s, roleCopy}).exitCode, 0);
    const QStringList args{u"scores"_s, u"--role"_s, title, u"--format"_s, u"json"_s};
    const Run a = run(QStringList(args) << u"--database"_s << db());
    const Run b = run(QStringList(args) << u"--database"_s << roleCopy);
    QVERIFY(a.exitCode == 0 && b.exitCode == 0);
    QVERIFY(!scoresWithoutIds(a.out).isEmpty());
    QCOMPARE(scoresWithoutIds(b.out), scoresWithoutIds(a.out));
}

// Root may write anywhere regardless of permissions, so there is nothing to test as root.
void TestCliExport::exportIntoAReadOnlyFolderLeavesNothing()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions; run the tests as a normal user to cover this");
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(folder));
    const QString good = folder + u"/good.json"_s;
    QCOMPARE(run({u"export"_s, good, u"--database"_s, db()}).exitCode, 0);
    const QByteArray goodBytes = fileBytes(good);
    QVERIFY(goodBytes.size() > 1000);
    const QFile::Permissions open = QFile::permissions(folder);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                              | QFile::ExeGroup | QFile::ReadOther
                                              | QFile::ExeOther));
    // Unlocked again whatever happens, so the temporary folder can be removed.
    const auto unlock = qScopeGuard([&] { QFile::setPermissions(folder, open); });
    const QStringList before = entries(folder);

    for (const QString &target : {good, folder + u"/new.json"_s}) {
        const Run r = run({u"export"_s, target, u"--database"_s, db()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(target), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(entries(folder), before); // no new file, no temporary file
        QCOMPARE(fileBytes(good), goodBytes);
    }
#else
    QSKIP("needs POSIX folder permissions");
#endif
}

// A path through a plain file fails for root too.
void TestCliExport::exportBelowAFileLeavesNothing()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    // The first open of an existing database makes the day's backup (backups/ beside it): done
    // here, so that what follows sees only what the export leaves.
    QCOMPARE(run({u"backup"_s, u"--database"_s, db()}).exitCode, 0);
    const QString plain = writeFile(u"plain.txt"_s, "not a folder\n");
    const QStringList before = entries(m_dir->path());
    const QString target = plain + u"/out.json"_s;
    const Run r = run({u"export"_s, target, u"--role"_s, u"Payment backend"_s, u"--database"_s,
                       db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(target), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(fileBytes(plain), QByteArray("not a folder\n"));
    QCOMPARE(entries(m_dir->path()), before);
}

// A draft is its author's alone (DESIGN.md, Identity): neither a draft nor an amendment in
// progress is in an export, and the amended interview goes as it was last submitted.
void TestCliExport::draftsNeverLeave()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    std::size_t submitted = 0;
    std::string name;
    {
        auto store = test::openStore(db());
        QVERIFY(store);
        // The first candidate whose first interview is submitted, to amend it.
        core::Candidate candidate;
        std::optional<std::vector<core::Interview>> interviews;
        for (const core::Candidate &c : *store->candidates()) {
            auto list = store->interviews(c.id);
            QVERIFY(list);
            if (!list->empty() && list->front().submitted) {
                candidate = c;
                interviews = std::move(*list);
                break;
            }
        }
        QVERIFY(interviews);
        name = candidate.name;
        submitted = std::size_t(std::count_if(interviews->begin(), interviews->end(),
                                              [](const core::Interview &i) { return i.submitted; }));

        core::Interview draft;
        draft.candidateId = candidate.id;
        draft.interviewer = "Priya";
        draft.startedAt = core::TimePoint(std::chrono::milliseconds(1795003600000));
        core::Regret regret;
        regret.decision = "DRAFT-ONLY regret";
        draft.regrets.push_back(regret);
        core::Note note;
        note.text = "DRAFT-ONLY: gut feeling";
        draft.notes.push_back(note);
        QVERIFY(store->addInterview(draft));

        const auto amendment = store->startAmendment(interviews->front().id,
                                                     interviews->front().interviewer,
                                                     "DRAFT-ONLY amendment reason");
        QVERIFY(amendment);
        core::Note added;
        added.interviewId = *amendment;
        added.text = "DRAFT-ONLY amended note";
        QVERIFY(store->saveNote(added));
    }

    const QString exported = m_dir->filePath(u"committee.json"_s);
    const Run r = run({u"export"_s, exported, u"--database"_s, db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray bytes = fileBytes(exported);
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains("DRAFT-ONLY"), "a draft's text left the machine");
    bool found = false;
    for (const QJsonValue &c : QJsonDocument::fromJson(bytes)[u"candidates"_s].toArray()) {
        const QJsonArray interviews = c[u"interviews"_s].toArray();
        for (const QJsonValue &i : interviews)
            QVERIFY(i[u"submitted"_s].toBool());
        if (c[u"name"_s].toString().toStdString() == name) {
            found = true;
            QCOMPARE(std::size_t(interviews.size()), submitted);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
