// Typing into the live interview screen, measured (DESIGN.md, Performance targets): a note
// keystroke is durable on disk <= 300 ms after the last key, and the UI thread never spends more
// than 5 ms per keystroke in DraftWriter.
//
// Drives a DraftWriter from a Qt event loop the way the screen does: setPendingLine() on every
// key, and on every 40th an Enter (saveNote, an empty pending line, flush). Every 50th key it
// pauses and polls a second connection until the pending line is on disk.
//
//   bench_keystroke [--small] [--keys N] [--interval-ms N]
//   --small  skip generating the full-size database (10,000 candidates, 30,000 interviews,
//            100,000 regrets, 300,000 notes) and type into an otherwise empty one

#include "ui/interview/drafts/draftwriter.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace hindsight;

namespace {

constexpr int EnterEvery = 40;
constexpr int PauseEvery = 50;
constexpr double TargetUiMs = 5.0;
constexpr double TargetDurableMs = 300.0;

core::Dataset generatedDataset()
{
    using L = core::Regret::Level;
    static const char *const layers[] = {"databases",    "apis",         "caching",
                                         "queuing",      "auth",         "deployment",
                                         "integrations", "observability"};
    static const char *const domains[] = {"streaming", "database-internals", "payments",
                                          "performance", "distributed-systems"};
    core::Dataset data;
    for (int r = 0; r < 20; ++r) {
        core::Role role;
        role.title = "Role " + std::to_string(r);
        role.breadthDemand = r % 11;
        role.domainDemands = {{domains[r % 5], 1 + r % 4}};
        data.roles.push_back(role);
    }
    int regretCount = 0;
    for (int c = 0; c < 10'000; ++c) {
        core::Dataset::CandidateEntry entry;
        entry.candidate.name = "Candidate " + std::to_string(c);
        entry.roleIndex = std::size_t(c % 20);
        for (int i = 0; i < 3; ++i) {
            core::Interview interview;
            interview.interviewer = "Interviewer " + std::to_string((c + i) % 40);
            interview.submitted = true;
            const int regrets = i == 0 ? 4 : 3; // 100,000 in all
            for (int k = 0; k < regrets; ++k, ++regretCount) {
                core::Regret regret;
                regret.id = k + 1;
                regret.level = k % 2 == 0 ? L::Product : L::Domain;
                regret.domain = domains[regretCount % 5];
                regret.depth = regretCount % 5;
                regret.layers = {layers[regretCount % 8], layers[(regretCount + 3) % 8]};
                regret.decision = "A decision they would reverse, number " + std::to_string(k);
                interview.regrets.push_back(regret);
            }
            for (int n = 0; n < 10; ++n) { // 300,000 in all
                core::Note note;
                note.atMs = 30'000 * n;
                note.stage = "decision";
                note.text = "A note typed during the interview, line " + std::to_string(n);
                note.regretId = 1 + n % regrets;
                interview.notes.push_back(note);
            }
            entry.interviews.push_back(std::move(interview));
        }
        data.candidates.push_back(std::move(entry));
    }
    return data;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// Types `keys` keystrokes, one every `intervalMs`, from timers on the event loop.
class Typist : public QObject
{
public:
    Typist(ui::DraftWriter &writer, core::SqliteStore &reader, core::Id interviewId, int keys,
           int intervalMs)
        : m_writer(writer)
        , m_reader(reader)
        , m_interviewId(interviewId)
        , m_keys(keys)
    {
        m_keyTimer.setTimerType(Qt::PreciseTimer);
        m_keyTimer.setInterval(intervalMs);
        m_pollTimer.setTimerType(Qt::PreciseTimer);
        m_pollTimer.setInterval(1);
        connect(&m_keyTimer, &QTimer::timeout, this, &Typist::key);
        connect(&m_pollTimer, &QTimer::timeout, this, &Typist::poll);
    }

    void start() { m_keyTimer.start(); }

    std::vector<double> uiMs;      // time inside DraftWriter calls, per keystroke
    std::vector<double> durableMs; // last key to pending line on disk, per pause
    int timeouts = 0;

private:
    void key()
    {
        static const std::string sentence = "we sized the event bus for ten thousand events a second ";
        const bool last = m_index == m_keys - 1;
        const bool enter = m_index % EnterEvery == EnterEvery - 1 && !last;
        core::Note note;
        QString text;
        if (enter) {
            note.atMs = 1000 * m_index;
            note.stage = "decision";
            note.text = m_line;
            m_line.clear();
        } else {
            m_line += sentence[std::size_t(m_index) % sentence.size()];
            text = QString::fromStdString(m_line);
        }

        QElapsedTimer timer;
        timer.start();
        if (enter) {
            m_writer.saveNote(m_writer.newKey(), note);
            m_writer.setPendingLine(QString());
            m_writer.flush();
        } else {
            m_writer.setPendingLine(text);
        }
        uiMs.push_back(double(timer.nsecsElapsed()) / 1e6);

        ++m_index;
        if (!enter && (m_index % PauseEvery == 0 || last)) {
            m_keyTimer.stop();
            m_expected = m_line;
            m_sinceLastKey.start();
            m_pollTimer.start();
        } else if (last) {
            finish();
        }
    }

    void poll()
    {
        auto stored = m_reader.interview(m_interviewId);
        const bool durable = stored && stored->pendingNote == m_expected;
        const double ms = double(m_sinceLastKey.nsecsElapsed()) / 1e6;
        if (!durable && ms < 5000)
            return;
        m_pollTimer.stop();
        if (durable)
            durableMs.push_back(ms);
        else
            ++timeouts;
        if (m_index >= m_keys)
            finish();
        else
            m_keyTimer.start();
    }

    void finish()
    {
        m_keyTimer.stop();
        QCoreApplication::quit();
    }

    ui::DraftWriter &m_writer;
    core::SqliteStore &m_reader;
    const core::Id m_interviewId;
    const int m_keys;
    int m_index = 0;
    std::string m_line;
    std::string m_expected;
    QTimer m_keyTimer;
    QTimer m_pollTimer;
    QElapsedTimer m_sinceLastKey;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption small(QStringLiteral("small"),
                                   QStringLiteral("Type into an empty database."));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("Keystrokes."),
                                        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Milliseconds between keystrokes."),
                                            QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({small, keysOption, intervalOption});
    parser.process(app);
    const int keys = std::max(1, parser.value(keysOption).toInt());
    const int intervalMs = std::max(0, parser.value(intervalOption).toInt());

    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("bench.sqlite3")).toStdString();
    auto opened = core::SqliteStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", path.c_str(), opened.error().detail.c_str());
        return 1;
    }
    core::SqliteStore &store = **opened;

    if (!parser.isSet(small)) {
        QElapsedTimer generating;
        generating.start();
        if (auto report = store.importDataset(generatedDataset()); !report) {
            std::fprintf(stderr, "cannot generate the database: %s\n",
                         report.error().detail.c_str());
            return 1;
        }
        std::printf("generated database: 10000 candidates, 30000 interviews, 100000 regrets, "
                    "300000 notes in %.1f s\n",
                    double(generating.elapsed()) / 1000);
    }
    auto candidates = store.candidates();
    core::Interview draft;
    if (candidates && !candidates->empty()) {
        draft.candidateId = candidates->front().id;
    } else {
        core::Role role;
        role.title = "Payment backend";
        core::Candidate candidate;
        candidate.name = "Ada Example";
        candidate.roleId = store.saveRole(role).value();
        draft.candidateId = store.saveCandidate(candidate).value();
    }
    draft.interviewer = "Bench";
    const auto interviewId = store.addInterview(draft);
    if (!interviewId) {
        std::fprintf(stderr, "cannot add the draft: %s\n", interviewId.error().detail.c_str());
        return 1;
    }

    std::vector<double> uiMs;
    std::vector<double> durableMs;
    int timeouts = 0;
    double closeMs = 0;
    {
        ui::DraftWriter writer(QString::fromStdString(path), *interviewId);
        Typist typist(writer, store, *interviewId, keys, intervalMs);
        QTimer::singleShot(0, &typist, &Typist::start);
        app.exec();
        uiMs = typist.uiMs;
        durableMs = typist.durableMs;
        timeouts = typist.timeouts;
        QElapsedTimer closing;
        closing.start();
        if (!writer.waitUntilSaved())
            std::fprintf(stderr, "the writer did not drain: %s\n",
                         qPrintable(writer.failure().value_or(interchange::Failure{}).sentence()));
        closeMs = double(closing.nsecsElapsed()) / 1e6;
    }

    const auto notes = store.interview(*interviewId);
    const double uiMax = uiMs.empty() ? 0 : *std::max_element(uiMs.begin(), uiMs.end());
    const double durableMax = durableMs.empty()
                                  ? 0
                                  : *std::max_element(durableMs.begin(), durableMs.end());
    std::printf("keystrokes: %zu, one every %d ms, Enter every %d; notes stored: %zu\n",
                uiMs.size(), intervalMs, EnterEvery, notes ? notes->notes.size() : 0);
    std::printf("ui-thread max per keystroke: %.3f ms (target %.0f ms)\n", uiMax, TargetUiMs);
    std::printf("ui-thread p99 per keystroke: %.3f ms (target %.0f ms)\n", percentile(uiMs, 0.99),
                TargetUiMs);
    std::printf("ui-thread median per keystroke: %.3f ms\n", percentile(uiMs, 0.5));
    std::printf("last key to durable, max over %zu pauses: %.1f ms (target %.0f ms)\n",
                durableMs.size(), durableMax, TargetDurableMs);
    std::printf("last key to durable, median: %.1f ms\n", percentile(durableMs, 0.5));
    std::printf("drain at close: %.1f ms\n", closeMs);
    if (timeouts > 0)
        std::printf("pending line not durable within 5 s: %d time(s)\n", timeouts);
    const bool met = uiMax <= TargetUiMs && durableMax <= TargetDurableMs && timeouts == 0;
    std::printf("%s\n", met ? "targets met" : "TARGETS MISSED");
    return met ? 0 : 2;
}
