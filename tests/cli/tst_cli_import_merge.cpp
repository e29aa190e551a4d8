// hindsight import merges (DESIGN.md, Identity): three interviewers on three laptops, each with a
// submitted interview of the same three candidates, export and the committee imports the three files
// into one board: one role, three candidates with three interviews each, no draft anywhere; importing
// any file again changes nothing; --dry-run reports and writes nothing; a same-name candidate
// without an e-mail is reported as a possible duplicate, never merged.

#include "tests/cli/clifixture.h"
#include "tests/core/scenario.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <chrono>
#include <set>

using namespace hindsight;
using namespace Qt::StringLiterals;
using test::Run;

namespace {

struct Laptop
{
    QString interviewer;
    QString email;
    std::int64_t startMs = 0;
};

const Laptop laptops[] = {
    {u"Alice"_s, u"alice@example.org"_s, 1795000000000},
    {u"Bob"_s, u"Bob@Example.org"_s, 1795003600000},
    {u"Carol"_s, u"carol@example.org"_s, 1795007200000},
};

} // namespace

class TestCliImportMerge : public QObject, public test::CliFixture
{
    Q_OBJECT

private slots:
    void init() { freshFolder(); }
    void threeLaptopsMakeOneBoard();
    void aVersionOneFileImportsOnce();
    void dryRunWritesNothing();
    void sameNameWithoutEmailIsAPossibleDuplicate();

private:
    // A laptop's database with its own copy of the role and the three candidates, a submitted
    // interview of each by its interviewer and a draft that must never leave it; returns the
    // exported file.
    QString laptopExport(const Laptop &laptop, const QString &roleDescription);
    std::unique_ptr<core::SqliteStore> committee();
    Run import(const QString &file, const QStringList &extra = {});
};

QString TestCliImportMerge::laptopExport(const Laptop &laptop, const QString &roleDescription)
{
    const QString path = m_dir->filePath(laptop.interviewer + u".sqlite3"_s);
    {
        auto opened = core::SqliteStore::open(path.toStdString());
        if (!opened)
            return {};
        core::SqliteStore &store = **opened;
        core::Role role = test::paymentBackend();
        role.description = roleDescription.toStdString();
        const core::Id roleId = *store.saveRole(role);
        int n = 0;
        const std::pair<const char *, const char *> people[] = {{"Ada Lovelace", "ada@example.org"},
                                                                {"Ben Okafor", "BEN@example.org"},
                                                                {"Chen Wu", "chen@example.org"}};
        for (const auto &[name, email] : people) {
            core::Candidate c;
            c.name = name;
            c.email = email;
            c.roleId = roleId;
            const core::Id candidateId = *store.saveCandidate(c);
            core::Interview interview = n == 1 ? test::candidateG() : test::candidateK();
            interview.candidateId = candidateId;
            interview.interviewer = laptop.interviewer.toStdString();
            interview.interviewerEmail = laptop.email.toStdString();
            interview.startedAt = core::TimePoint(std::chrono::milliseconds(laptop.startMs + n));
            interview.submitted = true;
            interview.notes.push_back({0, 0, 1000, "system", "owned the ledger", 0, false, {}});
            if (!store.addInterview(interview))
                return {};
            core::Interview draft = test::candidateG();
            draft.candidateId = candidateId;
            draft.interviewer = laptop.interviewer.toStdString();
            draft.submitted = false;
            draft.notes.push_back({0, 0, 500, "system", "DRAFT-ONLY: gut feeling", 0, false, {}});
            if (!store.addInterview(draft))
                return {};
            ++n;
        }
    }
    const QString file = m_dir->filePath(laptop.interviewer + u".json"_s);
    const Run exported = run({u"export"_s, file, u"--database"_s, path});
    if (exported.exitCode != 0)
        return {};
    return file;
}

std::unique_ptr<core::SqliteStore> TestCliImportMerge::committee()
{
    auto opened = core::SqliteStore::open(db().toStdString());
    return opened ? std::move(*opened) : nullptr;
}

Run TestCliImportMerge::import(const QString &file, const QStringList &extra)
{
    return run(QStringList{u"import"_s, file, u"--database"_s, db()} + extra);
}

void TestCliImportMerge::threeLaptopsMakeOneBoard()
{
    QStringList files;
    for (const Laptop &laptop : laptops) {
        // Bob's copy of the role says one word more.
        const QString description = laptop.interviewer == u"Bob"_s
                                        ? u"Card payments, settled nightly"_s
                                        : u"Card payments"_s;
        files << laptopExport(laptop, description);
        QVERIFY2(!files.last().isEmpty(), qPrintable(laptop.interviewer));
        QVERIFY(!fileBytes(files.last()).contains("DRAFT-ONLY"));
    }

    const Run first = import(files[0]);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("Candidates: 3 added, 0 merged, 0 skipped"), first.out);
    for (const QString &file : files.mid(1)) {
        const Run next = import(file);
        QCOMPARE(next.exitCode, 0);
        // Same e-mails (case aside) in the same role: the same two people, their interviews added.
        QVERIFY2(next.out.contains("Candidates: 0 added, 0 merged, 3 skipped"), next.out);
        QVERIFY2(next.out.contains("Interviews: 3 added"), next.out);
        // The same title is the same role; a description that differs is a conflict, and the
        // copy edited last (each laptop's was written after the one before) wins.
        QVERIFY2(next.out.contains("Roles: 0 added, 1 merged, 0 skipped"), next.out);
        QVERIFY2(next.out.contains("Role Payment backend, description: took the file's newer"),
                 next.out);
    }

    {
        auto store = committee();
        QVERIFY(store);
        QCOMPARE(store->roles()->size(), std::size_t(1));
        QCOMPARE(store->roles()->front().description, std::string("Card payments"));
        const auto candidates = *store->candidates();
        QCOMPARE(candidates.size(), std::size_t(3));
        for (const core::Candidate &c : candidates) {
            const auto interviews = *store->interviews(c.id);
            QCOMPARE(interviews.size(), std::size_t(3));
            std::set<std::string> who;
            for (const core::Interview &i : interviews) {
                QVERIFY(i.submitted);
                who.insert(i.interviewerEmail);
                for (const core::Note &note : i.notes)
                    QVERIFY(note.text.find("DRAFT-ONLY") == std::string::npos);
            }
            QCOMPARE(who.size(), std::size_t(3));
        }
        QVERIFY(store->drafts()->empty());
    }

    // Every file again: nothing changes.
    for (const QString &file : files) {
        const Run again = import(file);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Nothing to import"), again.out);
    }
    auto store = committee();
    QCOMPARE(store->candidates()->size(), std::size_t(3));
    QCOMPARE(store->interviews(store->candidates()->front().id)->size(), std::size_t(3));

    // The board the committee wanted: both candidates scored from three interviews, and every
    // pair of the three interviewers compared.
    const Run scores = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s,
                            u"json"_s, u"--database"_s, db()});
    QCOMPARE(scores.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(scores.out).array().size(), 3);
    const Run calibration = run({u"calibration"_s, u"--role"_s, u"Payment backend"_s,
                                 u"--database"_s, db()});
    QCOMPARE(calibration.exitCode, 0);
    for (const char *name : {"Alice", "Bob", "Carol"})
        QVERIFY2(calibration.out.contains(name), calibration.out);
}

void TestCliImportMerge::aVersionOneFileImportsOnce()
{
    const QString file = writeFile(u"v1.json"_s, R"({"format": "hindsight", "version": 1,
        "roles": [{"id": "r1", "title": "Payment backend", "description": "",
                   "breadthDemand": 7.5, "domainDemands": {"payments": 1}}],
        "candidates": [
          {"id": "c1", "name": "Ada Example", "email": "", "roleId": "r1",
           "interviews": [{"id": "i1", "interviewer": "Sam", "startedAt": "2026-11-20T10:00:00Z",
             "submitted": true,
             "regrets": [{"level": "domain", "domain": "streaming", "depth": 4,
                          "layers": ["queuing"], "system": "", "decision": "", "why": "",
                          "instead": "", "impact": ""}],
             "notes": [{"atMs": 12000, "stage": "decision", "text": "replayed", "quote": false}]}],
           "decision": {"outcome": "advance", "rationale": "deep"}},
          {"id": "c2", "name": "Ada Example", "email": "", "roleId": "r1"}]})");
    const Run first = import(file);
    QCOMPARE(first.exitCode, 0);
    // Two entries of one file are two candidates, even with the same name.
    QVERIFY2(first.out.contains("Candidates: 2 added"), first.out);
    QVERIFY2(!first.out.contains("may be"), first.out);
    const Run second = import(file);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains("Nothing to import"), second.out);
    QVERIFY2(second.out.contains("Decisions: 0 added, 0 merged, 1 skipped"), second.out);
    auto store = committee();
    QCOMPARE(store->candidates()->size(), std::size_t(2));
    std::size_t decisions = 0;
    for (const core::Candidate &c : *store->candidates())
        decisions += store->decisions(c.id)->size();
    QCOMPARE(decisions, std::size_t(1));
}

void TestCliImportMerge::dryRunWritesNothing()
{
    const QString file = laptopExport(laptops[0], u"Card payments"_s);
    QVERIFY(!file.isEmpty());
    QVERIFY(committee()); // the database exists, empty
    const QByteArray before = fileBytes(db());
    const Run dry = import(file, {u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("dry run"), dry.out);
    QVERIFY2(dry.out.contains("Candidates: 3 added"), dry.out);
    QCOMPARE(committee()->candidates()->size(), std::size_t(0));
    QCOMPARE(fileBytes(db()), before);
    // The real import reports the same.
    const Run real = import(file);
    QVERIFY2(real.out.contains("Candidates: 3 added"), real.out);
    QCOMPARE(committee()->candidates()->size(), std::size_t(3));
}

void TestCliImportMerge::sameNameWithoutEmailIsAPossibleDuplicate()
{
    QVERIFY(import(laptopExport(laptops[0], u"Card payments"_s)).exitCode == 0);
    const QString file = writeFile(u"other.json"_s, R"({"format": "hindsight", "version": 1,
        "roles": [{"id": "r1", "title": "PAYMENT BACKEND", "breadthDemand": 7.5,
                   "domainDemands": {"payments": 1}}],
        "candidates": [{"id": "c1", "name": "ada lovelace", "roleId": "r1"}]})");
    const Run run = import(file);
    QCOMPARE(run.exitCode, 0);
    // The role matched by title, case aside; the candidate was added and reported, not merged.
    QVERIFY2(run.out.contains("Roles: 0 added"), run.out);
    QVERIFY2(run.out.contains("Candidates: 1 added"), run.out);
    QVERIFY2(run.out.contains("Possible duplicates (1)"), run.out);
    QVERIFY2(run.out.contains("ada lovelace (PAYMENT BACKEND) may be Ada Lovelace <ada@example.org>"),
             run.out);
    QVERIFY2(run.out.contains("title: kept \"Payment backend\""), run.out);
    QCOMPARE(committee()->candidates()->size(), std::size_t(4));
}

QTEST_GUILESS_MAIN(TestCliImportMerge)
#include "tst_cli_import_merge.moc"
