#include "tests/reliability/markedpeople.h"

#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <filesystem>

namespace hindsight::test {

namespace {

core::TimePoint now()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
}

core::Regret regret(const std::string &marker, int position)
{
    core::Regret r;
    r.position = position;
    r.system = "ledger service " + marker;
    r.decision = "one table per tenant " + marker;
    r.why = "it was quick " + marker;
    r.instead = "a shared log " + marker;
    r.impact = "two days of replay " + marker;
    r.level = core::Regret::Level::Product;
    r.depth = 2;
    r.layers = {"databases"};
    return r;
}

} // namespace

core::Id addRole(core::Store &store)
{
    core::Role role;
    role.title = "Payments backend";
    role.breadthDemand = 5.0;
    auto id = store.saveRole(role);
    [&] { QVERIFY(id); }();
    return id ? *id : 0;
}

core::Id addMarkedPerson(core::Store &store, core::Id roleId, const std::string &name,
                         const QByteArray &markerBytes)
{
    const std::string marker = markerBytes.toStdString();
    core::Id result = 0;
    [&] {
        const auto candidate = store.saveCandidate(
            {0, name, "person." + marker + "@example.org", roleId, {}});
        QVERIFY(candidate);

        core::Interview interview;
        interview.candidateId = *candidate;
        interview.interviewer = "Mette";
        interview.startedAt = now() - std::chrono::hours(2);
        interview.regrets = {regret(marker, 0)};
        // Long enough to need overflow pages, which are freed differently from a cell.
        interview.notes = {{0, 0, 60000, "system", "said " + marker, 0, true},
                           {0, 0, 90000, "decision",
                            std::string(3000, 'x') + marker + std::string(3000, 'y'), 0, false}};
        const auto submitted = store.addInterview(interview);
        QVERIFY(submitted);
        const core::Id regretId = store.interview(*submitted)->regrets.at(0).id;
        QVERIFY(!store.setProbeTicked(*submitted, {"probe.product.who-felt-it", regretId, now()},
                                      true));
        QVERIFY(!store.saveStageTimes(*submitted, {{"system", 120000}}));
        QVERIFY(!store.submitInterview(*submitted));

        const auto amendment = store.startAmendment(*submitted, "Mette", "typo in " + marker);
        QVERIFY(amendment);
        QVERIFY(store.saveNote({0, *amendment, 100000, "impact", "amended " + marker, 0, false}));
        QVERIFY(!store.submitInterview(*amendment));

        core::Interview draft;
        draft.candidateId = *candidate;
        draft.interviewer = "Sam";
        draft.startedAt = now() - std::chrono::minutes(30);
        draft.regrets = {regret(marker, 0)};
        const auto draftId = store.addInterview(draft);
        QVERIFY(draftId);
        QVERIFY(store.saveNote({0, *draftId, 5000, "system", "draft " + marker, 0, false}));
        QVERIFY(!store.saveSession(*draftId, "decision", 0, "typing " + marker));

        QVERIFY(store.addDecision({0, *candidate, core::Decision::Outcome::Hold,
                                   "rationale " + marker, "Mette", now()}));
        QVERIFY(store.addPlacementOverride({0, *candidate, 3.0, 4.0, "reason " + marker, "Mette",
                                            now()}));
        result = *candidate;
        }();
    return result;
}

bool fileContains(const QString &path, const QByteArray &marker)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(marker);
}

QByteArray md5(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5).toHex();
}

QString writeBackup(core::SqliteStore &store, const QString &stamp)
{
    const std::string dbPath = store.database().path();
    const QString folder = QString::fromStdString(core::Backups::folderOf(dbPath));
    if (!QDir().mkpath(folder))
        return {};
    const QString stem = QString::fromStdString(std::filesystem::path(dbPath).stem().string());
    const QString path = folder + QStringLiteral("/%1-%2.sqlite3").arg(stem, stamp);
    core::Statement s = store.database().prepare("VACUUM INTO ?1");
    s.bind(1, path.toStdString());
    if (s.run())
        return {};
    {
        auto backup = core::Database::open(path.toStdString(),
                                           core::Database::OpenMode::ReadWriteAsIs);
        if (!backup || (*backup)->exec("PRAGMA journal_mode=DELETE"))
            return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

bool backdate(core::SqliteStore &store, core::Id candidateId, std::int64_t atMs)
{
    const char *updates[] = {
        "UPDATE candidates SET updated_at = ?2 WHERE id = ?1",
        "UPDATE interviews SET started_at = ?2 - 3600000, updated_at = ?2, "
        "amended_at = CASE amended_at WHEN 0 THEN 0 ELSE ?2 END WHERE candidate_id = ?1",
        // A note's time is its interview's start plus its offset: the start, then.
        "UPDATE notes SET at_ms = ?2 - ?2 WHERE interview_id IN (SELECT id FROM interviews "
        "WHERE candidate_id = ?1)",
        "UPDATE probe_ticks SET ticked_at = ?2 WHERE interview_id IN (SELECT id FROM interviews "
        "WHERE candidate_id = ?1)",
        "UPDATE decisions SET decided_at = ?2 WHERE candidate_id = ?1",
        "UPDATE placement_overrides SET recorded_at = ?2 WHERE candidate_id = ?1",
    };
    for (const char *sql : updates) {
        core::Statement s = store.database().prepare(sql);
        s.bind(1, candidateId).bind(2, atMs);
        if (const core::Error e = s.run()) {
            qWarning("backdate: %s: %s", e.where.c_str(), e.detail.c_str());
            return false;
        }
    }
    return true;
}

} // namespace hindsight::test
