#include "app/demodatabase.h"

#include "app/application.h"

#include "core/storage/sqlite/sqlitestore.h"
#include "ui/interchange/jsonimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>
#include <string>
#include <tuple>

namespace hindsight::app {

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The payment backend's current team: two generalists and one payments specialist.
core::Error addDemoTeam(core::Store &store)
{
    auto roles = store.roles();
    if (!roles)
        return roles.error();
    for (const core::Role &role : *roles) {
        if (role.title != "Payment backend")
            continue;
        for (auto [name, breadth, depth] :
             {std::tuple{"Jonas Berg", 8.0, 3.75}, std::tuple{"Aiko Mori", 6.5, 2.5},
              std::tuple{"Rafael Costa", 3.5, 9.0}}) {
            auto id = store.saveTeamMember({0, role.id, name, breadth, depth, {}});
            if (!id)
                return id.error();
        }
    }
    return {};
}

// Interchange v1, which the demo file is, carries no e-mail. The demo's interviewers have one
// each, as interviewers whose Preferences name one do, so the demo groups them by e-mail.
void addDemoEmails(core::Dataset &dataset)
{
    static const std::map<std::string, std::string> emails{
        {"Mette Lund", "mette.lund@example.org"},
        {"Priya Nair", "priya.nair@example.org"},
        {"Sam Okafor", "sam.okafor@example.org"},
        {"Tom\xC3\xA1s Herrera", "tomas.herrera@example.org"},
        {"Yuki Tanaka", "yuki.tanaka@example.org"},
    };
    for (core::Dataset::CandidateEntry &entry : dataset.candidates) {
        for (core::Interview &interview : entry.interviews) {
            const auto it = emails.find(interview.interviewer);
            if (interview.interviewerEmail.empty() && it != emails.end())
                interview.interviewerEmail = it->second;
        }
    }
}

} // namespace

QString DemoDatabase::defaultPath()
{
    return Application::dataFolder() + QStringLiteral("/demo.sqlite3");
}

std::optional<interchange::Failure> DemoDatabase::create(const QString &path, bool replace)
{
    using interchange::Failure;
    const QFileInfo target(path);
    if (target.exists() && !replace) {
        return Failure{{},
                       path,
                       tr("%1 already exists; --demo only creates new databases. Choose another "
                          "--database path or leave it out.")
                           .arg(path)};
    }
    if (!QDir().mkpath(target.absolutePath())) {
        return Failure{{},
                       target.absolutePath(),
                       tr("Cannot create the folder %1.").arg(target.absolutePath())};
    }

    QFile demo(QStringLiteral(":/demo/demo.json"));
    if (!demo.open(QIODevice::ReadOnly))
        return Failure{{}, {}, tr("The demo data is missing from this build of Hindsight.")};
    const QByteArray json = demo.readAll();

    const QString building = path + QStringLiteral(".building");
    removeDatabaseFiles(building);
    {
        auto store = core::SqliteStore::open(building.toStdString());
        if (!store)
            return Failure::of({}, store.error());
        auto taxonomy = (*store)->taxonomy();
        Failure invalid;
        auto dataset = taxonomy ? interchange::JsonImporter(*taxonomy).parse(json, &invalid)
                                : std::nullopt;
        if (dataset)
            addDemoEmails(*dataset);
        core::Error e;
        if (dataset) {
            if (auto report = (*store)->importDataset(*dataset); !report)
                e = report.error();
        }
        if (!dataset || e) {
            invalid.what = tr("The demo data is invalid.");
            const Failure failure = !taxonomy ? Failure::of({}, taxonomy.error())
                                    : e       ? Failure::of({}, e)
                                              : invalid;
            store->reset();
            removeDatabaseFiles(building);
            return failure;
        }
        // The interchange format has no team; the demo places one so the board shows it.
        if (const core::Error e = addDemoTeam(**store)) {
            store->reset();
            removeDatabaseFiles(building);
            return Failure::of({}, e);
        }
    } // closing the store checkpoints the WAL into the main file

    removeDatabaseFiles(path);
    if (!QFile::rename(building, path)) {
        removeDatabaseFiles(building);
        return Failure{{}, path, tr("Cannot write the demo database to %1.").arg(path)};
    }
    return std::nullopt;
}

} // namespace hindsight::app
