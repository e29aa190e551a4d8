#include "tests/common/generateddataset.h"
#include "tests/common/strictcsv.h"
#include "tests/common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

const QString scenario = QStringLiteral(HINDSIGHT_SOURCE_DIR "/../shared/acceptance/scenario.json");

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
    interview.id = interview.candidateId = 0;
    return interview;
}

core::Decision withoutIds(core::Decision decision)
{
    decision.id = decision.candidateId = 0;
    return decision;
}

// The scores of one role as `scores --format json` prints them, without the database's ids.
QJsonArray scoresWithoutIds(const QByteArray &json)
{
    QJsonArray rows = QJsonDocument::fromJson(json).array();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject o = rows[i].toObject();
        o.remove(u"candidateId"_s);
        rows[i] = o;
    }
    return rows;
}

} // namespace

// Runs the real hindsight binary for every command of DESIGN.md's command line.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void importAndScoreTheWorkedExamples();
    void scoresAsTableAndCsv();
    void malformedImportWritesNothing();
    void unknownRoleListsTheRoles();
    void exportRoundTripGivesTheSameScores();
    void exportRoundTripOfAGeneratedDatabase();
    void scoresCsvIsStrictAndInert();
    void exportIntoAReadOnlyFolderLeavesNothing();
    void exportBelowAFileLeavesNothing();
    void reportsWithoutADisplay();
    void reportFailuresNameWhatIsWrong();
    void notADatabase();
    void demoStartsOnAFilledDatabase();

private:
    // `display`: false runs with no display at all (no DISPLAY, WAYLAND_DISPLAY, platform).
    Run run(const QStringList &args, int timeoutMs = 60000, bool offscreen = true);
    QString db() const { return m_dir->filePath(u"db.sqlite3"_s); }
    QByteArray fileBytes(const QString &path) const;
    QString writeFile(const QString &name, const QByteArray &content);
    QStringList entries(const QString &folder) const;
    void compareStores(const QString &original, const QString &copy);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCli::run(const QStringList &args, int timeoutMs, bool offscreen)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (offscreen) {
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    } else {
        for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            env.remove(name);
    }
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s)); // never the user's real data
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HINDSIGHT_BINARY), args);
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

QByteArray TestCli::fileBytes(const QString &path) const
{
    return hindsight::test::readAll(path);
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    hindsight::test::writeFile(path, content);
    return path;
}

QStringList TestCli::entries(const QString &folder) const
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

// Role by role and candidate by candidate (both databases list them in the same order: by title,
// by name), every interview with its regrets, notes and quotes, and every decision.
void TestCli::compareStores(const QString &original, const QString &copy)
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

            const auto interviewsA = a->interviews(ca.id), interviewsB = b->interviews(cb.id);
            QVERIFY(interviewsA && interviewsB);
            QVERIFY2(interviewsB->size() == interviewsA->size(), name);
            for (std::size_t i = 0; i < interviewsA->size(); ++i) {
                const core::Interview ia = withoutIds((*interviewsA)[i]);
                const core::Interview ib = withoutIds((*interviewsB)[i]);
                QVERIFY2(ib.regrets == ia.regrets, name);
                QVERIFY2(ib.notes == ia.notes, name);
                QVERIFY2(ib.probesTicked == ia.probesTicked, name);
                // The copy was sealed again on import; the same content gives the same digest.
                QVERIFY2(ib.digest == ia.digest, name);
                QVERIFY2(ib == ia, name);
                ticks += int(ia.probesTicked.size());
                const bool sealed = ia.submitted && !ia.digest.empty();
                sealedWithTicks += sealed && !ia.probesTicked.empty() ? 1 : 0;
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

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::exists(scenario));
}

void TestCli::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QRegularExpression(u"^hindsight \\d+\\.\\d+\\.\\d+\\n$"_s).match(QString::fromUtf8(r.out)).hasMatch());
    QVERIFY(r.err.isEmpty());
}

void TestCli::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"import", "export", "scores", "--database", "--demo", "--role", "--format"})
        QVERIFY2(r.out.contains(word), word);
    QVERIFY(r.err.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList{u"--frob"_s} << u"frob"_s;
    QTest::newRow("scores without role") << QStringList{u"scores"_s} << u"--role"_s;
    QTest::newRow("bad format") << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
    QTest::newRow("import without file") << QStringList{u"import"_s} << u"FILE.json"_s;
    QTest::newRow("extra argument") << QStringList{u"import"_s, u"a.json"_s, u"b.json"_s} << u"b.json"_s;
    QTest::newRow("report without pdf") << QStringList{u"report"_s, u"--role"_s, u"x"_s} << u"--pdf"_s;
    QTest::newRow("report of role and candidate")
        << QStringList{u"report"_s, u"--role"_s, u"x"_s, u"--candidate"_s, u"y"_s, u"--pdf"_s, u"o.pdf"_s}
        << u"--candidate"_s;
    QTest::newRow("kit of a candidate")
        << QStringList{u"report"_s, u"--candidate"_s, u"y"_s, u"--kit"_s, u"--pdf"_s, u"o.pdf"_s} << u"--kit"_s;
    QTest::newRow("blind kit")
        << QStringList{u"report"_s, u"--role"_s, u"x"_s, u"--kit"_s, u"--blind"_s, u"--pdf"_s, u"o.pdf"_s}
        << u"--blind"_s;
    QTest::newRow("pdf without report") << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--pdf"_s, u"o.pdf"_s}
                                        << u"--pdf"_s;
    QTest::newRow("demo with command") << QStringList{u"scores"_s, u"--role"_s, u"x"_s, u"--demo"_s} << u"--demo"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const Run r = run(args << u"--database"_s << db());
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(mention), r.err.constData());
    QCOMPARE(r.err.count('\n'), 2); // one message and one hint, no wall of warnings
}

void TestCli::importAndScoreTheWorkedExamples()
{
    Run r = run({u"import"_s, scenario, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("28"));

    r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"json"_s,
             u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!rows.isEmpty());
    QJsonObject kai, gita;
    for (const auto &v : rows) {
        const QJsonObject o = v.toObject();
        if (o[u"candidate"_s].toString() == u"Kai Streamwright")
            kai = o;
        if (o[u"candidate"_s].toString() == u"Gita Fullstack")
            gita = o;
    }
    QCOMPARE(kai[u"fit"_s].toInt(), 45);
    QCOMPARE(kai[u"breadth"_s].toDouble(), 2.5);
    QCOMPARE(kai[u"depth"_s].toDouble(), 10.0);
    QCOMPARE(kai[u"archetype"_s].toString(), u"specialist"_s);
    QCOMPARE(kai[u"risks"_s].toArray().size(), 3);
    QCOMPARE(gita[u"fit"_s].toInt(), 100);
    QCOMPARE(gita[u"breadth"_s].toDouble(), 8.75);
    QCOMPARE(gita[u"risks"_s].toArray().first().toString(), u"good-match"_s);
}

void TestCli::scoresAsTableAndCsv()
{
    const QString file = writeFile(u"hostile.json"_s, R"json({"format":"hindsight","version":1,
      "roles":[{"id":"r","title":"Payment backend","breadthDemand":7.5,"domainDemands":{"payments":1}}],
      "candidates":[{"id":"c","name":"=HYPERLINK(\"http://x\",\"y\")","roleId":"r"},
                    {"id":"d","name":"Ada, \"the\" Lovelace","roleId":"r"}]})json");
    QCOMPARE(run({u"import"_s, file, u"--database"_s, db()}).exitCode, 0);

    Run r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Candidate"));
    QVERIFY(r.out.contains("Ada, \"the\" Lovelace"));

    r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"csv"_s,
             u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF" "candidate,breadth,depth,archetype,fit,risks"));
    QVERIFY(r.out.contains("\r\n"));
    QVERIFY(r.out.contains("\"Ada, \"\"the\"\" Lovelace\""));
    QVERIFY(r.out.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    QVERIFY(!r.out.contains(",=HYPERLINK"));
}

void TestCli::malformedImportWritesNothing()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const QByteArray before = fileBytes(db());
    const QString bad = writeFile(u"bad.json"_s, R"json({"format":"hindsight","version":1,
      "roles":[{"id":"r","title":"New role","breadthDemand":5}],
      "candidates":[{"id":"c","name":"Fine","roleId":"r","interviews":[{"interviewer":"S",
        "startedAt":"2026-11-20T10:00:00Z","submitted":true,
        "regrets":[{"level":"domain","domain":"streaming","depth":5}]}]}]})json");
    const Run r = run({u"import"_s, bad, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("candidates[0].interviews[0].regrets[0].depth"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(fileBytes(db()), before);
    QCOMPARE(run({u"scores"_s, u"--role"_s, u"New role"_s, u"--database"_s, db()}).exitCode, 1);

    const Run missing = run({u"import"_s, m_dir->filePath(u"nope.json"_s), u"--database"_s, db()});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("nope.json"));
}

void TestCli::unknownRoleListsTheRoles()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const Run r = run({u"scores"_s, u"--role"_s, u"Astronaut"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Astronaut"));
    QVERIFY(r.err.contains("Fraud scoring pipeline"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::exportRoundTripGivesTheSameScores()
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
        QJsonArray ja = QJsonDocument::fromJson(a.out).array(), jb = QJsonDocument::fromJson(b.out).array();
        QCOMPARE(ja.size(), jb.size());
        for (qsizetype i = 0; i < ja.size(); ++i) {
            QJsonObject oa = ja[i].toObject(), ob = jb[i].toObject();
            oa.remove(u"candidateId"_s);
            ob.remove(u"candidateId"_s);
            QCOMPARE(oa, ob);
        }
    }
    // Export of one role, and to a folder that does not exist.
    r = run({u"export"_s, m_dir->filePath(u"role.json"_s), u"--role"_s, u"Payment backend"_s, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(fileBytes(m_dir->filePath(u"role.json"_s)))[u"roles"_s].toArray().size(), 1);
    const QString nowhere = m_dir->filePath(u"no/such/dir/out.json"_s);
    r = run({u"export"_s, nowhere, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no/such/dir"));
    QVERIFY(!QFile::exists(nowhere));
}

// 200 generated candidates over five roles, written through the store as the application writes
// them, exported and imported into a fresh database: every role scores the same, and every
// candidate keeps the same interviews, notes, quotes and decisions.
void TestCli::exportRoundTripOfAGeneratedDatabase()
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
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("200"), r.out.constData());

    for (std::size_t i = 0; i < generated.roles.size(); ++i) {
        const QString role = QString::fromStdString(generated.roles[i].title);
        const QStringList args{u"scores"_s, u"--role"_s, role, u"--format"_s, u"json"_s};
        const Run a = run(QStringList(args) << u"--database"_s << db());
        const Run b = run(QStringList(args) << u"--database"_s << copy);
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(role));
        const auto inRole
            = std::count_if(generated.candidates.begin(), generated.candidates.end(),
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

// Candidates named with OWASP's CSV injection payloads and text that needs quoting: the CSV
// reads back under a strict RFC 4180 reader and no cell would run as a formula.
void TestCli::scoresCsvIsStrictAndInert()
{
    QStringList names;
    {
        auto store = test::openStore(db());
        QVERIFY(store);
        const auto roleId = store->saveRole({0, "Payment backend", "", 7.5, {{"payments", 2}}});
        QVERIFY(roleId);
        int n = 0;
        for (const std::string &text : test::awkwardTexts()) {
            const auto id = store->saveCandidate({0, text, "", *roleId});
            QVERIFY(id);
            names << QString::fromStdString(text);
            // Every other one is scored, so both kinds of row are read back.
            if (n++ % 2 == 0) {
                core::Interview interview;
                interview.candidateId = *id;
                interview.interviewer = text;
                interview.submitted = true;
                core::Regret regret;
                regret.level = core::Regret::Level::Domain;
                regret.domain = "payments";
                regret.depth = 1 + n % 4;
                regret.layers = {"apis", "databases"};
                interview.regrets = {regret};
                QVERIFY(store->addInterview(interview));
            }
        }
    }

    const Run r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"csv"_s,
                       u"--database"_s, db()});
    QCOMPARE(r.exitCode, 0);
    QString error;
    const auto csv = test::parseStrictCsv(r.out, &error);
    QVERIFY2(csv, qPrintable(error));
    QVERIFY(csv->hadBom);
    QCOMPARE(csv->records.size(), names.size() + 1);
    QCOMPARE(csv->records[0].first(), u"candidate"_s);
    for (const QStringList &record : csv->records) {
        for (const QString &cell : record)
            QVERIFY2(!test::looksLikeFormula(cell), qPrintable(cell));
    }
    // Each payload is there once, inert but recognisable.
    for (const QString &name : names) {
        const auto matches = std::count_if(csv->records.begin() + 1, csv->records.end(),
            [&](const QStringList &record) { return test::isInertFormOf(record[0], name); });
        QVERIFY2(matches == 1, qPrintable(name));
    }
    // The figures are plain numbers, not text with a prefix.
    for (qsizetype i = 1; i < csv->records.size(); ++i) {
        bool ok = false;
        csv->records[i][1].toDouble(&ok);
        QVERIFY2(ok, qPrintable(csv->records[i][1]));
        csv->records[i][4].toInt(&ok);
        QVERIFY2(ok, qPrintable(csv->records[i][4]));
    }
}

// Root may write anywhere regardless of permissions, so there is nothing to test as root.
void TestCli::exportIntoAReadOnlyFolderLeavesNothing()
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
void TestCli::exportBelowAFileLeavesNothing()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
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

void TestCli::reportsWithoutADisplay()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const struct
    {
        QStringList args;
        QString file;
        QString mustRead;
    } reports[] = {
        {{u"--role"_s, u"Payment backend"_s}, u"pack.pdf"_s, u"Committee pack"_s},
        {{u"--role"_s, u"Payment backend"_s, u"--blind"_s}, u"blind.pdf"_s, u"Candidate A"_s},
        {{u"--role"_s, u"Payment backend"_s, u"--kit"_s}, u"kit.pdf"_s, u"Interview kit"_s},
        {{u"--candidate"_s, u"Gita Fullstack"_s}, u"gita.pdf"_s, u"Gita Fullstack"_s},
    };
    for (const auto &report : reports) {
        const QString pdf = m_dir->filePath(report.file);
        const Run r = run(QStringList{u"report"_s} + report.args
                              + QStringList{u"--pdf"_s, pdf, u"--database"_s, db()},
                          60000, /*offscreen=*/false);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no platform warnings either
        QVERIFY(r.out.contains(QFile::encodeName(pdf)));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).contains(report.mustRead),
                 qPrintable(report.file));
    }
}

void TestCli::reportFailuresNameWhatIsWrong()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    Run r = run({u"report"_s, u"--candidate"_s, u"Nobody Known"_s, u"--pdf"_s,
                 m_dir->filePath(u"x.pdf"_s), u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Nobody Known"), r.err.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(u"x.pdf"_s)));

    const QString nowhere = m_dir->filePath(u"no/such/folder/pack.pdf"_s);
    r = run({u"report"_s, u"--role"_s, u"Payment backend"_s, u"--pdf"_s, nowhere, u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no/such/folder"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFile::exists(nowhere));
}

void TestCli::notADatabase()
{
    const QString junk = writeFile(u"junk.sqlite3"_s, QByteArray(8192, 'j'));
    const Run r = run({u"scores"_s, u"--role"_s, u"x"_s, u"--database"_s, junk});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("junk.sqlite3"));
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(fileBytes(junk), QByteArray(8192, 'j'));
}

void TestCli::demoStartsOnAFilledDatabase()
{
    const QString demo = m_dir->filePath(u"demo.sqlite3"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HINDSIGHT_BINARY), {u"--demo"_s, u"--database"_s, demo});
    QVERIFY(p.waitForStarted());
    // The window is up once the demo file exists; it must stay up (no crash on the demo data).
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(demo), 30000);
    QTest::qWait(1500);
    QCOMPARE(p.state(), QProcess::Running);
    p.terminate();
    QVERIFY(p.waitForFinished(10000));

    const Run r = run({u"scores"_s, u"--role"_s, u"Payment backend"_s, u"--format"_s, u"json"_s,
                       u"--database"_s, demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 3);

    // --demo never overwrites a database the user named.
    const QByteArray before = fileBytes(demo);
    const Run again = run({u"--demo"_s, u"--database"_s, demo}, 30000);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already exists"));
    QCOMPARE(fileBytes(demo), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
